package io.evalstream.scoring.arena.join;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.evalstream.contracts.ArenaPlan;
import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.ModelRef;
import io.evalstream.contracts.Purpose;
import io.evalstream.contracts.Topics;
import io.evalstream.localstack.LocalStackResource;
import io.evalstream.scoring.testing.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The join sweeper on the real broker and database: pairs were joined and claimed by a batch that then died before
 * its judge requests were confirmed sent (never marked EMITTED); some other pairs of the same run were confirmed.
 * Once the claims expire, a sweep sends exactly the judge requests of the unconfirmed pairs, each once, and marks
 * them EMITTED; a second sweep sends nothing.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class ArenaSweeperTest {
    private static final List<String> CONTESTANTS = List.of("m1", "m2", "m3");
    private static final ArenaPlan PLAN = new ArenaPlan(CONTESTANTS,
            List.of(new ModelRef("judge-x", "builtin", null, "judge-fair"),
                    new ModelRef("judge-y", "builtin", null, "judge-first")),
            ArenaPlan.ALL, null, 3, 1L, "pairwise-v1", "GENERATE", Map.of(), Map.of());

    @Inject
    ArenaJoinStore store;

    @Inject
    ArenaSweeper sweeper;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void resendsExactlyTheUnconfirmedJudgeRequestsOnce() throws Exception {
        String runId = "sweep-" + UUID.randomUUID();
        store.planned(runId, PLAN, Duration.ofMillis(1));
        List<ArenaAnswer> answers = new ArrayList<>();
        for (String prompt : List.of("p1", "p2", "p3")) {
            for (String model : CONTESTANTS) {
                answers.add(new ArenaAnswer(runId, prompt, model, runId + "/" + prompt + "/" + model, true,
                        "answer of " + model + " to " + prompt, 5, "Question " + prompt + "?", null, null));
            }
        }
        // a batch joins and claims every pair (a lease of 1 ms) ...
        JoinOutcome joined = store.answers(answers, Duration.ofMillis(1));
        assertThat(joined.claimed()).hasSize(9);
        assertThat(joined.requests()).hasSize(36); // 9 pairs x 2 orders x 2 judges
        // ... its sends of p1 and of one pair of p2 were acknowledged and recorded; then it died
        List<ClaimedPair> confirmed = joined.claimed().stream().filter(p -> p.itemId().equals("p1")
                || (p.itemId().equals("p2") && p.modelA().equals("m1") && p.modelB().equals("m2"))).toList();
        assertThat(confirmed).hasSize(4);
        store.emitted(confirmed);
        Set<String> missing = new HashSet<>();
        for (EvaluationRequested r : joined.requests()) {
            String first = r.scoring().attributes().get("first");
            String second = r.scoring().attributes().get("second");
            boolean isConfirmed = confirmed.stream().anyMatch(p -> p.itemId().equals(r.itemId())
                    && Set.of(p.modelA(), p.modelB()).equals(Set.of(first, second)));
            if (!isConfirmed) {
                missing.add(r.requestId());
            }
        }
        assertThat(missing).hasSize(20); // 5 pairs x 2 orders x 2 judges

        await().atMost(Duration.ofSeconds(60)).until(() -> store.expired(1000).stream()
                .filter(i -> i.runId().equals(runId)).count() == 2);
        sweeper.sweepOnce();
        sweeper.sweepOnce(); // nothing left to send

        List<String> sent = new ArrayList<>();
        try (TestKafka kafka = TestKafka.connect()) {
            for (ConsumerRecord<String, String> record : kafka.read(Topics.EVAL_REQUESTS,
                    r -> r.key() != null && r.key().startsWith(runId + ":"), missing.size(), Duration.ofSeconds(90),
                    Duration.ofSeconds(5))) {
                EvaluationRequested request = TestKafka.decode(record, EvaluationRequested.class);
                assertThat(request.purpose()).isEqualTo(Purpose.JUDGE);
                sent.add(request.requestId());
            }
        }
        assertThat(sent).as("each unconfirmed judge request re-sent once, none of the confirmed ones")
                .hasSize(missing.size()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(missing);
        assertThat(count("SELECT count(*) FROM scoring.arena_pair WHERE run_id = ? AND state = 'EMITTED'", runId))
                .isEqualTo(9);
        assertThat(store.expired(1000)).noneMatch(i -> i.runId().equals(runId));
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
