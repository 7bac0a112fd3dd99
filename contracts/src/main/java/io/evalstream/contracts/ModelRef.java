package io.evalstream.contracts;

import java.util.Objects;

/**
 * Which model answers. {@code endpointRef} names a configured endpoint; it never carries a key or secret
 * (invariant 5): inference-service resolves credentials itself.
 *
 * <p>{@code baseUrl} (nullable) is the endpoint an HTTP provider calls, e.g. {@code https://api.openai.com} or
 * a local vLLM server. {@code apiKeyEnv} (nullable) is the <em>name</em> of the environment variable that holds
 * the key in inference-service's environment, never the key itself: events are stored and replayed, keys must
 * not be. Both were added after v1 shipped; they are nullable so older events still decode.
 *
 * <p>{@code inputUsdPerMillionTokens} and {@code outputUsdPerMillionTokens} (nullable, added later) are the
 * model's price, from which inference-service computes each response's cost; null means "price unknown" and the
 * cost is left unset. {@code limits} (nullable) are the endpoint's limits from the registry.
 */
public record ModelRef(String id, String provider, String endpointRef, String modelName, String baseUrl,
        String apiKeyEnv, Double inputUsdPerMillionTokens, Double outputUsdPerMillionTokens, EndpointLimits limits) {
    public ModelRef {
        Objects.requireNonNull(id, "model.id");
        Objects.requireNonNull(provider, "model.provider");
    }

    /** A model with an endpoint but without a price or limits. */
    public ModelRef(String id, String provider, String endpointRef, String modelName, String baseUrl,
            String apiKeyEnv) {
        this(id, provider, endpointRef, modelName, baseUrl, apiKeyEnv, null, null, null);
    }

    /** A model reached without an explicit endpoint (built-in models, older call sites). */
    public ModelRef(String id, String provider, String endpointRef, String modelName) {
        this(id, provider, endpointRef, modelName, null, null);
    }

    /** Whether both prices are known, so that a cost can be computed from token usage. */
    public boolean priced() {
        return inputUsdPerMillionTokens != null && outputUsdPerMillionTokens != null;
    }
}
