package io.evalstream.scoring.arena.join;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.evalstream.contracts.ArenaPlan;
import io.evalstream.contracts.ModelRef;
import io.evalstream.contracts.ResponseStatus;
import io.evalstream.contracts.ScoreValue;
import io.evalstream.scoring.store.BatchOutcome;
import io.evalstream.scoring.store.ScoreRow;
import io.evalstream.scoring.store.ScoreWriter;
import io.evalstream.scoring.store.StoreException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The join state in PostgreSQL. One transaction per step: lock the prompts (an upsert of their {@code arena_item}
 * rows, in key order, so concurrent batches wait for each other instead of deadlocking or missing each other's
 * answers), store the new answers, record every scheduled pair whose two answers are in ({@code INSERT .. ON CONFLICT
 * DO NOTHING}: a pair becomes ready exactly once), and claim the ready pairs nobody is sending (a lease). A
 * redelivered answer finds its pairs claimed or emitted and adds nothing; a batch that died after claiming leaves a
 * lease that expires, after which the next step touching the prompt, or the sweeper, claims it again.
 */
@ApplicationScoped
public class ArenaJoinStore {
    static final ObjectMapper JSON = new ObjectMapper();
    /** The scorer name of judge requests that were never sent because an answer failed. */
    public static final String SKIPPED_SCORER = "arena-join";

    private final AgroalDataSource dataSource;
    private final ScoreWriter writer;

    public ArenaJoinStore(AgroalDataSource dataSource, ScoreWriter writer) {
        this.dataSource = dataSource;
        this.writer = writer;
    }

