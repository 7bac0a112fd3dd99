package io.evalstream.stub;

import java.time.Duration;
import java.util.Objects;

/**
 * How a stub model server behaves. Every limit is off at 0, so {@link #defaults()} is a fast, perfectly healthy
 * model; load tests and provider tests switch on exactly the misbehaviour they want to see.
 *
 * @param port                       port to listen on; 0 picks a free one
 * @param latency                    how long an admitted request takes before it is answered
 * @param jitter                     uniform +/- spread around {@code latency}
 * @param errorRate                  fraction (0..1) of admitted requests answered 500 with an error body
 * @param malformedRate              fraction (0..1) of admitted requests answered 200 with a body that is not JSON
 * @param rateLimitPerMinute         requests admitted per minute (fixed one-minute windows); past it 429 with
 *                                   {@code Retry-After}; 0 = unlimited
 * @param maxConcurrency             requests answered at once; past it 429; 0 = unlimited
 * @param apiKey                     the key clients must send ({@code Authorization: Bearer} or {@code x-api-key});
 *                                   null accepts any (Anthropic's {@code x-api-key} must still be present)
 * @param completionsLogprobsShape   the logprobs shape of {@code /v1/completions}: OpenAI's legacy one or the
 *                                   chat-style {@code content[]} one llama-server returns there
 */
public record StubOptions(int port, Duration latency, Duration jitter, double errorRate, double malformedRate,
        int rateLimitPerMinute, int maxConcurrency, String apiKey, LogprobsShape completionsLogprobsShape) {

    /** The two shapes of {@code logprobs} servers return from {@code /v1/completions}. */
    public enum LogprobsShape {
        /** {@code {tokens, token_logprobs, top_logprobs:[{token: logprob}]}} (OpenAI's legacy completions). */
        LEGACY,
        /** {@code {content:[{token, logprob, top_logprobs:[{token, logprob}]}]}} (chat's shape; llama-server). */
        CHAT
    }

    public StubOptions {
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(jitter, "jitter");
        Objects.requireNonNull(completionsLogprobsShape, "completionsLogprobsShape");
        if (port < 0 || errorRate < 0 || errorRate > 1 || malformedRate < 0 || malformedRate > 1
                || rateLimitPerMinute < 0 || maxConcurrency < 0 || latency.isNegative() || jitter.isNegative()) {
            throw new IllegalArgumentException("invalid stub options: " + this);
        }
    }

    /** A free port, no latency, no limits, no faults, any key. */
    public static StubOptions defaults() {
        return new StubOptions(0, Duration.ZERO, Duration.ZERO, 0.0, 0.0, 0, 0, null, LogprobsShape.LEGACY);
    }

    public StubOptions withPort(int value) {
        return new StubOptions(value, latency, jitter, errorRate, malformedRate, rateLimitPerMinute, maxConcurrency,
                apiKey, completionsLogprobsShape);
    }

    public StubOptions withLatency(Duration value, Duration spread) {
        return new StubOptions(port, value, spread, errorRate, malformedRate, rateLimitPerMinute, maxConcurrency,
                apiKey, completionsLogprobsShape);
    }

    public StubOptions withErrorRate(double value) {
        return new StubOptions(port, latency, jitter, value, malformedRate, rateLimitPerMinute, maxConcurrency,
                apiKey, completionsLogprobsShape);
    }

    public StubOptions withMalformedRate(double value) {
        return new StubOptions(port, latency, jitter, errorRate, value, rateLimitPerMinute, maxConcurrency,
                apiKey, completionsLogprobsShape);
    }

    public StubOptions withRateLimitPerMinute(int value) {
        return new StubOptions(port, latency, jitter, errorRate, malformedRate, value, maxConcurrency,
                apiKey, completionsLogprobsShape);
    }

    public StubOptions withMaxConcurrency(int value) {
        return new StubOptions(port, latency, jitter, errorRate, malformedRate, rateLimitPerMinute, value,
                apiKey, completionsLogprobsShape);
    }

    public StubOptions withApiKey(String value) {
        return new StubOptions(port, latency, jitter, errorRate, malformedRate, rateLimitPerMinute, maxConcurrency,
                value, completionsLogprobsShape);
    }

    public StubOptions withCompletionsLogprobsShape(LogprobsShape value) {
        return new StubOptions(port, latency, jitter, errorRate, malformedRate, rateLimitPerMinute, maxConcurrency,
                apiKey, value);
    }

    @Override
    public String toString() {
        // never print the key
        return "StubOptions[port=" + port + ", latency=" + latency + ", jitter=" + jitter + ", errorRate=" + errorRate
                + ", malformedRate=" + malformedRate + ", rateLimitPerMinute=" + rateLimitPerMinute
                + ", maxConcurrency=" + maxConcurrency + ", apiKey=" + (apiKey == null ? "none" : "***")
                + ", completionsLogprobsShape=" + completionsLogprobsShape + "]";
    }
}
