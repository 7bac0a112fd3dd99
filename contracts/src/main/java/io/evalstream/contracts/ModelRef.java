package io.evalstream.contracts;

import java.util.Objects;

/**
 * Which model answers. {@code endpointRef} names a configured endpoint; it never carries a key or secret
 * (invariant 5): inference-service resolves credentials itself.
 */
public record ModelRef(String id, String provider, String endpointRef, String modelName) {
    public ModelRef {
        Objects.requireNonNull(id, "model.id");
        Objects.requireNonNull(provider, "model.provider");
    }
}
