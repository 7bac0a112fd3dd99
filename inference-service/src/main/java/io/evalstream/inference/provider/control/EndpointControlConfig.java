package io.evalstream.inference.provider.control;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * How inference-service keeps each endpoint (base URL) healthy ({@code evalstream.inference.endpoints.*}): the
 * adaptive concurrency limit (its maximum is {@code evalstream.inference.http.max-in-flight-per-endpoint}), the
 * circuit breaker, and the shares of registered budgets held across instances.
 */
@ConfigMapping(prefix = "evalstream.inference.endpoints")
public interface EndpointControlConfig {

    /** The adaptive limit never shrinks below this many requests in flight. */
    @WithDefault("1")
    int minInFlight();

    /** Where the adaptive limit starts; the maximum when unset (the endpoint is trusted until it says otherwise). */
    Optional<Integer> initialInFlight();

    /** The factor an overload answer (429, 503) multiplies the limit by. */
    @WithDefault("0.5")
    double decreaseFactor();

    /** Overload answers within this time of a decrease do not shrink the limit again: one burst is one signal. */
    @WithDefault("1s")
    Duration decreaseCooldown();

    /** Consecutive failed attempts (5xx, timeouts, connection failures) that open an endpoint's circuit. */
    @WithDefault("10")
    int circuitFailureThreshold();

    /** How long an open circuit refuses attempts before letting one probe through. */
    @WithDefault("10s")
    Duration circuitOpenFor();

    /** How often an instance renews and rebalances its shares of the endpoints' registered budgets. */
    @WithDefault("1s")
    Duration sharedRefresh();

    /** A share not renewed for this long is an instance gone: the others divide its budget among themselves. */
    @WithDefault("10s")
    Duration sharedLeaseTtl();

    /** A share of an endpoint this instance has not called for this long is given back. */
    @WithDefault("60s")
    Duration sharedIdleRelease();

    /** Seconds of a per-minute budget that may be spent ahead of the even schedule. */
    @WithDefault("1")
    double rateBurstSeconds();

    /** Output tokens assumed for a request without {@code max_tokens}, until its usage says how many it took. */
    @WithDefault("256")
    int estimatedOutputTokens();
}
