package io.evalstream.inference.stats;

import io.evalstream.contracts.ResponseReceived;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The calls of one batch for one (run, model, status): the increment {@link ModelCallRecorder} adds to a
 * {@code model_call} row. Summing per batch keeps the database at one short transaction per batch instead
 * of one per request.
 */
public record CallTally(String runId, String modelId, String status, long calls, long inputTokens,
        long outputTokens, long latencyMsTotal, double costUsd) {

    /**
     * The tallies of {@code responses}, sorted by (run, model, status): concurrent instances then lock rows in
     * the same order and cannot deadlock on each other's upserts.
     */
    public static List<CallTally> of(List<ResponseReceived> responses) {
        Map<List<String>, CallTally> byKey = new LinkedHashMap<>();
        for (ResponseReceived response : responses) {
            CallTally one = single(response);
            byKey.merge(List.of(one.runId, one.modelId, one.status), one, CallTally::plus);
        }
        List<CallTally> tallies = new ArrayList<>(byKey.values());
        tallies.sort(Comparator.comparing(CallTally::runId).thenComparing(CallTally::modelId)
                .thenComparing(CallTally::status));
        return tallies;
    }

    static CallTally single(ResponseReceived response) {
        long input = response.usage() == null ? 0 : response.usage().inputTokens();
        long output = response.usage() == null ? 0 : response.usage().outputTokens();
        double cost = response.costUsd() == null ? 0.0 : response.costUsd();
        return new CallTally(response.runId(), response.modelId(), response.status().name(), 1, input, output,
                response.latencyMs(), cost);
    }

    CallTally plus(CallTally other) {
        return new CallTally(runId, modelId, status, calls + other.calls, inputTokens + other.inputTokens,
                outputTokens + other.outputTokens, latencyMsTotal + other.latencyMsTotal, costUsd + other.costUsd);
    }
}
