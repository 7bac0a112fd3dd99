package io.evalstream.inference.cache;

import io.evalstream.contracts.ModelOutput;
import io.evalstream.contracts.Usage;

/** One row of {@code inference.response_cache}: a successful answer and what it cost when it was paid for. */
public record CachedAnswer(String key, String provider, String modelName, ModelOutput output, Usage usage,
        Double costUsd) {
}
