package io.evalstream.inference.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.agroal.api.AgroalDataSource;
import io.evalstream.contracts.EventCodec;
import io.evalstream.contracts.ModelOutput;
import io.evalstream.contracts.Usage;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code inference.response_cache} over plain JDBC: one {@code SELECT ... WHERE cache_key = ANY(?)} per batch,
 * one batched {@code INSERT ... ON CONFLICT DO NOTHING} per batch (several instances may store the same key at
 * once; the first wins). Blocking: callers run it on a worker thread, never on the event loop.
 */
@ApplicationScoped
public class ResponseCacheStore {
    private static final String SELECT = """
            SELECT cache_key, provider, model_name, output::text, input_tokens, output_tokens, cost_usd
            FROM inference.response_cache WHERE cache_key = ANY(?)
            """;
    private static final String INSERT = """
            INSERT INTO inference.response_cache (cache_key, provider, model_name, output, input_tokens,
                output_tokens, cost_usd, created)
            VALUES (?, ?, ?, CAST(? AS jsonb), ?, ?, ?, now())
            ON CONFLICT (cache_key) DO NOTHING
            """;

    private final AgroalDataSource dataSource;

    public ResponseCacheStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The stored answers among {@code keys}, by key. */
    public Map<String, CachedAnswer> find(Collection<String> keys) throws SQLException {
        Map<String, CachedAnswer> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(SELECT)) {
            Array array = connection.createArrayOf("text", keys.toArray());
            try {
                select.setArray(1, array);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Number in = (Number) rows.getObject(5);
                        Number out = (Number) rows.getObject(6);
                        Usage usage = in == null || out == null ? null : new Usage(in.intValue(), out.intValue());
                        Number cost = (Number) rows.getObject(7);
                        found.put(rows.getString(1), new CachedAnswer(rows.getString(1), rows.getString(2),
                                rows.getString(3), readOutput(rows.getString(4)), usage,
                                cost == null ? null : cost.doubleValue()));
                    }
                }
            } finally {
                array.free();
            }
        }
        return found;
    }

    /** Stores {@code answers}; keys already present are left as they are. */
    public void store(List<CachedAnswer> answers) throws SQLException {
        if (answers.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (CachedAnswer answer : answers) {
                insert.setString(1, answer.key());
                insert.setString(2, answer.provider());
                insert.setString(3, answer.modelName());
                insert.setString(4, writeOutput(answer.output()));
                if (answer.usage() == null) {
                    insert.setNull(5, Types.INTEGER);
                    insert.setNull(6, Types.INTEGER);
                } else {
                    insert.setInt(5, answer.usage().inputTokens());
                    insert.setInt(6, answer.usage().outputTokens());
                }
                if (answer.costUsd() == null) {
                    insert.setNull(7, Types.DOUBLE);
                } else {
                    insert.setDouble(7, answer.costUsd());
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static ModelOutput readOutput(String json) throws SQLException {
        try {
            return EventCodec.mapper().readValue(json, ModelOutput.class);
        } catch (JsonProcessingException e) {
            throw new SQLException("unreadable cached output", e);
        }
    }

    private static String writeOutput(ModelOutput output) throws SQLException {
        try {
            return EventCodec.mapper().writeValueAsString(output);
        } catch (JsonProcessingException e) {
            throw new SQLException("cannot write output", e);
        }
    }
}
