package io.evalstream.stub;

import java.util.Map;

/**
 * What the stub has seen since start or the last reset ({@code GET /stats}).
 *
 * @param requests     API requests received, rejected ones included
 * @param byPath       API requests per path
 * @param peakInFlight most requests admitted and not yet answered at one time: what a client's concurrency
 *                     limit is checked against
 * @param inFlight     requests admitted and not yet answered now
 * @param rateLimited  requests answered 429 (rate limit, concurrency limit or script)
 * @param errors       requests answered with an injected failure (5xx, malformed body, scripted 400, hang)
 */
public record StubStats(long requests, Map<String, Long> byPath, int peakInFlight, int inFlight, long rateLimited,
        long errors) {
    public StubStats {
        byPath = Map.copyOf(byPath);
    }
}
