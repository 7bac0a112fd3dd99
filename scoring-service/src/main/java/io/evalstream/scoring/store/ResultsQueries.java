package io.evalstream.scoring.store;

import io.agroal.api.AgroalDataSource;
import io.evalstream.contracts.RunState;
import io.evalstream.scoring.comparison.ItemMean;
import io.evalstream.scoring.metric.AccuracyStats;
import io.evalstream.scoring.metric.Metrics;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The read side: runs, progress, aggregates and score rows, straight from PostgreSQL. Every scoring instance
 * writes the same tables, so any instance answers for all of them.
 */
@ApplicationScoped
public class ResultsQueries {
    private static final String RUN_SELECT = "SELECT p.run_id, r.suite, r.suite_version, p.state, p.planned, "
            + "p.received, p.errors, "
            + "COALESCE(r.models, ARRAY(SELECT DISTINCT a.model_id FROM scoring.metric_aggregate a "
            + "WHERE a.run_id = p.run_id ORDER BY 1)) AS models, "
            + "COALESCE(r.planned_at, p.created) AS created_at, p.completed_at, "
            + "COALESCE((SELECT sum(c.cost_usd_sum) FROM scoring.metric_aggregate c WHERE c.run_id = p.run_id "
            + "AND c.slice = 'all' AND c.metric = 'accuracy'), 0) AS cost_usd, "
            + "p.created AS progress_created, p.updated AS progress_updated "
            + "FROM scoring.run_progress p LEFT JOIN scoring.run r ON r.run_id = p.run_id ";

    private static final String STATS_COLUMNS = "a.run_id, a.model_id, a.slice, a.metric, a.n_total, a.n_scored, "
            + "a.correct, a.sum, a.sum_sq, a.unscored, a.errors, a.scorer, a.filter, a.cost_usd_sum";

    private static final String LATEST_PER_MODEL = "WITH latest AS ("
            + "SELECT DISTINCT ON (a.model_id) a.model_id, a.run_id FROM scoring.metric_aggregate a "
            + "JOIN scoring.run r ON r.run_id = a.run_id "
            + "WHERE r.suite = ? AND a.slice = 'all' AND a.metric = ? "
            + "ORDER BY a.model_id, r.planned_at DESC, r.run_id DESC) "
            + "SELECT " + STATS_COLUMNS + " FROM scoring.metric_aggregate a "
            + "JOIN latest l ON l.run_id = a.run_id AND l.model_id = a.model_id WHERE a.metric = ? "
            + "ORDER BY a.model_id, a.slice";

    private final AgroalDataSource dataSource;

    public ResultsQueries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs, newest first. */
    public List<RunRecord> runs(int limit) {
        return query(RUN_SELECT + "ORDER BY created_at DESC, p.run_id LIMIT ?", statement -> statement.setInt(1, limit),
                ResultsQueries::run);
    }

    /** Runs of one suite, newest first. */
    public List<RunRecord> runsOfSuite(String suite) {
        return query(RUN_SELECT + "WHERE r.suite = ? ORDER BY created_at DESC, p.run_id",
                statement -> statement.setString(1, suite), ResultsQueries::run);
    }

    /** Runs whose progress changed most recently first (the live stream of every run). */
    public List<RunRecord> recentlyUpdated(int limit) {
        return query(RUN_SELECT + "ORDER BY p.updated DESC, p.run_id LIMIT ?", statement -> statement.setInt(1, limit),
                ResultsQueries::run);
    }

    public Optional<RunRecord> run(String runId) {
        return query(RUN_SELECT + "WHERE p.run_id = ?", statement -> statement.setString(1, runId),
                ResultsQueries::run).stream().findFirst();
    }

    public Optional<RunProgress> progress(String runId) {
        return query("SELECT run_id, planned, received, errors, state FROM scoring.run_progress WHERE run_id = ?",
                statement -> statement.setString(1, runId), ProgressTable::map).stream().findFirst();
    }

    /** Progress of every run, most recently updated first. */
    public List<RunProgress> allProgress(int limit) {
        return query("SELECT run_id, planned, received, errors, state FROM scoring.run_progress "
                + "ORDER BY updated DESC, run_id LIMIT ?", statement -> statement.setInt(1, limit),
                ProgressTable::map);
    }

    /** Accuracy aggregates of a run, every model and slice. */
    public List<AccuracyStats> accuracy(String runId) {
        return query("SELECT " + STATS_COLUMNS + " FROM scoring.metric_aggregate a WHERE a.run_id = ? "
                + "AND a.metric = ? ORDER BY a.model_id, a.slice", statement -> {
                    statement.setString(1, runId);
                    statement.setString(2, Metrics.ACCURACY);
                }, ResultsQueries::stats);
    }

