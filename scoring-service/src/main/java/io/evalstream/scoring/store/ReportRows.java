package io.evalstream.scoring.store;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Streams one run's score rows of given scorers to a protocol report, in (model, item, variant, sample) order so
 * a report can fold an item's variants as they pass. Rows are fetched in pages through a cursor: a report over a
 * million rows holds one page, not the run.
 */
@ApplicationScoped
public class ReportRows {
    static final int FETCH_SIZE = 5_000;
    private static final String SQL = "SELECT request_id, model_id, item_id, variant_id, sample, value, score, answer, "
            + "reference, slices, labels, scorer, filter, details::text AS details FROM scoring.score "
            + "WHERE run_id = ? AND scorer = ANY(?) ORDER BY model_id, item_id, variant_id, sample, request_id";

    private final AgroalDataSource dataSource;

    public ReportRows(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Calls {@code consumer} with every row of {@code runId} scored by one of {@code scorers}. */
    public void forEach(String runId, List<String> scorers, Consumer<ReportRow> consumer) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            // PostgreSQL only honours the fetch size (a cursor) inside a transaction
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(SQL)) {
                statement.setFetchSize(FETCH_SIZE);
                statement.setString(1, runId);
                statement.setArray(2, connection.createArrayOf("text", scorers.toArray()));
                try (ResultSet r = statement.executeQuery()) {
                    while (r.next()) {
                        consumer.accept(row(r));
                    }
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new StoreException("reading the score rows of run " + runId + " failed: " + e.getMessage(), e);
        }
    }

    /** Every row of {@code runId} scored by one of {@code scorers}, for reports over small runs. */
    public List<ReportRow> list(String runId, List<String> scorers) {
        List<ReportRow> rows = new ArrayList<>();
        forEach(runId, scorers, rows::add);
        return rows;
    }

    private static ReportRow row(ResultSet r) throws SQLException {
        double scoreValue = r.getDouble("score");
        Double score = r.wasNull() ? null : scoreValue;
        return new ReportRow(r.getString("request_id"), r.getString("model_id"), r.getString("item_id"),
                r.getString("variant_id"), r.getInt("sample"), r.getString("value"), score, r.getString("answer"),
                r.getString("reference"), ResultsQueries.strings(r.getArray("slices")),
                ResultsQueries.strings(r.getArray("labels")), r.getString("scorer"), r.getString("filter"),
                ScoreDetailsJson.read(r.getString("details")));
    }
}
