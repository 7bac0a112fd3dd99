package io.evalstream.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Polls a run's progress until it completes. Polling rather than the SSE stream: one request every 200 ms
 * is nothing to the service and survives a restart of the scoring instance that served it.
 */
public final class RunWatcher {
    private final ApiClient api;

    public RunWatcher(ApiClient api) {
        this.api = api;
    }

    /** Calls {@code onProgress} with each poll's run JSON and returns the final one; throws after {@code timeout}. */
    public JsonNode awaitCompletion(String runId, Duration timeout, Consumer<JsonNode> onProgress)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = api.runResults(runId);
                onProgress.accept(last);
                String state = last.path("state").asText();
                if (state.equals("COMPLETED") || state.equals("CANCELLED") || state.equals("FAILED")) {
                    return last;
                }
            } catch (ApiException e) {
                if (e.status() != 404) {
                    throw e;
                }
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("run " + runId + " did not complete within " + timeout + "; last seen: "
                + (last == null ? "nothing" : last.toString()));
    }
}
