package io.evalstream.scoring.drilldown;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.evalstream.contracts.ErrorInfo;
import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.Generation;
import io.evalstream.contracts.ModelInput;
import io.evalstream.contracts.ModelOutput;
import io.evalstream.contracts.ModelRef;
import io.evalstream.contracts.Purpose;
import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.ResponseStatus;
import io.evalstream.contracts.ScoringContext;
import io.evalstream.contracts.Usage;
import io.evalstream.contracts.Variant;
import io.evalstream.localstack.LocalStackResource;
import io.evalstream.scoring.testing.Scenario;
import io.evalstream.scoring.testing.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's drill-down and the leaderboard's neighbour tests on the real broker and database. Strategy: a
 * run whose answers are built so that every figure is known in advance: {@code strong} answers every item right,
 * {@code weak} and {@code weak-twin} always answer "A" (right only where the gold is A, a quarter of the items),
 * {@code weak} also has three requests without an answer. So strong vs weak must be significant, the twins must
 * not; weak's recall is 1 at position A and 0 elsewhere (RStd 43.3), strong's RStd is 0.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class DrilldownResourceTest {
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final List<String> LABELS = List.of("A", "B", "C", "D");
    private static final int ITEMS = 40;

    private TestKafka kafka;

    @BeforeEach
    void connect() {
        kafka = TestKafka.connect();
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    private Scenario completedRun() {
        Scenario scenario = new Scenario("drill");
        List<ResponseReceived> responses = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            String gold = LABELS.get(i % 4);
            responses.add(ok(scenario, "strong", i, "The answer is (" + gold + ")", 100 + i));
            responses.add(ok(scenario, "weak", i, "A", 1000 + 10L * i));
            responses.add(ok(scenario, "weak-twin", i, "Answer: A", 50));
        }
        responses.add(failed(scenario, "weak", ITEMS, ResponseStatus.ERROR, "RATE_LIMITED"));
        responses.add(failed(scenario, "weak", ITEMS + 1, ResponseStatus.ERROR, "RATE_LIMITED"));
        responses.add(failed(scenario, "weak", ITEMS + 2, ResponseStatus.TIMEOUT, "TIMEOUT"));
        kafka.plan(scenario.plan(List.of("strong", "weak", "weak-twin"), responses.size()));
        kafka.respond(responses);
        await().atMost(WAIT).until(() -> given().get("/api/runs/{id}", scenario.runId).statusCode() == 200
                && "COMPLETED".equals(given().get("/api/runs/{id}", scenario.runId).jsonPath().getString("state")));
        return scenario;
    }

    @Test
    void leaderboardMarksTheSignificantGapBetweenNeighboursOnly() {
        Scenario scenario = completedRun();

        for (String path : List.of("/api/runs/" + scenario.runId + "/leaderboard",
                "/api/leaderboard?suite=" + scenario.suite)) {
            JsonPath board = given().get(path).then().statusCode(200).extract().jsonPath();
            assertThat(board.getList("modelId")).as(path).startsWith("strong");
            assertThat(board.getString("[0].vsNext.test")).isEqualTo("mcnemar");
            assertThat(board.getInt("[0].vsNext.n")).isEqualTo(ITEMS);
            assertThat(board.getDouble("[0].vsNext.difference")).isCloseTo(0.75, within(1e-9));
            assertThat(board.getDouble("[0].vsNext.adjustedPValue")).isLessThan(0.001);
            assertThat(board.getBoolean("[0].vsNext.significant")).isTrue();
            assertThat(board.getBoolean("[1].vsNext.significant")).as("the twins answer alike").isFalse();
            assertThat(board.getDouble("[1].vsNext.pValue")).isEqualTo(1.0);
            assertThat(board.getDouble("[1].vsNext.adjustedPValue")).isEqualTo(1.0);
            assertThat(board.getString("[2].vsNext")).as("the last row has no neighbour below").isNull();
        }
    }

    @Test
    void latencyPercentilesWithIntervalsCostAndErrorsByKind() {
        Scenario scenario = completedRun();

        JsonPath latency = given().get("/api/runs/{id}/latency", scenario.runId).then().statusCode(200).extract()
                .jsonPath();
        String strong = "find { it.modelId == 'strong' }";
        assertThat(latency.getInt(strong + ".n")).isEqualTo(ITEMS);
        assertThat(latency.getDouble(strong + ".percentiles[0].q")).isEqualTo(0.5);
        assertThat(latency.getDouble(strong + ".percentiles[0].valueMs")).isEqualTo(119.5); // 100..139, type 7
        assertThat(latency.getDouble(strong + ".percentiles[0].lowMs")).isLessThan(119.5);
        assertThat(latency.getDouble(strong + ".percentiles[0].highMs")).isGreaterThan(119.5);
        assertThat(latency.getLong(strong + ".maxMs")).isEqualTo(139);
        assertThat(latency.getDouble(strong + ".costUsd")).isCloseTo(ITEMS * 0.001, within(1e-9));
        assertThat(latency.getLong(strong + ".inputTokens")).isEqualTo(ITEMS * 20L);
        assertThat(latency.getInt("find { it.modelId == 'weak' }.n")).isEqualTo(ITEMS + 3);

        JsonPath errors = given().get("/api/runs/{id}/errors", scenario.runId).then().statusCode(200).extract()
                .jsonPath();
        assertThat(errors.getList("kind")).containsExactly("RATE_LIMITED", "TIMEOUT");
        assertThat(errors.getList("count", Integer.class)).containsExactly(2, 1);
        assertThat(errors.getList("modelId")).containsOnly("weak");
    }

    @Test
    void selectionBiasShowsTheModelThatAlwaysAnswersA() {
        Scenario scenario = completedRun();

        JsonPath bias = given().get("/api/runs/{id}/selection-bias", scenario.runId).then().statusCode(200)
                .extract().jsonPath();
        String weak = "find { it.modelId == 'weak' }";
        assertThat(bias.getInt(weak + ".k")).isEqualTo(4);
        assertThat(bias.getInt(weak + ".n")).as("errors are not read answers").isEqualTo(ITEMS);
        assertThat(bias.getList(weak + ".predictedCounts", Integer.class)).containsExactly(ITEMS, 0, 0, 0);
        assertThat(bias.getList(weak + ".recalls", Double.class)).containsExactly(1.0, 0.0, 0.0, 0.0);
        assertThat(bias.getDouble(weak + ".rstd")).isCloseTo(Math.sqrt(0.1875) * 100, within(1e-6));
        assertThat(bias.getDouble(weak + ".accuracy")).isEqualTo(0.25);
        assertThat(bias.getDouble(weak + ".ciLow")).isLessThan(0.25);
        String strong = "find { it.modelId == 'strong' }";
        assertThat(bias.getDouble(strong + ".rstd")).isEqualTo(0.0);
        assertThat(bias.getList(strong + ".predictedCounts", Integer.class)).containsExactly(10, 10, 10, 10);
        assertThat(bias.getDouble(strong + ".rstdHigh")).isGreaterThanOrEqualTo(0.0);
    }

    @Test
    void itemDetailCarriesPromptResponseAndScore() {
        Scenario scenario = completedRun();

        JsonPath page = given().get("/api/runs/{id}/items?modelId=weak&limit=5", scenario.runId).then()
                .statusCode(200).extract().jsonPath();
        String requestId = page.getString("find { it.itemId == 'item-1' }.requestId");
        JsonPath item = given().get("/api/runs/{id}/items/{request}", scenario.runId, requestId).then()
                .statusCode(200).extract().jsonPath();
        assertThat(item.getString("prompt")).isEqualTo("Question 1: which option?\n\nA. a\nB. b\nC. c\nD. d");
        assertThat(item.getString("response")).isEqualTo("A");
        assertThat(item.getString("score.value")).isEqualTo("INCORRECT");
        assertThat(item.getString("score.reference")).isEqualTo("B");
        assertThat(item.getList("labels")).containsExactlyElementsOf(LABELS);

        String failedId = given().get("/api/runs/{id}/items?value=ERROR&limit=1", scenario.runId).jsonPath()
                .getString("[0].requestId");
        assertThat(given().get("/api/runs/{id}/items/{request}", scenario.runId, failedId).jsonPath()
                .getString("errorKind")).isEqualTo("RATE_LIMITED");

        given().get("/api/runs/{id}/items/{request}", scenario.runId, "no-such-request").then().statusCode(404)
                .contentType(startsWith("application/problem+json")).body("detail", containsString("no-such-request"));
        for (String path : List.of("latency", "selection-bias", "errors", "items/x")) {
            given().get("/api/runs/{id}/" + path, "no-such-run").then().statusCode(404)
                    .contentType(startsWith("application/problem+json")).body("status", equalTo(404));
        }
    }

    private static EvaluationRequested request(Scenario scenario, String model, int item) {
        String gold = LABELS.get(item % 4);
        String prompt = "Question " + item + ": which option?\n\nA. a\nB. b\nC. c\nD. d";
        ScoringContext scoring = new ScoringContext("multiple_choice", "GENERATE", gold, LABELS, item % 4,
                List.of("all-items"), Map.of("prompt", prompt));
        return EvaluationRequested.of(scenario.runId, "item-" + item, Variant.original(), 0, Purpose.ANSWER, null,
                new ModelRef(model, "builtin", null, model), ModelInput.chat(null, prompt), Generation.greedy(16),
                scoring);
    }

    private static ResponseReceived ok(Scenario scenario, String model, int item, String text, long latencyMs) {
        return ResponseReceived.ok(request(scenario, model, item), new ModelOutput(text, "stop", List.of()),
                new Usage(20, 3), 0.001, latencyMs, false, 1);
    }

    private static ResponseReceived failed(Scenario scenario, String model, int item, ResponseStatus status,
            String kind) {
        return ResponseReceived.failed(request(scenario, model, item), status, new ErrorInfo(kind, 429, "slow down"),
                2000, 3);
    }
}
