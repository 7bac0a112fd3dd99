package io.evalstream.inference.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Typed settings of inference-service ({@code evalstream.inference.*}). Kafka client settings stay in the
 * {@code mp.messaging.*} channel blocks; this holds what the service's own code decides with.
 */
@ConfigMapping(prefix = "evalstream.inference")
public interface InferenceConfig {

    /**
     * Most provider calls one instance runs at the same time. The batch ({@code max.poll.records}) already
     * bounds the work taken from Kafka; this bounds how much of it hits a provider at once, so that a batch of
     * 500 requests to a slow HTTP model does not open 500 connections.
     */
    @WithDefault("256")
    int maxConcurrency();

    /**
     * How long one call to a provider that does I/O may take before the request ends as TIMEOUT. A call that
     * never completes must not hold its batch (and so its partition) forever: every request ends (invariant 4).
     * It bounds the whole call, an HTTP provider's retries included, so it should exceed
     * {@code http.max-attempts x http.attempt-timeout} plus the backoffs (4 x 15s + a few seconds by default).
     */
    @WithDefault("90s")
    Duration callTimeout();

    /** The built-in deterministic models. */
    Builtin builtin();

    /** Settings of the built-in models. */
    interface Builtin {

        /** {@code builtin:first-option}. */
        FirstOption firstOption();
    }

    /** Settings of {@code builtin:first-option}, the position-biased answerer. */
    interface FirstOption {

        /**
         * Probability (0..1) that the model knows an item and answers its reference; otherwise it answers the
         * first displayed option. 0.5 makes both the accuracy gap and the position bias easy to see.
         */
        @WithDefault("0.5")
        double knowledge();
    }
}
