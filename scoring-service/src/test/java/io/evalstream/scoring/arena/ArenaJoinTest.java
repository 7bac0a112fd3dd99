package io.evalstream.scoring.arena;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
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
import io.evalstream.contracts.SampleScored;
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
 * The streaming join on the real broker and database: judge requests go out as soon as both answers of a pair are
 * in (also when the answers came before their RunPlanned), in both orders, exactly once under redelivery; a pair
 * with a failed answer ends its judge requests as errors so the run completes; verdicts become ratings.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class ArenaJoinTest {
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final ModelRef JUDGE = new ModelRef("judge-x", "builtin", null, "judge-fair");
    /** Hidden quality: the test's judge prefers the better one, so the ratings' order is known. */
    private static final Map<String, Integer> QUALITY = Map.of("m1", 1, "m2", 2, "m3", 3);

    private TestKafka kafka;
    private String runId;

    @BeforeEach
    void connect() {
        kafka = TestKafka.connect();
        runId = "arena-" + UUID.randomUUID();
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    void joinsAnswersIntoJudgeRequestsExactlyOnceAndRatesTheVerdicts() {
        // 2 prompts x 3 contestants answers + 2 prompts x 3 pairs x 2 orders x 1 judge = 6 + 12
        ArenaPlan arena = new ArenaPlan(List.of("m1", "m2", "m3"), List.of(JUDGE), ArenaPlan.ALL, null, 3, 1L,
                "pairwise-v1", "GENERATE", Map.of(), Map.of("m1", 1.0, "m2", 2.0, "m3", 3.0));
        RunPlanned plan = RunPlanned.of(runId, "prompts", 1, List.of("m1", "m2", "m3"),
                new VariantPlan("NONE", 1, "GENERATE", "zero-shot"), 18, List.of(), arena);

        // answers before the plan: nothing can be joined yet
        kafka.respond(List.of(answer("p1", "m1", "short answer"), answer("p1", "m2", "a somewhat longer answer")));
        kafka.plan(plan);
        List<EvaluationRequested> first = judgeRequests(2);
        assertThat(first).extracting(r -> r.variant().id())
                .containsExactlyInAnyOrder("arena:m1|m2", "arena:m2|m1");
        assertThat(first).allSatisfy(r -> {
            assertThat(r.purpose()).isEqualTo(Purpose.JUDGE);
            assertThat(r.model()).isEqualTo(JUDGE);
            assertThat(r.key()).isEqualTo(runId + ":p1");
            assertThat(r.parentRequestIds()).hasSize(2);
            assertThat(r.input().messages().get(0).content()).contains("[The Start of Assistant A's Answer]")
                    .contains("Question p1");
        });

        // the third answer, a redelivered first answer, and a prompt on which m3 failed
        kafka.respond(List.of(answer("p1", "m3", "the best answer of all three"), answer("p1", "m1", "short answer"),
                answer("p2", "m1", "one"), answer("p2", "m2", "two words"), failed("p2", "m3")));
        List<EvaluationRequested> all = judgeRequests(8);
        assertThat(all).hasSize(8);
        Set<String> ids = new HashSet<>();
        all.forEach(r -> ids.add(r.requestId()));
        assertThat(ids).as("every judge request sent once").hasSize(8);

        // verdicts (one redelivered): the better contestant wins
        List<ResponseReceived> verdicts = new ArrayList<>();
        for (EvaluationRequested r : all) {
            String a = r.scoring().attributes().get("first");
            String b = r.scoring().attributes().get("second");
            verdicts.add(ResponseReceived.ok(r, new ModelOutput("Reasoning. " + (QUALITY.get(a) > QUALITY.get(b)
                    ? "[[A]]" : "[[B]]"), "stop", null), new Usage(100, 5), 0.001, 3, false, 1));
        }
        verdicts.add(verdicts.get(0));
        kafka.respond(verdicts);

        await().atMost(WAIT).pollInterval(Duration.ofMillis(300)).until(() ->
                "COMPLETED".equals(given().get("/api/runs/{id}", runId).then().extract().path("state")));
        JsonPath run = given().get("/api/runs/{id}", runId).then().statusCode(200).extract().jsonPath();
        assertThat(run.getLong("received")).isEqualTo(18);

        JsonPath report = given().get("/api/runs/{id}/arena", runId).then().statusCode(200).extract().jsonPath();
        assertThat(report.getLong("games.judged")).isEqualTo(8);
        assertThat(report.getLong("games.skipped")).isEqualTo(4);
        assertThat(report.getLong("games.pairsJudged")).isEqualTo(4);
        // the two pairs of p2 with m3's failed answer: counted apart, by contestant
        assertThat(report.getLong("games.pairsSkipped")).isEqualTo(2);
        assertThat(report.getList("games.failedAnswers.model")).containsExactly("m3");
        assertThat(report.getLong("games.failedAnswers[0].answers")).isEqualTo(1);
        assertThat(report.getLong("games.failedAnswers[0].pairsSkipped")).isEqualTo(2);
        // ... and their never-sent judge requests end on eval-scores like every other request
        List<SampleScored> notJudged = new ArrayList<>();
        for (ConsumerRecord<String, String> record : kafka.read(Topics.EVAL_SCORES,
                r -> r.key() != null && r.key().equals(runId + ":p2") && r.value().contains("\"arena-join\""), 4,
                WAIT, Duration.ofSeconds(2))) {
            notJudged.add(TestKafka.decode(record, SampleScored.class));
        }
        assertThat(notJudged).extracting(SampleScored::variantId).containsExactlyInAnyOrder("arena:m1|m3",
                "arena:m3|m1", "arena:m2|m3", "arena:m3|m2");
        assertThat(notJudged).allSatisfy(e -> {
            assertThat(e.value()).isEqualTo(io.evalstream.contracts.ScoreValue.ERROR);
            assertThat(e.modelId()).isEqualTo("judge-x");
            assertThat(e.explanation()).contains("m3's answer failed");
        });
        assertThat(report.getList("ratings[0].bradleyTerry.model")).containsExactly("m3", "m2", "m1");
        assertThat(report.getDouble("audit[0].consistency.estimate")).isEqualTo(1.0);
        assertThat(report.getInt("audit[0].consistency.n")).isEqualTo(4);
        assertThat(report.getDouble("audit[0].costUsd")).isCloseTo(0.008, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(report.getList("ratings[0].pairs.ranking.model")).containsExactly("m3", "m2", "m1");
        assertThat(report.getDouble("ratings[0].pairs.spearman")).isEqualTo(1.0);

        // nothing more was sent after all that redelivery
        assertThat(judgeRequests(8)).hasSize(8);
    }

    @Test
    void humanLabelsOfTheRunsPairsAreCheckedWholeAndComparedWithTheJudge() {
        // 2 prompts x 3 pairs, judged in both orders; on p1 the judge prefers the better answer, on p2 the worse
        ArenaPlan arena = new ArenaPlan(List.of("m1", "m2", "m3"), List.of(JUDGE), ArenaPlan.ALL, null, 3, 1L,
                "pairwise-v1", "GENERATE", Map.of(), Map.of());
        kafka.plan(RunPlanned.of(runId, "prompts", 1, List.of("m1", "m2", "m3"),
                new VariantPlan("NONE", 1, "GENERATE", "zero-shot"), 18, List.of(), arena));
        List<ResponseReceived> answers = new ArrayList<>();
        for (String p : List.of("p1", "p2")) {
            for (String m : List.of("m1", "m2", "m3")) {
                answers.add(answer(p, m, "answer of " + m));
            }
        }
        kafka.respond(answers);
        List<ResponseReceived> verdicts = new ArrayList<>();
        for (EvaluationRequested r : judgeRequests(12)) {
            int a = QUALITY.get(r.scoring().attributes().get("first"));
            int b = QUALITY.get(r.scoring().attributes().get("second"));
            boolean firstWins = r.itemId().equals("p1") ? a > b : a < b;
            verdicts.add(ResponseReceived.ok(r, new ModelOutput(firstWins ? "[[A]]" : "[[B]]", "stop", null),
                    new Usage(10, 1), 0.0, 1, false, 1));
        }
        kafka.respond(verdicts);
        await().atMost(WAIT).pollInterval(Duration.ofMillis(300)).until(() ->
                "COMPLETED".equals(given().get("/api/runs/{id}", runId).then().extract().path("state")));

        // a bad row anywhere rejects the whole submission, naming row and field
        given().contentType("application/json").body("""
                [{"prompt":"p1","model_a":"m1","model_b":"m2","winner":"model_b"},
                 {"prompt":"p9","model_a":"m1","model_b":"m2","winner":"model_b"},
                 {"prompt":"p1","model_a":"m1","model_b":"mX","winner":"model_b"},
                 {"prompt":"p1","model_a":"m2","model_b":"m3","winner":"both"}]""")
                .post("/api/runs/{id}/arena/human-labels", runId).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].line", org.hamcrest.Matchers.equalTo(2))
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("prompt"))
                .body("errors[1].line", org.hamcrest.Matchers.equalTo(3))
                .body("errors[1].field", org.hamcrest.Matchers.equalTo("model_b"))
                .body("errors[2].line", org.hamcrest.Matchers.equalTo(4))
                .body("errors[2].field", org.hamcrest.Matchers.equalTo("winner"));
        given().get("/api/runs/{id}/arena/human-labels", runId).then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.equalTo(0));
        given().contentType("application/json").body("[]").post("/api/runs/{id}/arena/human-labels", "no-such-run")
                .then().statusCode(404).contentType("application/problem+json");

        // humans: p1 like the judge on two pairs, not on (m2, m3) (given in the other order); p2 like the judge
        given().contentType("application/json").body("""
                [{"prompt":"p1","model_a":"m1","model_b":"m2","winner":"model_b"},
                 {"prompt":"p1","model_a":"m1","model_b":"m3","winner":"model_b"},
                 {"prompt":"p1","model_a":"m3","model_b":"m2","winner":"model_b"},
                 {"prompt":"p2","model_a":"m1","model_b":"m2","winner":"model_a"},
                 {"prompt":"p2","model_a":"m1","model_b":"m3","winner":"model_a"},
                 {"prompt":"p2","model_a":"m2","model_b":"m3","winner":"model_a","labeler":"ann"}]""")
                .post("/api/runs/{id}/arena/human-labels", runId).then().statusCode(200)
                .body("stored", org.hamcrest.Matchers.equalTo(6));
        // judge (canonical a < b): p1 B B B, p2 A A A; humans: B B A, A A A -> agreement 5/6,
        // p_e = 1/2 * 2/6 + 1/2 * 4/6 = 1/2, kappa = (5/6 - 1/2) / (1 - 1/2) = 2/3
        await().atMost(WAIT).pollInterval(Duration.ofMillis(300)).until(() -> given().get("/api/runs/{id}/arena",
                runId).then().extract().jsonPath().get("audit[0].human") != null);
        JsonPath report = given().get("/api/runs/{id}/arena", runId).then().statusCode(200).extract().jsonPath();
        assertThat(report.getString("audit[0].human.judgeB")).isEqualTo("human");
        assertThat(report.getLong("audit[0].human.n")).isEqualTo(6);
        assertThat(report.getDouble("audit[0].human.agreement")).isCloseTo(5.0 / 6,
                org.assertj.core.api.Assertions.within(1e-6));
        assertThat(report.getDouble("audit[0].human.kappa")).isCloseTo(2.0 / 3,
                org.assertj.core.api.Assertions.within(1e-6));
        assertThat(report.getDouble("audit[0].human.low")).isLessThan(2.0 / 3);
    }

    @Test
    void aRunWithoutArenaIsANotFoundProblem() {
        given().get("/api/runs/{id}/arena", "no-such-run").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void importedBattleLogsAreRatedAndBadLinesRejectedWhole() {
        String name = "log-" + UUID.randomUUID().toString().substring(0, 8);
        String log = """
                {"model_a":"x","model_b":"y","winner":"model_a","judge":"human","question_id":"q1","tstamp":1700000000}
                {"model_a":"y","model_b":"x","winner":"model_b","judge":"human","question_id":"q2"}
                {"model_a":"x","model_b":"y","winner":"tie","judge":"gpt","question_id":"q1"}
                {"model_a":"y","model_b":"x","winner":"model_b","judge":"gpt","question_id":"q2"}
                """;
        given().contentType("text/plain").body(log).post("/api/arena/imports/{n}", name).then()
                .statusCode(201);
        JsonPath report = given().get("/api/arena/imports/{n}", name).then().statusCode(200).extract().jsonPath();
        assertThat(report.getList("judges")).containsExactly("gpt", "human");
        assertThat(report.getString("ratings[0].judge")).isEqualTo("all");
        assertThat(report.getList("ratings[0].bradleyTerry.model")).containsExactly("x", "y");
        assertThat(report.getInt("agreement[0].n")).isEqualTo(2);

        given().contentType("text/plain").body("{\"model_a\":\"x\",\"model_b\":\"y\",\"winner\":\"z\"}\n"
                + "not json\n").post("/api/arena/imports/{n}", name).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].line", org.hamcrest.Matchers.equalTo(1))
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("winner"))
                .body("errors[1].line", org.hamcrest.Matchers.equalTo(2));
        // the rejected import changed nothing
        assertThat(given().get("/api/arena/imports/{n}", name).then().statusCode(200).extract().jsonPath()
                .getInt("games.judged")).isEqualTo(4);
    }

    private List<EvaluationRequested> judgeRequests(int enough) {
        List<EvaluationRequested> requests = new ArrayList<>();
        for (ConsumerRecord<String, String> record : kafka.read(Topics.EVAL_REQUESTS,
                r -> r.key() != null && r.key().startsWith(runId + ":"), enough, WAIT, Duration.ofSeconds(3))) {
            requests.add(TestKafka.decode(record, EvaluationRequested.class));
        }
        return requests;
    }

    private EvaluationRequested answerRequest(String item, String model) {
        String prompt = "Question " + item + "?";
        return EvaluationRequested.of(runId, item, Variant.original(), 0, Purpose.ANSWER, null,
                new ModelRef(model, "builtin", null, model), ModelInput.chat(null, prompt), Generation.greedy(1024),
                new ScoringContext("generation", "GENERATE", null, null, null, null, Map.of("prompt", prompt)));
    }

    private ResponseReceived answer(String item, String model, String text) {
        return ResponseReceived.ok(answerRequest(item, model), new ModelOutput(text, "stop", null),
                new Usage(5, 5), 0.0, 2, false, 1);
    }

    private ResponseReceived failed(String item, String model) {
        return ResponseReceived.failed(answerRequest(item, model), ResponseStatus.ERROR,
                new ErrorInfo("SERVER", 500, "boom"), 3, 3);
    }
}
