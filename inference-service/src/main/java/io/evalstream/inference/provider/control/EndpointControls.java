package io.evalstream.inference.provider.control;

import java.time.Duration;
import java.util.Optional;

/** {@link EndpointControlConfig} as a value: the defaults, and settings for tests. */
public record EndpointControls(int minInFlight, Optional<Integer> initialInFlight, double decreaseFactor,
        Duration decreaseCooldown, int circuitFailureThreshold, Duration circuitOpenFor, Duration sharedRefresh,
        Duration sharedLeaseTtl, Duration sharedIdleRelease, double rateBurstSeconds, int estimatedOutputTokens)
        implements EndpointControlConfig {

    /** The documented defaults. */
    public static EndpointControls defaults() {
        return new EndpointControls(1, Optional.empty(), 0.5, Duration.ofSeconds(1), 10, Duration.ofSeconds(10),
                Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofSeconds(60), 1.0, 256);
    }

    public static EndpointControls of(EndpointControlConfig c) {
        return new EndpointControls(c.minInFlight(), c.initialInFlight(), c.decreaseFactor(), c.decreaseCooldown(),
                c.circuitFailureThreshold(), c.circuitOpenFor(), c.sharedRefresh(), c.sharedLeaseTtl(),
                c.sharedIdleRelease(), c.rateBurstSeconds(), c.estimatedOutputTokens());
    }

    public EndpointControls withCircuit(int threshold, Duration openFor) {
        return new EndpointControls(minInFlight, initialInFlight, decreaseFactor, decreaseCooldown, threshold, openFor,
                sharedRefresh, sharedLeaseTtl, sharedIdleRelease, rateBurstSeconds, estimatedOutputTokens);
    }

    public EndpointControls withInitialInFlight(int min, int initial) {
        return new EndpointControls(min, Optional.of(initial), decreaseFactor, decreaseCooldown,
                circuitFailureThreshold, circuitOpenFor, sharedRefresh, sharedLeaseTtl, sharedIdleRelease,
                rateBurstSeconds, estimatedOutputTokens);
    }

    public EndpointControls withSharedRefresh(Duration refresh, Duration ttl) {
        return new EndpointControls(minInFlight, initialInFlight, decreaseFactor, decreaseCooldown,
                circuitFailureThreshold, circuitOpenFor, refresh, ttl, sharedIdleRelease, rateBurstSeconds,
                estimatedOutputTokens);
    }
}
