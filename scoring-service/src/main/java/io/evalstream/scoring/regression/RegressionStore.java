package io.evalstream.scoring.regression;

import io.agroal.api.AgroalDataSource;
import io.evalstream.scoring.metric.Metrics;
import io.evalstream.scoring.statistics.Proportion;
import io.evalstream.scoring.statistics.WilsonInterval;
import io.evalstream.scoring.store.ResultsQueries;
import io.evalstream.scoring.store.StoreException;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code scoring.regression} and the queries regression detection and history need: the previous completed run
 * of a suite for a model, the paired scores of two runs, stored regressions and the per-model history. Plain
 * JDBC like the rest of the read side.
 */
@ApplicationScoped
public class RegressionStore {
    /** The run's suite and completion time, if it is completed. */
    public record CompletedRun(String runId, String suite, Timestamp completedAt, List<String> models) {
    }

    private static final String COMPLETED_RUN = "SELECT p.run_id, r.suite, p.completed_at, "
            + "ARRAY(SELECT a.model_id FROM scoring.metric_aggregate a WHERE a.run_id = p.run_id AND a.slice = 'all' "
            + "AND a.metric = ? ORDER BY 1) AS models "
            + "FROM scoring.run_progress p JOIN scoring.run r ON r.run_id = p.run_id "
            + "WHERE p.run_id = ? AND p.state = 'COMPLETED'";

    private static final String PREVIOUS = "SELECT p.run_id FROM scoring.run_progress p "
            + "JOIN scoring.run r ON r.run_id = p.run_id "
            + "WHERE r.suite = ? AND p.state = 'COMPLETED' AND p.run_id <> ? AND p.completed_at < ? "
            + "AND EXISTS (SELECT 1 FROM scoring.metric_aggregate a WHERE a.run_id = p.run_id AND a.model_id = ? "
            + "AND a.slice = 'all' AND a.metric = ? AND a.n_scored > 0) "
            + "ORDER BY p.completed_at DESC, p.run_id DESC LIMIT 1";

    /** Units scored in both runs (CORRECT, INCORRECT, PARTIAL); errors and unreadable answers are left out. */
    private static final String PAIRS = "SELECT a.item_id, b.score AS before_score, a.score AS after_score "
            + "FROM scoring.score a JOIN scoring.score b ON b.run_id = ? AND b.model_id = a.model_id "
            + "AND b.item_id = a.item_id AND b.variant_id = a.variant_id AND b.sample = a.sample "
            + "WHERE a.run_id = ? AND a.model_id = ? "
            + "AND a.value IN ('CORRECT', 'INCORRECT', 'PARTIAL') AND b.value IN ('CORRECT', 'INCORRECT', 'PARTIAL') "
            + "AND a.score IS NOT NULL AND b.score IS NOT NULL "
            + "ORDER BY a.item_id, a.variant_id, a.sample";

    private static final String INSERT = "INSERT INTO scoring.regression (run_id, previous_run_id, suite, model_id, "
            + "metric, before_value, before_n, after_value, after_n, effect, p_value, test) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (run_id, model_id, metric) DO NOTHING";

    private static final String SELECT = "SELECT seq, run_id, previous_run_id, suite, model_id, metric, before_value, "
            + "before_n, after_value, after_n, effect, p_value, test, detected_at FROM scoring.regression ";

    private static final String HISTORY = "SELECT p.run_id, r.suite_version, a.model_id, p.completed_at, a.n_scored, "
            + "a.sum, EXISTS (SELECT 1 FROM scoring.regression g WHERE g.run_id = p.run_id "
            + "AND g.model_id = a.model_id) AS regression "
            + "FROM scoring.run_progress p JOIN scoring.run r ON r.run_id = p.run_id "
            + "JOIN scoring.metric_aggregate a ON a.run_id = p.run_id AND a.slice = 'all' AND a.metric = ? "
            + "WHERE r.suite = ? AND p.state = 'COMPLETED' AND (CAST(? AS text) IS NULL OR a.model_id = ?) "
            + "ORDER BY a.model_id, p.completed_at, p.run_id";

    private final AgroalDataSource dataSource;
    private final ResultsQueries queries;

    public RegressionStore(AgroalDataSource dataSource, ResultsQueries queries) {
        this.dataSource = dataSource;
        this.queries = queries;
    }

