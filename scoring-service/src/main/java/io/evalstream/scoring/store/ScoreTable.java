package io.evalstream.scoring.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Inserts score rows with one multi-row {@code INSERT ... ON CONFLICT (request_id) DO NOTHING RETURNING
 * request_id} per chunk: one round trip for a whole Kafka batch, and the returned ids are exactly the rows that
 * are new. That set is what the aggregates are updated with (invariant 2).
 */
final class ScoreTable {
    private static final String COLUMNS = "request_id, run_id, model_id, item_id, variant_id, sample, status, value, "
            + "score, answer, reference, slices, scorer, filter, explanation, latency_ms, cost_usd, input_tokens, "
            + "output_tokens, prompt, response_text, labels, error_kind, details";
    private static final int COLUMN_COUNT = 24;
    /** Rows per statement: well under PostgreSQL's 65,535 bind parameters. */
    static final int CHUNK = 1000;

    private ScoreTable() {
    }

    /** Inserts {@code rows} (sorted by request id, no duplicates) and returns the request ids that were new. */
    static Set<String> insertNew(Connection connection, List<ScoreRow> rows) throws SQLException {
        Set<String> inserted = new HashSet<>();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<ScoreRow> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            try (PreparedStatement statement = connection.prepareStatement(sql(chunk.size()))) {
                int p = 1;
                for (ScoreRow row : chunk) {
                    statement.setString(p++, row.requestId());
                    statement.setString(p++, row.runId());
                    statement.setString(p++, row.modelId());
                    statement.setString(p++, row.itemId());
                    statement.setString(p++, row.variantId());
                    statement.setInt(p++, row.sample());
                    statement.setString(p++, row.status().name());
                    statement.setString(p++, row.value().name());
                    setDouble(statement, p++, row.score());
                    statement.setString(p++, row.answer());
                    statement.setString(p++, row.reference());
                    statement.setArray(p++, connection.createArrayOf("text", row.slices().toArray()));
                    statement.setString(p++, row.scorer());
                    statement.setString(p++, row.filter());
                    statement.setString(p++, row.explanation());
                    statement.setLong(p++, row.latencyMs());
                    setDouble(statement, p++, row.costUsd());
                    setInteger(statement, p++, row.inputTokens());
                    setInteger(statement, p++, row.outputTokens());
                    statement.setString(p++, row.prompt());
                    statement.setString(p++, row.responseText());
                    if (row.labels().isEmpty()) {
                        statement.setNull(p++, Types.ARRAY);
                    } else {
                        statement.setArray(p++, connection.createArrayOf("text", row.labels().toArray()));
                    }
                    statement.setString(p++, row.errorKind());
                    statement.setString(p++, row.details());
                }
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        inserted.add(result.getString(1));
                    }
                }
            }
        }
        return inserted;
    }

    private static String sql(int rows) {
        StringBuilder sql = new StringBuilder(96 + rows * (COLUMN_COUNT * 2 + 4))
                .append("INSERT INTO scoring.score (").append(COLUMNS).append(") VALUES ");
        String tuple = "(" + "?,".repeat(COLUMN_COUNT - 1) + "?::jsonb)";
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ",").append(tuple);
        }
        return sql.append(" ON CONFLICT (request_id) DO NOTHING RETURNING request_id").toString();
    }

    static void setDouble(PreparedStatement statement, int index, Double value) throws SQLException {
        if (value == null || value.isNaN() || value.isInfinite()) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }

    static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }
}
