package io.evalstream.inference.provider;

import io.evalstream.contracts.ModelOutput;
import io.evalstream.contracts.Usage;
import java.util.Objects;

/**
 * What a provider returns for one call. Latency is measured by the caller, not reported by the provider, so
 * that every provider's latency means the same thing. {@code attempts} counts the provider's own retries.
 */
public record ModelResult(ModelOutput output, Usage usage, double costUsd, boolean cached, int attempts) {
    public ModelResult {
        Objects.requireNonNull(output, "output");
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
    }

    /** A single, uncached, free call: what in-process models produce. */
    public static ModelResult free(ModelOutput output, Usage usage) {
        return new ModelResult(output, usage, 0.0, false, 1);
    }
}
