package io.evalstream.scoring.store;

import io.evalstream.scoring.drilldown.ErrorKindCount;
import io.evalstream.scoring.drilldown.ItemDetail;
import io.evalstream.scoring.drilldown.LatencyPercentiles;
import io.evalstream.scoring.drilldown.ModelLatency;
import io.evalstream.scoring.drilldown.PositionCount;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The read side of one run's drill-down: latency and cost per model, option positions, errors by kind and one
 * item's prompt and response, from {@code scoring.score}. Counting is done by PostgreSQL; only latencies travel
 * row by row (percentiles and their intervals need the sorted sample).
 */
@ApplicationScoped
public class DrilldownQueries {
    private static final String SCORE_COLUMNS = "request_id, run_id, model_id, item_id, variant_id, sample, status, "
            + "value, score, answer, reference, slices, scorer, filter, explanation, latency_ms, cost_usd, "
            + "input_tokens, output_tokens, created";

    private final ResultsQueries queries;

    public DrilldownQueries(ResultsQueries queries) {
        this.queries = queries;
    }

    /** Per model: latency percentiles over its terminal responses, cost and tokens so far. */
    public List<ModelLatency> latency(String runId) {
        Map<String, List<Long>> latencies = new LinkedHashMap<>();
        queries.query("SELECT model_id, latency_ms FROM scoring.score WHERE run_id = ? AND latency_ms IS NOT NULL "
                + "ORDER BY model_id, latency_ms", statement -> statement.setString(1, runId),
                r -> latencies.computeIfAbsent(r.getString(1), m -> new ArrayList<>()).add(r.getLong(2)));
        List<Usage> usage = queries.query("SELECT model_id, sum(cost_usd) AS cost, count(cost_usd) AS costed, "
                + "COALESCE(sum(input_tokens), 0) AS input, COALESCE(sum(output_tokens), 0) AS output "
                + "FROM scoring.score WHERE run_id = ? GROUP BY model_id ORDER BY model_id",
                statement -> statement.setString(1, runId), r -> new Usage(r.getString("model_id"),
                        r.getLong("costed") == 0 ? null : r.getDouble("cost"), r.getLong("input"), r.getLong("output")));
        List<ModelLatency> out = new ArrayList<>(usage.size());
        for (Usage u : usage) {
            List<Long> values = latencies.getOrDefault(u.modelId(), List.of());
            double[] sorted = values.stream().mapToDouble(Long::doubleValue).toArray();
            double mean = values.stream().mapToLong(Long::longValue).average().orElse(0);
            long max = values.isEmpty() ? 0 : values.get(values.size() - 1);
            out.add(new ModelLatency(u.modelId(), values.size(), mean, max, LatencyPercentiles.of(sorted), u.costUsd(),
                    u.inputTokens(), u.outputTokens()));
        }
        return out;
    }

    private record Usage(String modelId, Double costUsd, long inputTokens, long outputTokens) {
    }

    /** Gold and read positions, counted, of every response with option labels. */
    public List<PositionCount> positions(String runId) {
        return queries.query("SELECT model_id, cardinality(labels) AS k, "
                + "COALESCE(array_position(labels, reference), 0) - 1 AS gold, "
                + "COALESCE(array_position(labels, answer), 0) - 1 AS predicted, count(*) AS n "
                + "FROM scoring.score WHERE run_id = ? AND labels IS NOT NULL AND value <> 'ERROR' "
                + "GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4", statement -> statement.setString(1, runId),
                r -> new PositionCount(r.getString("model_id"), r.getInt("k"), r.getInt("gold"),
                        r.getInt("predicted"), r.getLong("n")));
    }

    /** Responses without an answer per model and error kind (rows stored without a kind count by status). */
    public List<ErrorKindCount> errorKinds(String runId) {
        return queries.query("SELECT model_id, COALESCE(error_kind, status) AS kind, count(*) AS n "
                + "FROM scoring.score WHERE run_id = ? AND value = 'ERROR' GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2",
                statement -> statement.setString(1, runId),
                r -> new ErrorKindCount(r.getString("model_id"), r.getString("kind"), r.getLong("n")));
    }

    public Optional<ItemDetail> item(String runId, String requestId) {
        return queries.query("SELECT " + SCORE_COLUMNS + ", prompt, response_text, labels, error_kind "
                + "FROM scoring.score WHERE run_id = ? AND request_id = ?", statement -> {
                    statement.setString(1, runId);
                    statement.setString(2, requestId);
                }, r -> new ItemDetail(ResultsQueries.score(r), r.getString("prompt"), r.getString("response_text"),
                        ResultsQueries.strings(r.getArray("labels")), r.getString("error_kind")))
                .stream().findFirst();
    }
}
