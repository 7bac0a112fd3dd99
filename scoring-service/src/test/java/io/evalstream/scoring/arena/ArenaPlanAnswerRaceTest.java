package io.evalstream.scoring.arena;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.evalstream.contracts.ArenaPlan;
import io.evalstream.contracts.ModelRef;
import io.evalstream.localstack.LocalStackResource;
import io.evalstream.scoring.arena.join.ArenaAnswer;
import io.evalstream.scoring.arena.join.ArenaJoinStore;
import io.evalstream.scoring.arena.join.JoinOutcome;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The plan/answer race of the arena join, made deterministic on the real PostgreSQL: one transaction (the "holder")
 * does its join step and stays open; the other step runs on another thread in its own transaction; the holder
 * commits only once that other step has either finished or is waiting for a lock. Without the run's advisory lock
 * ({@code ArenaJoinStore.runLock}) the other step finishes at once, each transaction misses what the other wrote, and
 * the prompts are never joined: this test fails then (checked by removing the lock). With it, the other step waits
 * for the holder's commit, sees its rows, and every scheduled pair becomes ready exactly once.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class ArenaPlanAnswerRaceTest {
    private static final Duration LEASE = Duration.ofMinutes(10);
    private static final List<String> CONTESTANTS = List.of("m1", "m2", "m3");
    private static final List<String> PROMPTS = List.of("p1", "p2");
    private static final ArenaPlan PLAN = new ArenaPlan(CONTESTANTS,
            List.of(new ModelRef("judge-x", "builtin", null, "judge-fair")), ArenaPlan.ALL, null, 3, 1L,
            "pairwise-v1", "GENERATE", Map.of(), Map.of());

    @Inject
    ArenaJoinStore store;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anAnswerBatchOpenWhileThePlanIsRecordedIsStillJoined() throws Exception {
        String runId = "race-" + UUID.randomUUID();
        List<JoinOutcome> outcomes = interleave(runId, () -> store.answers(answers(runId), LEASE),
                () -> store.planned(runId, PLAN, LEASE));
        assertEveryPairJoinedOnce(runId, outcomes);
    }

    @Test
    void aPlanOpenWhileAnAnswerBatchCommitsStillJoinsIt() throws Exception {
        String runId = "race-" + UUID.randomUUID();
        List<JoinOutcome> outcomes = interleave(runId, () -> store.planned(runId, PLAN, LEASE),
                () -> store.answers(answers(runId), LEASE));
        assertEveryPairJoinedOnce(runId, outcomes);
    }

    /**
     * Runs {@code held} in a transaction that stays open until {@code other} (another thread, its own transaction)
     * has finished or is blocked on a lock; then commits. Returns both outcomes.
     */
    private List<JoinOutcome> interleave(String runId, Supplier<JoinOutcome> held, Supplier<JoinOutcome> other)
            throws Exception {
        CountDownLatch heldStepDone = new CountDownLatch(1);
        AtomicReference<JoinOutcome> heldOutcome = new AtomicReference<>();
        CompletableFuture<JoinOutcome> otherOutcome = new CompletableFuture<>();
        Thread holder = new Thread(() -> QuarkusTransaction.requiringNew().run(() -> {
            heldOutcome.set(held.get());
            heldStepDone.countDown();
            // keep the transaction (and its locks) open until the other step finished or waits for us
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                    .until(() -> otherOutcome.isDone() || waitingForAdvisoryLock());
        }), "race-holder");
        holder.start();
        assertThat(heldStepDone.await(60, TimeUnit.SECONDS)).isTrue();
        Thread otherThread = new Thread(() -> {
            try {
                otherOutcome.complete(QuarkusTransaction.requiringNew().call(other::get));
            } catch (RuntimeException e) {
                otherOutcome.completeExceptionally(e);
            }
        }, "race-other");
        otherThread.start();
        holder.join(90_000);
        assertThat(holder.isAlive()).isFalse();
        List<JoinOutcome> outcomes = new ArrayList<>();
        outcomes.add(heldOutcome.get());
        outcomes.add(otherOutcome.get(60, TimeUnit.SECONDS));
        return outcomes;
    }

    private void assertEveryPairJoinedOnce(String runId, List<JoinOutcome> outcomes) throws SQLException {
        int pairs = PROMPTS.size() * 3; // 3 contestants: 3 pairs per prompt
        assertThat(count("SELECT count(*) FROM scoring.arena_pair WHERE run_id = ?", runId))
                .as("every scheduled pair of every prompt became ready").isEqualTo(pairs);
        assertThat(outcomes.stream().mapToInt(o -> o.claimed().size()).sum()).as("claimed once").isEqualTo(pairs);
        assertThat(outcomes.stream().mapToInt(o -> o.requests().size()).sum())
                .as("both orders of each pair, one judge").isEqualTo(pairs * 2);
    }

    private List<ArenaAnswer> answers(String runId) {
        List<ArenaAnswer> answers = new ArrayList<>();
        for (String prompt : PROMPTS) {
            for (String model : CONTESTANTS) {
                answers.add(new ArenaAnswer(runId, prompt, model, runId + "/" + prompt + "/" + model, true,
                        "answer of " + model, 3, "Question " + prompt + "?", null, null));
            }
        }
        return answers;
    }

    private boolean waitingForAdvisoryLock() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1) > 0;
        }
    }

    private long count(String sql, String runId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, runId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
