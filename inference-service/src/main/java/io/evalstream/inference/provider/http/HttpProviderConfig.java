package io.evalstream.inference.provider.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How the HTTP providers ({@code openai}, {@code anthropic}) call endpoints ({@code evalstream.inference.http.*}):
 * the bounds that keep a slow or failing endpoint from taking the service down with it.
 */
@ConfigMapping(prefix = "evalstream.inference.http")
public interface HttpProviderConfig {

    /**
     * Most tries of one request (the first included) before it ends as ERROR or TIMEOUT. Bounded so that a dead
     * endpoint costs each request a known, small amount of time.
     */
    @WithDefault("4")
    int maxAttempts();

    /** Backoff ceiling of the first retry; doubles per retry (full jitter: a random wait below the ceiling). */
    @WithDefault("500ms")
    Duration initialBackoff();

    /** Largest backoff ceiling, and the longest {@code Retry-After} honoured: a server asking for an hour is wrong. */
    @WithDefault("30s")
    Duration maxBackoff();

    /**
     * One attempt's timeout (connection to last byte); a hung endpoint is retried, then reported TIMEOUT. All
     * attempts together must fit in {@code evalstream.inference.call-timeout}, which cuts the whole call off.
     */
    @WithDefault("15s")
    Duration attemptTimeout();

    /** Time to open a TCP connection. */
    @WithDefault("5s")
    Duration connectTimeout();

    /**
     * Most requests in flight to one base URL at a time, across all models on it. A fixed bound for now (adaptive
     * AIMD comes later); permits are held only during an attempt, never during a backoff.
     */
    @WithDefault("64")
    int maxInFlightPerEndpoint();

    /** The {@code anthropic-version} header Anthropic's Messages API requires. */
    @WithDefault("2023-06-01")
    String anthropicVersion();

    /** {@code max_tokens} sent to Anthropic when a request does not set one (the API requires it). */
    @WithDefault("1024")
    int anthropicDefaultMaxTokens();
}
