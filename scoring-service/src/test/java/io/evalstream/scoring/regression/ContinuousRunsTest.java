package io.evalstream.scoring.regression;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.evalstream.contracts.RegressionDetected;
import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.RunCancelled;
import io.evalstream.contracts.RunPlanned;
import io.evalstream.contracts.Topics;
import io.evalstream.localstack.LocalStackResource;
import io.evalstream.scoring.testing.Scenario;
import io.evalstream.scoring.testing.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Continuous evaluation on the scoring side, on the real broker and database: regression detection between
 * consecutive runs of a suite (flagged when a model got worse, not when it stayed the same), the history per
 * model, cancellation and resumption of a run (a newer plan reopens it; stale events change nothing), and the
 * pace (rate, ETA) of a running run.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class ContinuousRunsTest {
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String MODEL = "m";
    private static final int ITEMS = 200;

    private TestKafka kafka;

    @BeforeEach
    void connect() {
        kafka = TestKafka.connect();
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    /** A run of {@code suite} in which the model knows each item with probability {@code knowledge}. */
    private Scenario completeRun(String suite, double knowledge, long seed) {
        Scenario run = new Scenario("reg", suite);
        SplittableRandom random = new SplittableRandom(seed);
        List<ResponseReceived> responses = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            responses.add(run.text(MODEL, i, random.nextDouble() < knowledge ? "The answer is (B)" : "Answer: C"));
        }
        kafka.plan(run.plan(List.of(MODEL), ITEMS));
        kafka.respond(responses);
        awaitState(run.runId, "COMPLETED");
        return run;
    }

    private static void awaitState(String runId, String state) {
        await().atMost(WAIT).until(() -> {
            var response = given().get("/api/runs/{id}", runId);
            return response.statusCode() == 200 && state.equals(response.jsonPath().getString("state"));
        });
    }

    private static void awaitReceived(String runId, long received) {
        await().atMost(WAIT).until(() -> {
            var response = given().get("/api/runs/{id}", runId);
            return response.statusCode() == 200 && response.jsonPath().getLong("received") == received;
        });
    }

    @Test
    void aModelThatGotWorseIsFlaggedAndAnUnchangedOneIsNot() {
        String suite = "suite-regression-" + System.nanoTime();
        Scenario first = completeRun(suite, 0.9, 1);
        Scenario worse = completeRun(suite, 0.5, 2);
        // the same answers again: no discordant item, no regression
        Scenario same = new Scenario("reg", suite);
        List<ResponseReceived> repeat = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(2);
        for (int i = 0; i < ITEMS; i++) {
            repeat.add(same.text(MODEL, i, random.nextDouble() < 0.5 ? "The answer is (B)" : "Answer: C"));
        }
        kafka.plan(same.plan(List.of(MODEL), ITEMS));
        kafka.respond(repeat);
        awaitState(same.runId, "COMPLETED");

        List<ConsumerRecord<String, String>> events = kafka.read(Topics.EVAL_RUN_STATUS,
                r -> r.value().contains(RegressionDetected.TYPE) && r.value().contains(suite), 1, WAIT,
                Duration.ofSeconds(3));
        assertThat(events).hasSize(1);
        RegressionDetected detected = TestKafka.decode(events.get(0), RegressionDetected.class);
        assertThat(detected.runId()).isEqualTo(worse.runId);
        assertThat(detected.previousRunId()).isEqualTo(first.runId);
        assertThat(detected.model()).isEqualTo(MODEL);
        assertThat(detected.metric()).isEqualTo("accuracy");
        assertThat(detected.test()).isEqualTo("mcnemar-exact");
        assertThat(detected.n()).isEqualTo(ITEMS);
        assertThat(detected.before()).isGreaterThan(0.8);
        assertThat(detected.after()).isLessThan(0.6);
        assertThat(detected.effect()).isLessThan(-0.25);
        assertThat(detected.pValue()).isLessThan(0.001);

        JsonPath regressions = given().queryParam("suite", suite).queryParam("model", MODEL)
                .get("/api/regressions").then().statusCode(200).extract().jsonPath();
        assertThat(regressions.getList("runId")).containsExactly(worse.runId);
        assertThat(regressions.getString("[0].previousRunId")).isEqualTo(first.runId);
        assertThat(regressions.getLong("[0].before.n")).isEqualTo(ITEMS);
        assertThat(regressions.getDouble("[0].after.value")).isEqualTo(detected.after(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(regressions.getString("[0].test")).isEqualTo("mcnemar-exact");
        assertThat(regressions.getString("[0].detectedAt")).isNotBlank();

        JsonPath history = given().queryParam("suite", suite).queryParam("model", MODEL).get("/api/history")
                .then().statusCode(200).extract().jsonPath();
        assertThat(history.getList("runId")).containsExactly(first.runId, worse.runId, same.runId);
        assertThat(history.getList("regression")).containsExactly(false, true, false);
        assertThat(history.getLong("[0].accuracy.n")).isEqualTo(ITEMS);
        assertThat(history.getDouble("[0].accuracy.lower")).isLessThan(history.getDouble("[0].accuracy.value"));
        assertThat(history.getDouble("[1].accuracy.upper")).isLessThan(history.getDouble("[0].accuracy.lower"));

        given().get("/api/history").then().statusCode(400);
    }

    @Test
    void aCancelledRunIsResumedByANewerPlanAndCompletesExactly() throws Exception {
        Scenario run = new Scenario("cancel");
        RunPlanned plan = run.plan(List.of(MODEL), 10);
        List<ResponseReceived> answers = run.answers(MODEL, 10, 0, 0, 0);
        kafka.plan(plan);
        // the plan and the responses travel on different topics: without the plan stored first, the ETA below
        // would (rightly) be unknown
        await().atMost(WAIT).until(() -> {
            var response = given().get("/api/runs/{id}", run.runId);
            return response.statusCode() == 200 && "10".equals(response.jsonPath().getString("planned"));
        });
        // two deliveries: the pace is measured between the first stored response and the last, so one batch
        // holding all four would have no elapsed time and (rightly) no rate
        kafka.respond(answers.subList(0, 1));
        awaitReceived(run.runId, 1);
        kafka.respond(answers.subList(1, 4));
        awaitReceived(run.runId, 4);
        JsonPath running = given().get("/api/runs/{id}", run.runId).jsonPath();
        assertThat(running.getString("state")).isEqualTo("RUNNING");
        assertThat(running.getDouble("ratePerSecond")).isPositive();
        assertThat(running.getDouble("etaSeconds")).isNotNull();

        RunCancelled cancel = RunCancelled.of(run.runId, "test");
        kafka.cancel(cancel);
        awaitState(run.runId, "CANCELLED");
        assertThat((Object) given().get("/api/runs/{id}", run.runId).jsonPath().get("etaSeconds")).isNull();

        // a redelivery of the old plan does not reopen the run
        kafka.plan(plan);
        Thread.sleep(2000);
        assertThat(given().get("/api/runs/{id}", run.runId).jsonPath().getString("state")).isEqualTo("CANCELLED");

        // resume: a newer plan of the same run; a late redelivery of the cancellation does not cancel it again
        RunPlanned resumed = run.plan(List.of(MODEL), 10);
        kafka.plan(resumed);
        awaitState(run.runId, "RUNNING");
        kafka.cancel(cancel);
        kafka.respond(answers); // the first four again (already stored) and the six others
        awaitState(run.runId, "COMPLETED");
        JsonPath done = given().get("/api/runs/{id}", run.runId).jsonPath();
        assertThat(done.getLong("received")).isEqualTo(10);
        assertThat(done.getLong("planned")).isEqualTo(10);
        assertThat(given().queryParam("limit", 100).get("/api/runs/{id}/items", run.runId).jsonPath()
                .getList("requestId")).hasSize(10).doesNotHaveDuplicates();
    }

    @Test
    void aCompletedRunWhosePlanGrowsIsReopenedAndCompletesAgain() {
        Scenario run = new Scenario("grow");
        List<ResponseReceived> answers = run.answers(MODEL, 6, 0, 0, 0);
        kafka.plan(run.plan(List.of(MODEL), 3));
        kafka.respond(answers.subList(0, 3));
        awaitState(run.runId, "COMPLETED");
        kafka.plan(run.plan(List.of(MODEL), 6));
        awaitState(run.runId, "RUNNING");
        kafka.respond(answers.subList(3, 6));
        awaitState(run.runId, "COMPLETED");
        assertThat(given().get("/api/runs/{id}", run.runId).jsonPath().getLong("received")).isEqualTo(6);
    }
}