    /** Accuracy aggregates of each model's latest run of {@code suite} that has results for it. */
    public List<AccuracyStats> latestAccuracyOfSuite(String suite) {
        return query(LATEST_PER_MODEL, statement -> {
            statement.setString(1, suite);
            statement.setString(2, Metrics.ACCURACY);
            statement.setString(3, Metrics.ACCURACY);
        }, ResultsQueries::stats);
    }

    /** Stored score rows of a run in a stable order, optionally of one model and one value. */
    public List<ScoreRecord> scores(String runId, String modelId, String value, int limit, int offset) {
        String sql = "SELECT request_id, run_id, model_id, item_id, variant_id, sample, status, value, score, "
                + "answer, reference, slices, scorer, filter, explanation, latency_ms, cost_usd, input_tokens, "
                + "output_tokens, created FROM scoring.score WHERE run_id = ? "
                + "AND (CAST(? AS text) IS NULL OR model_id = ?) AND (CAST(? AS text) IS NULL OR value = ?) "
                + "ORDER BY item_id, model_id, variant_id, sample, request_id LIMIT ? OFFSET ?";
        return query(sql, statement -> {
            statement.setString(1, runId);
            statement.setString(2, modelId);
            statement.setString(3, modelId);
            statement.setString(4, value);
            statement.setString(5, value);
            statement.setInt(6, limit);
            statement.setInt(7, offset);
        }, ResultsQueries::score);
    }

    /**
     * One model's scored items in one run: the mean score of each item over its scored units, for paired tests
     * (the item is the cluster).
     */
    public Map<String, ItemMean> itemMeans(String runId, String modelId) {
        Map<String, ItemMean> means = new HashMap<>();
        query("SELECT item_id, avg(score) AS mean, count(*) AS units, bool_and(score = 0 OR score = 1) AS binary "
                + "FROM scoring.score WHERE run_id = ? AND model_id = ? AND score IS NOT NULL "
                + "AND value IN ('CORRECT', 'INCORRECT', 'PARTIAL') GROUP BY item_id", statement -> {
                    statement.setString(1, runId);
                    statement.setString(2, modelId);
                }, r -> means.put(r.getString("item_id"), new ItemMean(r.getDouble("mean"), r.getInt("units"),
                        r.getBoolean("binary"))));
        return means;
    }

    private static RunRecord run(ResultSet r) throws SQLException {
        int version = r.getInt("suite_version");
        Integer suiteVersion = r.wasNull() ? null : version;
        long plannedValue = r.getLong("planned");
        Long planned = r.wasNull() ? null : plannedValue;
        return new RunRecord(r.getString("run_id"), r.getString("suite"), suiteVersion,
                RunState.valueOf(r.getString("state")), planned, r.getLong("received"), r.getLong("errors"),
                strings(r.getArray("models")), instant(r.getTimestamp("created_at")),
                instant(r.getTimestamp("completed_at")), r.getDouble("cost_usd"),
                instant(r.getTimestamp("progress_created")), instant(r.getTimestamp("progress_updated")));
    }

    private static AccuracyStats stats(ResultSet r) throws SQLException {
        return new AccuracyStats(r.getString("run_id"), r.getString("model_id"), r.getString("slice"),
                r.getString("metric"), r.getLong("n_total"), r.getLong("n_scored"), r.getLong("correct"),
                r.getDouble("sum"), r.getDouble("sum_sq"), r.getLong("unscored"), r.getLong("errors"),
                r.getString("scorer"), r.getString("filter"), r.getDouble("cost_usd_sum"));
    }

    static ScoreRecord score(ResultSet r) throws SQLException {
        double scoreValue = r.getDouble("score");
        Double score = r.wasNull() ? null : scoreValue;
        long latencyValue = r.getLong("latency_ms");
        Long latency = r.wasNull() ? null : latencyValue;
        double costValue = r.getDouble("cost_usd");
        Double cost = r.wasNull() ? null : costValue;
        int inValue = r.getInt("input_tokens");
        Integer in = r.wasNull() ? null : inValue;
        int outValue = r.getInt("output_tokens");
        Integer out = r.wasNull() ? null : outValue;
        return new ScoreRecord(r.getString("request_id"), r.getString("run_id"), r.getString("model_id"),
                r.getString("item_id"), r.getString("variant_id"), r.getInt("sample"), r.getString("status"),
                r.getString("value"), score, r.getString("answer"), r.getString("reference"),
                strings(r.getArray("slices")), r.getString("scorer"), r.getString("filter"),
                r.getString("explanation"), latency, cost, in, out, instant(r.getTimestamp("created")));
    }

    static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** Sets a statement's parameters. */
    public interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /** One result row to a value. */
    public interface Mapper<T> {
        T map(ResultSet result) throws SQLException;
    }

    /** Every row of {@code sql} mapped; any SQL failure is a {@link StoreException} naming it. */
    public <T> List<T> query(String sql, Binder binder, Mapper<T> mapper) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            List<T> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(mapper.map(result));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new StoreException("query failed: " + e.getMessage(), e);
        }
    }
}
