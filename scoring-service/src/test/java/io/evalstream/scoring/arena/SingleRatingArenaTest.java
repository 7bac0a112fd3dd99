package io.evalstream.scoring.arena;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.evalstream.contracts.ArenaPlan;
import io.evalstream.contracts.ErrorInfo;
import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.Generation;
import io.evalstream.contracts.ModelInput;
import io.evalstream.contracts.ModelOutput;
import io.evalstream.contracts.ModelRef;
import io.evalstream.contracts.Purpose;
import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.ResponseStatus;
import io.evalstream.contracts.RunPlanned;
import io.evalstream.contracts.ScoringContext;
import io.evalstream.contracts.Topics;
import io.evalstream.contracts.Usage;
import io.evalstream.contracts.Variant;
import io.evalstream.contracts.VariantPlan;
import io.evalstream.localstack.LocalStackResource;
import io.evalstream.scoring.testing.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A single-rating arena (template single-v1) on the real broker and database: every contestant answer gets one rating
 * request per judge (also when the answers came before the plan), a failed answer's rating requests end as errors, and
 * the report has each contestant's mean rating per judge with its n and a 95% interval.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class SingleRatingArenaTest {
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final List<ModelRef> JUDGES = List.of(new ModelRef("judge-x", "builtin", null, "judge-fair"),
            new ModelRef("judge-y", "builtin", null, "judge-longer"));
    /** judge-x rates m1 (9, 8, 7) and m2 (4, 5, 6) over three prompts; judge-y gives everyone 5. */
    private static final Map<String, int[]> RATINGS = Map.of("m1", new int[] { 9, 8, 7 }, "m2", new int[] { 4, 5, 6 });

    private TestKafka kafka;
    private String runId;

    @BeforeEach
    void connect() {
        kafka = TestKafka.connect();
        runId = "single-" + UUID.randomUUID();
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    void everyAnswerIsRatedByEveryJudgeAndTheMeansCarryNAndAnInterval() {
        // 4 prompts x 3 contestants answers + 4 x 3 x 2 rating requests = 12 + 24
        ArenaPlan arena = new ArenaPlan(List.of("m1", "m2", "m3"), JUDGES, ArenaPlan.ALL, null, 0, 1L, "single-v1",
                "GENERATE", Map.of(), Map.of());
        assertThat(arena.judgeRequestsPerPrompt()).isEqualTo(6);
        RunPlanned plan = RunPlanned.of(runId, "prompts", 1, List.of("m1", "m2", "m3"),
                new VariantPlan("NONE", 1, "GENERATE", "zero-shot"), 36, List.of(), arena);
        // p0's answers before the plan; m3 fails everywhere except p0
        kafka.respond(List.of(answer("p0", "m1"), answer("p0", "m2"), answer("p0", "m3")));
        kafka.plan(plan);
        List<ResponseReceived> later = new ArrayList<>();
        for (String p : List.of("p1", "p2", "p3")) {
            later.add(answer(p, "m1"));
            later.add(answer(p, "m2"));
            later.add(ResponseReceived.failed(answerRequest(p, "m3"), ResponseStatus.ERROR,
                    new ErrorInfo("SERVER", 500, "boom"), 3, 3));
        }
        later.add(answer("p1", "m1")); // redelivered
        kafka.respond(later);

        // 3 answers of p0 + 2 ok answers of p1..p3, each by 2 judges = 18 distinct rating requests
        List<EvaluationRequested> requests = new ArrayList<>();
        for (ConsumerRecord<String, String> record : kafka.read(Topics.EVAL_REQUESTS,
                r -> r.key() != null && r.key().startsWith(runId + ":"), 18, WAIT, Duration.ofSeconds(3))) {
            requests.add(TestKafka.decode(record, EvaluationRequested.class));
        }
        Set<String> ids = new HashSet<>();
        requests.forEach(r -> ids.add(r.requestId()));
        assertThat(ids).hasSize(18);
        assertThat(requests).allSatisfy(r -> {
            assertThat(r.purpose()).isEqualTo(Purpose.JUDGE);
            assertThat(r.variant().id()).startsWith("single:");
            assertThat(r.parentRequestIds()).hasSize(1);
            assertThat(r.input().messages().get(0).content()).contains("[The Start of Assistant's Answer]");
            assertThat(r.scoring().kind()).isEqualTo("single_rating");
        });

        // verdicts, each distinct request once (plus one unparsable for m3 on p0 by judge-y)
        List<ResponseReceived> verdicts = new ArrayList<>();
        Set<String> answered = new HashSet<>();
        for (EvaluationRequested r : requests) {
            if (!answered.add(r.requestId())) {
                continue;
            }
            String model = r.scoring().attributes().get("model");
            int prompt = Integer.parseInt(r.itemId().substring(1));
            String text;
            if (r.model().id().equals("judge-y")) {
                text = model.equals("m3") ? "I cannot rate this." : "Fine. Rating: [[5]]";
            } else {
                text = "Rating: [[" + (model.equals("m3") ? 3 : RATINGS.get(model)[Math.max(0, prompt - 1)]) + "]]";
            }
            verdicts.add(ResponseReceived.ok(r, new ModelOutput(text, "stop", null), new Usage(50, 5), 0.001, 2, false,
                    1));
        }
        kafka.respond(verdicts);

        await().atMost(WAIT).pollInterval(Duration.ofMillis(300)).until(() ->
                "COMPLETED".equals(given().get("/api/runs/{id}", runId).then().extract().path("state")));
        assertThat(given().get("/api/runs/{id}", runId).then().extract().jsonPath().getLong("received"))
                .isEqualTo(36);
        JsonPath report = given().get("/api/runs/{id}/arena", runId).then().statusCode(200).extract().jsonPath();
        assertThat(report.getList("singleRatings.judge")).containsExactly("judge-x", "judge-y");
        // judge-x: m1 on p0..p3 = 9, 9, 8, 7 (mean 8.25); m2 = 4, 4, 5, 6 (4.75); m3 only p0 = 3
        assertThat(report.getList("singleRatings[0].ratings.model")).containsExactly("m1", "m2", "m3");
        assertThat(report.getDouble("singleRatings[0].ratings[0].mean")).isCloseTo(8.25, within(1e-5));
        assertThat(report.getInt("singleRatings[0].ratings[0].n")).isEqualTo(4);
        double sd = Math.sqrt(((0.75 * 0.75) * 2 + 0.25 * 0.25 + 1.25 * 1.25) / 3);
        assertThat(report.getDouble("singleRatings[0].ratings[0].sd")).isCloseTo(sd, within(1e-5));
        double half = 3.182446305284263 * sd / 2; // t(0.975, 3) sd / sqrt(4)
        assertThat(report.getDouble("singleRatings[0].ratings[0].low")).isCloseTo(8.25 - half, within(1e-5));
        assertThat(report.getDouble("singleRatings[0].ratings[0].high")).isCloseTo(8.25 + half, within(1e-5));
        assertThat(report.getDouble("singleRatings[0].ratings[1].mean")).isCloseTo(4.75, within(1e-5));
        assertThat(report.getInt("singleRatings[0].ratings[2].n")).isEqualTo(1);
        assertThat(report.getLong("singleRatings[0].ratings[2].errors")).isZero();
        // judge-y: m3's one answer unparsable, counted apart
        assertThat(report.getList("singleRatings[1].ratings.model")).containsExactly("m1", "m2", "m3");
        assertThat(report.getInt("singleRatings[1].ratings[2].n")).isZero();
        assertThat(report.getLong("singleRatings[1].ratings[2].unparsable")).isEqualTo(1);
        // m3's three failed answers: their 6 rating requests ended as errors, not sent
        assertThat(report.getLong("games.skipped")).isEqualTo(6);
        assertThat(report.getList("games.failedAnswers.model")).containsExactly("m3");
    }

    private EvaluationRequested answerRequest(String item, String model) {
        String prompt = "Question " + item + "?";
        return EvaluationRequested.of(runId, item, Variant.original(), 0, Purpose.ANSWER, null,
                new ModelRef(model, "builtin", null, model), ModelInput.chat(null, prompt), Generation.greedy(1024),
                new ScoringContext("generation", "GENERATE", null, null, null, null, Map.of("prompt", prompt)));
    }

    private ResponseReceived answer(String item, String model) {
        return ResponseReceived.ok(answerRequest(item, model), new ModelOutput("answer of " + model + " to " + item,
                "stop", null), new Usage(5, 5), 0.0, 2, false, 1);
    }
}
