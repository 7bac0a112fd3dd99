package io.evalstream.scoring.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Applies aggregate deltas with one multi-row upsert that adds to the stored sums
 * ({@code ON CONFLICT DO UPDATE SET n_total = a.n_total + excluded.n_total, ...}). PostgreSQL takes the row
 * locks in VALUES order, and the deltas are sorted by key, so concurrent instances never deadlock here.
 */
final class AggregateTable {
    private static final int COLUMN_COUNT = 17;
    private static final int CHUNK = 1000;
    private static final String INSERT = "INSERT INTO scoring.metric_aggregate AS a (run_id, model_id, slice, metric, "
            + "scorer, filter, n_total, n_scored, correct, sum, sum_sq, unscored, errors, latency_ms_sum, "
            + "cost_usd_sum, input_tokens, output_tokens) VALUES ";
    private static final String UPSERT = " ON CONFLICT (run_id, model_id, slice, metric) DO UPDATE SET "
            + "n_total = a.n_total + excluded.n_total, "
            + "n_scored = a.n_scored + excluded.n_scored, "
            + "correct = a.correct + excluded.correct, "
            + "sum = a.sum + excluded.sum, "
            + "sum_sq = a.sum_sq + excluded.sum_sq, "
            + "unscored = a.unscored + excluded.unscored, "
            + "errors = a.errors + excluded.errors, "
            + "latency_ms_sum = a.latency_ms_sum + excluded.latency_ms_sum, "
            + "cost_usd_sum = a.cost_usd_sum + excluded.cost_usd_sum, "
            + "input_tokens = a.input_tokens + excluded.input_tokens, "
            + "output_tokens = a.output_tokens + excluded.output_tokens, "
            + "scorer = CASE WHEN a.scorer IS NOT DISTINCT FROM excluded.scorer THEN a.scorer ELSE '"
            + AggregateDelta.MIXED + "' END, "
            + "filter = CASE WHEN a.filter IS NOT DISTINCT FROM excluded.filter THEN a.filter ELSE '"
            + AggregateDelta.MIXED + "' END, "
            + "updated = now()";

    private AggregateTable() {
    }

    static void add(Connection connection, SortedMap<AggregateKey, AggregateDelta> deltas) throws SQLException {
        List<Map.Entry<AggregateKey, AggregateDelta>> entries = new ArrayList<>(deltas.entrySet());
        for (int from = 0; from < entries.size(); from += CHUNK) {
            List<Map.Entry<AggregateKey, AggregateDelta>> chunk =
                    entries.subList(from, Math.min(entries.size(), from + CHUNK));
            StringBuilder sql = new StringBuilder(INSERT);
            String tuple = "(" + "?,".repeat(COLUMN_COUNT - 1) + "?)";
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ",").append(tuple);
            }
            sql.append(UPSERT);
            try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
                int p = 1;
                for (Map.Entry<AggregateKey, AggregateDelta> entry : chunk) {
                    AggregateKey key = entry.getKey();
                    AggregateDelta d = entry.getValue();
                    statement.setString(p++, key.runId());
                    statement.setString(p++, key.modelId());
                    statement.setString(p++, key.slice());
                    statement.setString(p++, key.metric());
                    statement.setString(p++, d.scorer);
                    statement.setString(p++, d.filter);
                    statement.setLong(p++, d.nTotal);
                    statement.setLong(p++, d.nScored);
                    statement.setLong(p++, d.correct);
                    statement.setDouble(p++, d.sum);
                    statement.setDouble(p++, d.sumSq);
                    statement.setLong(p++, d.unscored);
                    statement.setLong(p++, d.errors);
                    statement.setLong(p++, d.latencyMsSum);
                    statement.setDouble(p++, d.costUsdSum);
                    statement.setLong(p++, d.inputTokens);
                    statement.setLong(p++, d.outputTokens);
                }
                statement.executeUpdate();
            }
        }
    }
}
