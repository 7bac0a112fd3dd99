package io.evalstream.contracts;

/**
 * The limits a model's endpoint announces (its rate-limit tier, or what a self-hosted server can take), as
 * registered in item-service; every field nullable, null meaning "not limited by the registry". inference-service
 * holds these across all its running instances together.
 *
 * @param maxConcurrency    requests in flight at once to the endpoint
 * @param requestsPerMinute requests started per minute
 * @param tokensPerMinute   input plus output tokens per minute
 */
public record EndpointLimits(Integer maxConcurrency, Integer requestsPerMinute, Integer tokensPerMinute) {
    public EndpointLimits {
        positive("maxConcurrency", maxConcurrency);
        positive("requestsPerMinute", requestsPerMinute);
        positive("tokensPerMinute", tokensPerMinute);
    }

    /** Whether any limit is set. */
    public boolean any() {
        return maxConcurrency != null || requestsPerMinute != null || tokensPerMinute != null;
    }

    private static void positive(String field, Integer value) {
        if (value != null && value < 1) {
            throw new IllegalArgumentException("limits." + field + " must be at least 1");
        }
    }
}