    public Optional<CompletedRun> completed(String runId) {
        return queries.query(COMPLETED_RUN, s -> {
            s.setString(1, Metrics.ACCURACY);
            s.setString(2, runId);
        }, r -> new CompletedRun(r.getString("run_id"), r.getString("suite"), r.getTimestamp("completed_at"),
                strings(r.getArray("models")))).stream().findFirst();
    }

    /** The latest run of {@code run}'s suite completed before it with scored results for {@code model}. */
    public Optional<String> previous(CompletedRun run, String model) {
        return queries.query(PREVIOUS, s -> {
            s.setString(1, run.suite());
            s.setString(2, run.runId());
            s.setTimestamp(3, run.completedAt());
            s.setString(4, model);
            s.setString(5, Metrics.ACCURACY);
        }, r -> r.getString(1)).stream().findFirst();
    }

    public List<PairedUnit> pairs(String previousRunId, String runId, String model) {
        return queries.query(PAIRS, s -> {
            s.setString(1, previousRunId);
            s.setString(2, runId);
            s.setString(3, model);
        }, r -> new PairedUnit(r.getString("item_id"), r.getDouble("before_score"), r.getDouble("after_score")));
    }

    /** Stores a regression; false when it was stored before (a re-check of the same run). */
    public boolean insert(String runId, String previousRunId, String suite, String model, PairedComparison c) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement s = connection.prepareStatement(INSERT)) {
            s.setString(1, runId);
            s.setString(2, previousRunId);
            s.setString(3, suite);
            s.setString(4, model);
            s.setString(5, Metrics.ACCURACY);
            s.setDouble(6, c.before());
            s.setLong(7, c.units());
            s.setDouble(8, c.after());
            s.setLong(9, c.units());
            s.setDouble(10, c.effect());
            s.setDouble(11, c.pValue());
            s.setString(12, c.test());
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new StoreException("storing the regression of " + runId + " failed: " + e.getMessage(), e);
        }
    }

    /** Regressions, newest first, optionally of one suite and one model. */
    public List<Regression> list(String suite, String model, int limit) {
        return queries.query(SELECT + "WHERE (CAST(? AS text) IS NULL OR suite = ?) AND (CAST(? AS text) IS NULL "
                + "OR model_id = ?) ORDER BY detected_at DESC, seq DESC LIMIT ?", s -> {
                    s.setString(1, suite);
                    s.setString(2, suite);
                    s.setString(3, model);
                    s.setString(4, model);
                    s.setInt(5, limit);
                }, RegressionStore::regression);
    }

    /** Regressions stored after {@code seq}, oldest first (live streams). */
    public List<Regression> after(long seq, int limit) {
        return queries.query(SELECT + "WHERE seq > ? ORDER BY seq LIMIT ?", s -> {
            s.setLong(1, seq);
            s.setInt(2, limit);
        }, RegressionStore::regression);
    }

    /** The highest sequence number stored so far (0 when none). */
    public long lastSeq() {
        return queries.query("SELECT COALESCE(MAX(seq), 0) FROM scoring.regression", s -> {
        }, r -> r.getLong(1)).get(0);
    }

    /** Completed runs of {@code suite} per model, oldest first, optionally of one model. */
    public List<HistoryPoint> history(String suite, String model) {
        return queries.query(HISTORY, s -> {
            s.setString(1, Metrics.ACCURACY);
            s.setString(2, suite);
            s.setString(3, model);
            s.setString(4, model);
        }, r -> {
            int version = r.getInt("suite_version");
            Integer suiteVersion = r.wasNull() ? null : version;
            long n = r.getLong("n_scored");
            Proportion p = WilsonInterval.of95(Math.max(0, Math.min(r.getDouble("sum"), n)), n);
            return new HistoryPoint(r.getString("run_id"), suiteVersion, r.getString("model_id"),
                    r.getTimestamp("completed_at").toInstant(),
                    new HistoryPoint.Accuracy(p.estimate(), p.low(), p.high(), p.n()), r.getBoolean("regression"));
        });
    }

    private static Regression regression(ResultSet r) throws SQLException {
        return new Regression(r.getLong("seq"), r.getString("run_id"), r.getString("previous_run_id"),
                r.getString("suite"), r.getString("model_id"), r.getString("metric"),
                new Regression.Measure(r.getDouble("before_value"), r.getLong("before_n")),
                new Regression.Measure(r.getDouble("after_value"), r.getLong("after_n")), r.getDouble("effect"),
                r.getDouble("p_value"), r.getString("test"), r.getTimestamp("detected_at").toInstant());
    }

    private static List<String> strings(java.sql.Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            values.add(String.valueOf(value));
        }
        return values;
    }
}
