package io.evalstream.inference.provider.http;

import io.evalstream.contracts.ModelOutput;
import io.evalstream.contracts.Usage;

/** What a provider read from one successful HTTP response. */
public record ProviderAnswer(ModelOutput output, Usage usage) {
}
