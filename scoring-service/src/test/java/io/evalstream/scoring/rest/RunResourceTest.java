package io.evalstream.scoring.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.evalstream.contracts.ResponseReceived;
import io.evalstream.localstack.LocalStackResource;
import io.evalstream.scoring.testing.Scenario;
import io.evalstream.scoring.testing.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP API on the real broker and database: JSON shapes, problem responses, suite leaderboards, drill-down
 * and the live event stream. Strategy: runs are produced through Kafka, then read back over HTTP.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class RunResourceTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URI root;

    private TestKafka kafka;

    @BeforeEach
    void connect() {
        kafka = TestKafka.connect();
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    private void runToCompletion(Scenario scenario, List<String> models, List<ResponseReceived> responses) {
        kafka.plan(scenario.plan(models, responses.size()));
        kafka.respond(responses);
        await().atMost(WAIT).until(() -> given().get("/api/runs/{id}", scenario.runId).statusCode() == 200
                && "COMPLETED".equals(given().get("/api/runs/{id}", scenario.runId).jsonPath().getString("state")));
    }

    @Test
    void unknownRunIsANotFoundProblem() {
        given().get("/api/runs/{id}", "no-such-run").then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(404))
                .body("title", equalTo("Not found"))
                .body("detail", containsString("no-such-run"))
                .body("type", containsString("not-found"));
        given().get("/api/runs/{id}/leaderboard", "no-such-run").then().statusCode(404);
    }

    @Test
    void invalidParametersAreProblemsNamingTheField() {
        given().get("/api/runs?limit=0").then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("limit"));
        given().get("/api/leaderboard").then().statusCode(400).body("errors[0].field", equalTo("suite"));
        given().get("/api/leaderboard?suite=never-run").then().statusCode(404);
    }

    @Test
    void listsRunsAndDrillsDownToScoreRows() {
        Scenario scenario = new Scenario("list");
        runToCompletion(scenario, List.of("m"), scenario.answers("m", 3, 1, 1, 0));

        JsonPath runs = given().get("/api/runs").then().statusCode(200).extract().jsonPath();
        String path = "find { it.runId == '" + scenario.runId + "' }";
        assertThat(runs.getString(path + ".suite")).isEqualTo(scenario.suite);
        assertThat(runs.getInt(path + ".suiteVersion")).isEqualTo(1);
        assertThat(runs.getString(path + ".state")).isEqualTo("COMPLETED");
        assertThat(runs.getInt(path + ".planned")).isEqualTo(5);
        assertThat(runs.getInt(path + ".received")).isEqualTo(5);
        assertThat(runs.getInt(path + ".errors")).isZero();
        assertThat(runs.getList(path + ".models")).containsExactly("m");
        assertThat(runs.getString(path + ".createdAt")).isNotBlank();

        JsonPath page = given().get("/api/runs/{id}/items?limit=2&offset=1", scenario.runId).then().statusCode(200)
                .extract().jsonPath();
        assertThat(page.getList("itemId")).containsExactly("item-1", "item-2");
        assertThat(page.getString("[0].value")).isEqualTo("CORRECT");
        assertThat(page.getString("[0].answer")).isEqualTo("B");
        assertThat(page.getString("[0].reference")).isEqualTo("B");
        assertThat(page.getString("[0].filter")).isEqualTo("letter");
        assertThat(page.getList("[0].slices")).containsExactly("odd");

        JsonPath unscored = given().get("/api/runs/{id}/items?value=UNSCORED", scenario.runId).then()
                .statusCode(200).extract().jsonPath();
        assertThat(unscored.getList("itemId")).containsExactly("item-4");
        assertThat(unscored.getString("[0].explanation")).contains("no answer label");

        given().get("/api/runs/{id}/items?limit=100000", scenario.runId).then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    private static ResponseReceived costing(ResponseReceived r, Double cost) {
        return new ResponseReceived(r.schema(), r.id(), r.occurredAt(), r.requestId(), r.runId(), r.itemId(),
                r.variant(), r.sample(), r.purpose(), r.modelId(), r.status(), r.output(), r.usage(), cost,
                r.latencyMs(), cost != null && cost == 0.0, r.attempts(), r.error(), r.scoring(), r.traceparent());
    }

    @Test
    void costTotalsPerRunAndPerModelInRunsDetailAndLeaderboard() {
        Scenario scenario = new Scenario("cost");
        List<ResponseReceived> responses = new ArrayList<>();
        // p: three paid answers (0.25 each) and one from the cache (0); q: two unpriced answers (null) and one 0.5
        List<ResponseReceived> p = scenario.answers("p", 2, 2, 0, 0);
        for (int i = 0; i < p.size(); i++) {
            responses.add(costing(p.get(i), i == 3 ? 0.0 : 0.25));
        }
        List<ResponseReceived> q = scenario.answers("q", 2, 1, 0, 0);
        for (int i = 0; i < q.size(); i++) {
            responses.add(costing(q.get(i), i == 2 ? 0.5 : null));
        }
        runToCompletion(scenario, List.of("p", "q"), responses);

        JsonPath runs = given().get("/api/runs").then().statusCode(200).extract().jsonPath();
        assertThat(runs.getDouble("find { it.runId == '" + scenario.runId + "' }.costUsd")).isEqualTo(1.25);
        JsonPath detail = given().get("/api/runs/{id}", scenario.runId).then().statusCode(200).extract().jsonPath();
        assertThat(detail.getDouble("costUsd")).isEqualTo(1.25);
        assertThat(detail.getDouble("metrics.find { it.modelId == 'p' && it.slice == 'all' }.costUsd")).isEqualTo(0.75);
        JsonPath board = given().get("/api/runs/{id}/leaderboard", scenario.runId).then().statusCode(200)
                .extract().jsonPath();
        assertThat(board.getDouble("find { it.modelId == 'p' }.costUsd")).isEqualTo(0.75);
        assertThat(board.getDouble("find { it.modelId == 'q' }.costUsd")).isEqualTo(0.5);
    }

    @Test
    void suiteLeaderboardTakesEachModelFromItsLatestRun() {
        String suite = "suite-" + java.util.UUID.randomUUID();
        Scenario older = new Scenario("older", suite);
        List<ResponseReceived> first = new ArrayList<>(older.answers("a", 2, 2, 0, 0));
        first.addAll(older.answers("b", 3, 1, 0, 0));
        runToCompletion(older, List.of("a", "b"), first);
        Scenario newer = new Scenario("newer", suite);
        runToCompletion(newer, List.of("a"), newer.answers("a", 4, 0, 0, 0));

        JsonPath board = given().get("/api/leaderboard?suite={suite}", suite).then().statusCode(200).extract()
                .jsonPath();
        assertThat(board.getList("modelId")).containsExactly("a", "b");
        assertThat(board.getList("runId")).containsExactly(newer.runId, older.runId);
        assertThat(board.getDouble("[0].accuracy")).isEqualTo(1.0);
        assertThat(board.getDouble("[1].accuracy")).isEqualTo(0.75);
        assertThat(board.getInt("[1].n")).isEqualTo(4);
        assertThat(board.getDouble("[1].ciLow")).isLessThan(0.75);
        assertThat(board.getDouble("[1].ciHigh")).isGreaterThan(0.75);
        assertThat(board.getMap("[1].slices")).containsOnlyKeys("even", "odd");
    }

    @Test
    void liveStreamSendsProgressAndMetricsAndEndsWithCompletion() throws Exception {
        Scenario scenario = new Scenario("sse");
        HttpRequest request = HttpRequest.newBuilder(root.resolve("/api/runs/" + scenario.runId + "/events"))
                .header("Accept", "text/event-stream").GET().build();
        HttpClient client = HttpClient.newHttpClient();
        CompletableFuture<List<String>> lines = client.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenApply(response -> {
                    assertThat(response.statusCode()).isEqualTo(200);
                    assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(
                            type -> assertThat(type).startsWith("text/event-stream"));
                    try (Stream<String> body = response.body()) {
                        return body.toList();
                    }
                });

        kafka.plan(scenario.plan(List.of("m"), 4));
        kafka.respond(scenario.answers("m", 3, 1, 0, 0));

        List<String> received = lines.get(WAIT.toSeconds(), TimeUnit.SECONDS); // ends after COMPLETED
        List<JsonNode> progress = data(received, "progress");
        List<JsonNode> metrics = data(received, "metrics");
        assertThat(progress).isNotEmpty();
        JsonNode last = progress.get(progress.size() - 1);
        assertThat(last.get("state").asText()).isEqualTo("COMPLETED");
        assertThat(last.get("planned").asLong()).isEqualTo(4);
        assertThat(last.get("received").asLong()).isEqualTo(4);
        assertThat(last.get("errors").asLong()).isZero();
        assertThat(metrics).isNotEmpty();
        JsonNode board = metrics.get(metrics.size() - 1).get("rows");
        assertThat(board.get(0).get("modelId").asText()).isEqualTo("m");
        assertThat(board.get(0).get("accuracy").asDouble()).isEqualTo(0.75);
        assertThat(board.get(0).get("n").asLong()).isEqualTo(4);

        // A completed run's stream sends its final state at once and ends.
        List<String> again = client.send(request, HttpResponse.BodyHandlers.ofLines()).body().toList();
        assertThat(data(again, "progress")).hasSize(1);
        assertThat(data(again, "progress").get(0).get("state").asText()).isEqualTo("COMPLETED");
    }

    @Test
    void servesTheDashboardOpenApiAndHealth() {
        given().get("/").then().statusCode(200).body(containsString("evalstream"));
        given().get("/app.js").then().statusCode(200);
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(containsString("/api/runs/{runId}/leaderboard"));
        given().get("/q/health/ready").then().statusCode(200);
    }

    /** The JSON data of every event named {@code name} in an SSE body. */
    private static List<JsonNode> data(List<String> lines, String name) throws Exception {
        List<JsonNode> events = new ArrayList<>();
        String event = null;
        for (String line : lines) {
            if (line.startsWith("event:")) {
                event = line.substring("event:".length()).trim();
            } else if (line.startsWith("data:") && name.equals(event)) {
                events.add(JSON.readTree(line.substring("data:".length()).trim()));
            } else if (line.isBlank()) {
                event = null;
            }
        }
        return events;
    }
}
