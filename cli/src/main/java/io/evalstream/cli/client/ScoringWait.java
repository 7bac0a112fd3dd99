package io.evalstream.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Waits for a run that needs no model calls (an import) to be scored, failing clearly when it stalls: the run must
 * complete, and while it does not, its count of received responses must grow at least once every
 * {@code stallTimeout}. A stall names the run, how far it got and what to check, instead of hanging.
 */
public final class ScoringWait {
    private final ApiClient api;
    private final Duration stallTimeout;
    private final Duration pollInterval;
    private final LongSupplier clock;

    public ScoringWait(ApiClient api, Duration stallTimeout) {
        this(api, stallTimeout, Duration.ofMillis(250), System::nanoTime);
    }

    ScoringWait(ApiClient api, Duration stallTimeout, Duration pollInterval, LongSupplier clock) {
        this.api = api;
        this.stallTimeout = stallTimeout;
        this.pollInterval = pollInterval;
        this.clock = clock;
    }

    /** The run's final JSON once COMPLETED; throws {@link IllegalStateException} on a stall or another end. */
    public JsonNode awaitScored(String runId) throws InterruptedException {
        long lastProgressAt = clock.getAsLong();
        long lastReceived = -1;
        JsonNode last = null;
        while (true) {
            try {
                last = api.runResults(runId);
                String state = last.path("state").asText();
                if (state.equals("COMPLETED")) {
                    return last;
                }
                if (state.equals("CANCELLED") || state.equals("FAILED")) {
                    throw new IllegalStateException("run " + runId + " ended " + state + " before it was scored");
                }
                long received = last.path("received").asLong(0);
                if (received != lastReceived) {
                    lastReceived = received;
                    lastProgressAt = clock.getAsLong();
                }
            } catch (ApiException e) {
                if (e.status() != 404) {
                    throw e;
                }
            }
            if (clock.getAsLong() - lastProgressAt > stallTimeout.toNanos()) {
                throw new IllegalStateException("scoring of run " + runId + " stalled: "
                        + (last == null ? "scoring-service has not seen the run"
                                : last.path("received").asLong(0) + " of " + last.path("planned").asText("?")
                                        + " responses scored")
                        + " and no progress for " + stallTimeout.toSeconds() + " s; check that scoring-service is "
                        + "consuming eval-runs and eval-responses (its log, /q/health), then see "
                        + "'evalstream results " + runId + "'");
            }
            Thread.sleep(pollInterval.toMillis());
        }
    }
}