    /** Records a run's arena plan (idempotent), then joins every prompt of the run that already has answers. */
    @Transactional
    public JoinOutcome planned(String runId, ArenaPlan plan, Duration lease) {
        try (Connection c = dataSource.getConnection()) {
            runLock(c, runId, true);
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO scoring.arena_run (run_id, plan) VALUES (?, ?) ON CONFLICT (run_id) DO NOTHING")) {
                s.setString(1, runId);
                s.setString(2, JSON.writeValueAsString(plan));
                s.executeUpdate();
            }
            SortedSet<RunItem> items = new TreeSet<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT DISTINCT item_id FROM scoring.arena_answer WHERE run_id = ?")) {
                s.setString(1, runId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        items.add(new RunItem(runId, r.getString(1)));
                    }
                }
            }
            lock(c, items);
            return joinLocked(c, items, lease, null);
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreException("recording the arena plan of " + runId + " failed: " + e.getMessage(), e);
        }
    }

    /** Stores contestants' answers and joins their prompts. */
    @Transactional
    public JoinOutcome answers(Collection<ArenaAnswer> answers, Duration lease) {
        SortedSet<RunItem> items = new TreeSet<>();
        answers.forEach(a -> items.add(new RunItem(a.runId(), a.itemId())));
        try (Connection c = dataSource.getConnection()) {
            for (String runId : new TreeSet<>(items.stream().map(RunItem::runId).toList())) {
                runLock(c, runId, false);
            }
            lock(c, items);
            insertAnswers(c, answers);
            Map<RunItem, Set<String>> rate = new HashMap<>();
            answers.forEach(a -> rate.computeIfAbsent(new RunItem(a.runId(), a.itemId()), k -> new HashSet<>())
                    .add(a.modelId()));
            return joinLocked(c, items, lease, rate);
        } catch (SQLException e) {
            throw new StoreException("joining " + answers.size() + " arena answers failed: " + e.getMessage(), e);
        }
    }

    /** Joins prompts again (the sweeper: pairs whose claim expired). */
    @Transactional
    public JoinOutcome rejoin(Collection<RunItem> runItems, Duration lease) {
        SortedSet<RunItem> items = new TreeSet<>(runItems);
        try (Connection c = dataSource.getConnection()) {
            lock(c, items);
            return joinLocked(c, items, lease, Map.of());
        } catch (SQLException e) {
            throw new StoreException("re-joining arena prompts failed: " + e.getMessage(), e);
        }
    }

    /** Prompts with a ready pair whose claim expired (or was never taken), oldest first. */
    @Transactional
    public List<RunItem> expired(int limit) {
        List<RunItem> items = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT DISTINCT run_id, item_id FROM scoring.arena_pair WHERE state = 'PENDING' "
                        + "AND (claimed_until IS NULL OR claimed_until < now()) LIMIT ?")) {
            s.setInt(1, limit);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    items.add(new RunItem(r.getString(1), r.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("finding expired arena claims failed: " + e.getMessage(), e);
        }
        return items;
    }

    /** Marks claimed pairs EMITTED once the broker acknowledged all their judge requests. */
    @Transactional
    public void emitted(Collection<ClaimedPair> pairs) {
        if (pairs.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE scoring.arena_pair SET state = 'EMITTED', emitted_at = now(), claimed_until = NULL "
                        + "WHERE run_id = ? AND item_id = ? AND model_a = ? AND model_b = ? AND state = 'PENDING'")) {
            for (ClaimedPair p : pairs) {
                s.setString(1, p.runId());
                s.setString(2, p.itemId());
                s.setString(3, p.modelA());
                s.setString(4, p.modelB());
                s.addBatch();
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new StoreException("marking arena pairs emitted failed: " + e.getMessage(), e);
        }
    }

    /**
     * Orders a run's plan against its answers: the plan takes the run's transaction-scoped advisory lock
     * exclusively, answers take it shared. Without it an answer batch committing while the plan is recorded saw no
     * plan, and the plan's transaction did not see that batch's answers, so the prompt was never joined.
     */
    private static void runLock(Connection c, String runId, boolean exclusive) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(exclusive
                ? "SELECT pg_advisory_xact_lock(hashtext(?))" : "SELECT pg_advisory_xact_lock_shared(hashtext(?))")) {
            s.setString(1, "arena-run:" + runId);
            s.executeQuery().close();
        }
    }

    private static void lock(Connection c, SortedSet<RunItem> items) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO scoring.arena_item (run_id, item_id) VALUES (?, ?) "
                + "ON CONFLICT (run_id, item_id) DO UPDATE SET touched = now()")) {
            for (RunItem item : items) { // one statement per row, in key order: the lock order is the key order
                s.setString(1, item.runId());
                s.setString(2, item.itemId());
                s.executeUpdate();
            }
        }
    }

    private static void insertAnswers(Connection c, Collection<ArenaAnswer> answers) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO scoring.arena_answer (run_id, item_id, model_id, "
                + "request_id, ok, answer, words, prompt, reference, failure) VALUES (?,?,?,?,?,?,?,?,?,?) "
                + "ON CONFLICT (run_id, item_id, model_id) DO NOTHING")) {
            for (ArenaAnswer a : answers) {
                s.setString(1, a.runId());
                s.setString(2, a.itemId());
                s.setString(3, a.modelId());
                s.setString(4, a.requestId());
                s.setBoolean(5, a.ok());
                s.setString(6, clean(a.answer()));
                s.setInt(7, a.words());
                s.setString(8, clean(a.prompt()));
                s.setString(9, clean(a.reference()));
                s.setString(10, clean(a.failure()));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /**
     * @param rate single-rating arenas: per prompt, the contestants whose answers get their rating requests now (the
     *             answers of this batch, new or redelivered: at least once, deduplicated downstream by request id);
     *             null: every stored answer (the plan just arrived)
     */
    private JoinOutcome joinLocked(Connection c, SortedSet<RunItem> items, Duration lease,
            Map<RunItem, Set<String>> rate) throws SQLException {
        if (items.isEmpty()) {
            return JoinOutcome.NONE;
        }
        Map<String, Optional<ArenaPlan>> plans = new HashMap<>();
        List<EvaluationRequestedBuilder> toSend = new ArrayList<>();
        List<ClaimedPair> claimed = new ArrayList<>();
        List<ScoreRow> skipped = new ArrayList<>();
        List<io.evalstream.contracts.EvaluationRequested> singles = new ArrayList<>();
        for (RunItem item : items) {
            Optional<ArenaPlan> plan = plans.computeIfAbsent(item.runId(), id -> plan(c, id));
            if (plan.isEmpty()) {
                continue; // answers before their RunPlanned: joined when the plan arrives
            }
            Map<String, ArenaAnswer> answers = answers(c, item);
            if (plan.get().singleRating()) {
                for (ArenaAnswer answer : answers.values()) {
                    if (rate == null || rate.getOrDefault(item, Set.of()).contains(answer.modelId())) {
                        if (answer.ok()) {
                            singles.addAll(SingleRatingRequests.of(plan.get(), answer));
                        } else {
                            skipped.addAll(SingleRatingRequests.skipRows(plan.get(), answer));
                        }
                    }
                }
                continue;
            }
            for (PairSchedule.Pair pair : PairSchedule.pairs(plan.get(), item.runId(), item.itemId())) {
                ArenaAnswer a = answers.get(pair.a());
                ArenaAnswer b = answers.get(pair.b());
                if (a == null || b == null) {
                    continue;
                }
                boolean ok = a.ok() && b.ok();
                if (insertPair(c, item, pair, ok ? "PENDING" : "SKIPPED") && !ok) {
                    skipped.addAll(skipRows(plan.get(), a, b));
                }
            }
            for (PairSchedule.Pair pair : claim(c, item, lease)) {
                claimed.add(new ClaimedPair(item.runId(), item.itemId(), pair.a(), pair.b()));
                toSend.add(new EvaluationRequestedBuilder(plan.get(), answers.get(pair.a()), answers.get(pair.b())));
            }
        }
        List<io.evalstream.contracts.EvaluationRequested> requests = new ArrayList<>(singles);
        for (EvaluationRequestedBuilder b : toSend) {
            requests.addAll(JudgeRequests.of(b.plan(), b.a(), b.b()));
        }
        // the never-sent games end here, in the transaction that decided they never will be sent
        BatchOutcome ended = skipped.isEmpty() ? BatchOutcome.empty() : writer.write(skipped);
        return new JoinOutcome(requests, claimed, skipped, ended);
    }

    private record EvaluationRequestedBuilder(ArenaPlan plan, ArenaAnswer a, ArenaAnswer b) {
    }

    private static Optional<ArenaPlan> plan(Connection c, String runId) {
        try (PreparedStatement s = c.prepareStatement("SELECT plan FROM scoring.arena_run WHERE run_id = ?")) {
            s.setString(1, runId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(JSON.readValue(r.getString(1), ArenaPlan.class)) : Optional.empty();
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreException("reading the arena plan of " + runId + " failed: " + e.getMessage(), e);
        }
    }

    /** The run's arena plan, if it has one. */
    @Transactional
    public Optional<ArenaPlan> plan(String runId) {
        try (Connection c = dataSource.getConnection()) {
            return plan(c, runId);
        } catch (SQLException e) {
            throw new StoreException("reading the arena plan of " + runId + " failed: " + e.getMessage(), e);
        }
    }

    private static Map<String, ArenaAnswer> answers(Connection c, RunItem item) throws SQLException {
        Map<String, ArenaAnswer> answers = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT model_id, request_id, ok, answer, words, prompt, "
                + "reference, failure FROM scoring.arena_answer WHERE run_id = ? AND item_id = ?")) {
            s.setString(1, item.runId());
            s.setString(2, item.itemId());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    answers.put(r.getString(1), new ArenaAnswer(item.runId(), item.itemId(), r.getString(1),
                            r.getString(2), r.getBoolean(3), r.getString(4), r.getInt(5), r.getString(6),
                            r.getString(7), r.getString(8)));
                }
            }
        }
        return answers;
    }

    private static boolean insertPair(Connection c, RunItem item, PairSchedule.Pair pair, String state)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO scoring.arena_pair (run_id, item_id, model_a, "
                + "model_b, state) VALUES (?,?,?,?,?) ON CONFLICT DO NOTHING")) {
            s.setString(1, item.runId());
            s.setString(2, item.itemId());
            s.setString(3, pair.a());
            s.setString(4, pair.b());
            s.setString(5, state);
            return s.executeUpdate() == 1;
        }
    }

    private static List<PairSchedule.Pair> claim(Connection c, RunItem item, Duration lease) throws SQLException {
        List<PairSchedule.Pair> pairs = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("UPDATE scoring.arena_pair SET claimed_until = now() + "
                + "make_interval(secs => ?) WHERE run_id = ? AND item_id = ? AND state = 'PENDING' AND "
                + "(claimed_until IS NULL OR claimed_until < now()) RETURNING model_a, model_b")) {
            s.setDouble(1, lease.toMillis() / 1000.0);
            s.setString(2, item.runId());
            s.setString(3, item.itemId());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    pairs.add(new PairSchedule.Pair(r.getString(1), r.getString(2)));
                }
            }
        }
        return pairs;
    }

    /** Terminal rows for the judge requests of a pair that cannot be judged (invariant 4: every request ends). */
    static List<ScoreRow> skipRows(ArenaPlan plan, ArenaAnswer a, ArenaAnswer b) {
        String reason = "not judged: " + (a.ok() ? "" : a.modelId() + "'s answer failed (" + a.failure() + ")")
                + (!a.ok() && !b.ok() ? " and " : "") + (b.ok() ? "" : b.modelId() + "'s answer failed ("
                        + b.failure() + ")");
        List<ScoreRow> rows = new ArrayList<>();
        for (ModelRef judge : plan.judges()) {
            for (boolean swapped : new boolean[] { false, true }) {
                String first = swapped ? b.modelId() : a.modelId();
                String second = swapped ? a.modelId() : b.modelId();
                String id = JudgeRequests.requestId(a.runId(), a.itemId(), first, second, swapped, judge.id());
                rows.add(new ScoreRow(id, a.runId(), judge.id(), a.itemId(),
                        JudgeRequests.variant(first, second, swapped).id(), 0, ResponseStatus.ERROR, ScoreValue.ERROR,
                        null, null, null, List.of(), SKIPPED_SCORER, null, reason, 0, 0.0, null, null));
            }
        }
        return rows;
    }

    private static String clean(String text) {
        return text == null ? null : text.replace("\u0000", "");
    }
}
