package io.evalstream.scoring.arena.report;

import io.agroal.api.AgroalDataSource;
import io.evalstream.contracts.ArenaPlan;
import io.evalstream.contracts.ModelRef;
import io.evalstream.scoring.arena.ArenaConfig;
import io.evalstream.scoring.arena.human.HumanLabelStore;
import io.evalstream.scoring.arena.join.ArenaJoinStore;
import io.evalstream.scoring.store.StoreException;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Arena reports of runs, recomputed from the stored games on a debounce: a report is reused while no game arrived
 * and the run's state did not change, and otherwise recomputed at most once per {@code evalstream.arena.debounce}
 * while games keep streaming in; a change of state (the run completing) always recomputes, so the final report is
 * computed from every game. Reading the shared store rather than this instance's memory keeps the report right when
 * several instances score one run.
 */
@ApplicationScoped
public class ArenaReports {
    private final AgroalDataSource dataSource;
    private final ArenaJoinStore joins;
    private final ArenaConfig config;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(String key, ArenaReport report, long battles, String state, long computedAt) {
    }

    private final HumanLabelStore humanLabels;

    public ArenaReports(AgroalDataSource dataSource, ArenaJoinStore joins, ArenaConfig config,
            HumanLabelStore humanLabels) {
        this.dataSource = dataSource;
        this.joins = joins;
        this.config = config;
        this.humanLabels = humanLabels;
    }

    /** The run's report, or empty when the run has no arena. */
    public Optional<ArenaReport> report(String runId, String anchor, String baseline) {
        Optional<ArenaPlan> plan = joins.plan(runId);
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        String key = runId + "\u0000" + anchor + "\u0000" + baseline;
        long[] count = new long[1];
        String state = stateAndCount(runId, count);
        Cached cached = cache.get(key);
        long now = System.nanoTime();
        if (cached != null && Objects.equals(cached.state(), state) && (cached.battles() == count[0]
                || now - cached.computedAt() < config.debounce().toNanos())) {
            return Optional.of(cached.report());
        }
        synchronized (this) {
            ArenaReport report = compute(runId, plan.get(), state, anchor, baseline);
            cache.put(key, new Cached(key, report, count[0], state, System.nanoTime()));
            return Optional.of(report);
        }
    }

    ArenaReport compute(String runId, ArenaPlan plan, String state, String anchor, String baseline) {
        List<Game> games = games(runId);
        List<ArenaReport.FailedAnswers> failed = failedAnswers(runId);
        long pairsSkipped = skippedPairs(runId);
        long skipped = pairsSkipped * 2L * plan.judges().size();
        String effectiveBaseline = baseline != null ? baseline : plan.baseline();
        String effectiveAnchor = anchor != null ? anchor : plan.baseline();
        ArenaReportBuilder.Settings settings = new ArenaReportBuilder.Settings(config.bootstrapRounds(),
                config.eloOrderings(), config.eloK(), config.seed(), effectiveAnchor, effectiveBaseline,
                plan.selfModels(), plan.referenceScores());
        String pairing = switch (plan.pairing()) {
            case ArenaPlan.BASELINE -> "baseline:" + plan.baseline();
            case ArenaPlan.SAMPLED -> "sampled:" + plan.pairsPerPrompt();
            default -> "all";
        };
        List<String> judgeIds = plan.judges().stream().map(ModelRef::id).toList();
        if (plan.singleRating()) {
            // a single-rating arena's failed answers end in skipped rating requests, not in skipped pairs
            skipped = failed.stream().mapToLong(ArenaReport.FailedAnswers::answers).sum() * judgeIds.size();
        }
        ArenaReport report = ArenaReportBuilder.fromGames(runId, state, plan.contestants(),
                plan.judges().stream().map(ModelRef::id).toList(), pairing, plan.template(), games, skipped, pairsSkipped,
                failed, humanLabels.labels(runId), settings);
        return plan.singleRating() ? report.withSingleRatings(SingleRatings.of(judgeIds, plan.contestants(),
                ratings(runId))) : report;
    }

    private String stateAndCount(String runId, long[] count) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                // what the report depends on besides the plan: games, skipped pairs and human labels (count and
                // latest change, so a replaced label counts too)
                "SELECT concat_ws('/', (SELECT count(*) FROM scoring.arena_battle WHERE run_id = ?) "
                        + "+ (SELECT count(*) FROM scoring.arena_rating WHERE run_id = ?), "
                        + "(SELECT count(*) || ':' || coalesce(max(created)::text, '') FROM scoring.arena_human_label "
                        + "WHERE run_id = ?), (SELECT count(*) FROM scoring.arena_pair WHERE run_id = ? "
                        + "AND state = 'SKIPPED')), (SELECT state FROM scoring.run_progress WHERE run_id = ?)")) {
            for (int i = 1; i <= 5; i++) {
                s.setString(i, runId);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                count[0] = r.getString(1).hashCode();
                return r.getString(2);
            }
        } catch (SQLException e) {
            throw new StoreException("reading the arena of " + runId + " failed: " + e.getMessage(), e);
        }
    }

    private List<Game> games(String runId) {
        List<Game> games = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT item_id, judge_id, model_first, model_second, status, verdict, p_first, words_first, "
                        + "words_second, cost_usd, input_tokens, output_tokens, created FROM scoring.arena_battle "
                        + "WHERE run_id = ?")) {
            s.setString(1, runId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    double p = r.getDouble(7);
                    Double pFirst = r.wasNull() ? null : p;
                    Timestamp t = r.getTimestamp(13);
                    games.add(new Game(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getString(6), pFirst, r.getInt(8), r.getInt(9), r.getDouble(10),
                            r.getLong(11), r.getLong(12), t == null ? null : t.toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("reading the games of " + runId + " failed: " + e.getMessage(), e);
        }
        return games;
    }

    private List<SingleRatings.Rated> ratings(String runId) {
        List<SingleRatings.Rated> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT item_id, judge_id, model_id, status, rating, words FROM scoring.arena_rating WHERE run_id = ?")) {
            s.setString(1, runId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    double v = r.getDouble(5);
                    rows.add(new SingleRatings.Rated(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            r.wasNull() ? null : v, r.getInt(6)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("reading the ratings of " + runId + " failed: " + e.getMessage(), e);
        }
        return rows;
    }

    /** Per contestant with a failed answer: how many failed and how many scheduled pairs they left unjudged. */
    private List<ArenaReport.FailedAnswers> failedAnswers(String runId) {
        List<ArenaReport.FailedAnswers> failed = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT a.model_id, count(*), (SELECT count(*) FROM scoring.arena_pair p WHERE p.run_id = a.run_id "
                        + "AND p.state = 'SKIPPED' AND (p.model_a = a.model_id OR p.model_b = a.model_id)) "
                        + "FROM scoring.arena_answer a WHERE a.run_id = ? AND NOT a.ok GROUP BY a.run_id, a.model_id "
                        + "ORDER BY a.model_id")) {
            s.setString(1, runId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    failed.add(new ArenaReport.FailedAnswers(r.getString(1), r.getLong(2), r.getLong(3)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("reading the failed answers of " + runId + " failed: " + e.getMessage(), e);
        }
        return failed;
    }

    private long skippedPairs(String runId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT count(*) FROM scoring.arena_pair WHERE run_id = ? AND state = 'SKIPPED'")) {
            s.setString(1, runId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException("reading the skipped pairs of " + runId + " failed: " + e.getMessage(), e);
        }
    }
}
