package io.evalstream.scoring.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.evalstream.contracts.EventCodec;
import io.evalstream.localstack.LocalStackResource;
import io.evalstream.scoring.scorer.Responses;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Response import on the real broker and database: files posted to {@code /api/imports/{format}} become a run whose
 * responses go through Kafka, the scorers and the store, and the {@code alpaca_eval} report section reads the stored
 * rows. Figures are worked by hand (see {@link #annotationsAreScoredThroughThePipeline()}) or published.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class ResponseImportTest {
    private static final Duration WAIT = Duration.ofSeconds(120);

    private static String post(String format, Map<String, String> files) {
        List<Map<String, String>> list = files.entrySet().stream()
                .map(e -> Map.of("name", e.getKey(), "content", e.getValue())).toList();
        return given().contentType(ContentType.JSON).body(Map.of("files", list)).post("/api/imports/{f}", format)
                .then().statusCode(201).extract().jsonPath().getString("runId");
    }

    private static JsonPath completedReport(String runId) {
        await().atMost(WAIT).until(() -> "COMPLETED".equals(
                given().get("/api/runs/{id}", runId).jsonPath().getString("state")));
        return given().get("/api/runs/{id}/report/alpaca_eval", runId).then().statusCode(200).extract().jsonPath();
    }

    /**
     * m1's preferences 2.0, "1.0", "1.75", null (unannotated), 0 (draw) and "n/a" (unannotated): p - 1 =
     * [1, 0, 0.75, 0.5, 0.5, 0.5], mean 3.25 / 6 -> WR 54.1667; deviations 0.4583, -0.5417, 0.2083, -0.0417 x 3:
     * sum of squares 0.210069 + 0.293403 + 0.043403 + 3 x 0.001736 = 0.552083, SD sqrt(0.552083 / 5) = 0.332290,
     * SE = 100 x 0.332290 / sqrt 6 = 13.5657. Wins 2, losses 1, draws 3 (2 of them unannotated).
     */
    @Test
    void annotationsAreScoredThroughThePipeline() {
        String m2 = "[{\"instruction\": \"q1\", \"output_1\": \"a\", \"output_2\": \"bb\", \"generator_2\": \"m2\","
                + " \"generator_1\": \"gpt4_1106_preview\", \"preference\": 1.0},"
                + " {\"instruction\": \"q2\", \"output_1\": \"a\", \"output_2\": \"b\", \"generator_2\": \"m2\","
                + " \"preference\": 2.0}]";
        String runId = post("alpaca-eval", Map.of("m1.json", AlpacaEvalFormatTest.M1, "m2.json", m2));
        JsonPath report = completedReport(runId);
        assertThat(report.getString("scorer")).isEqualTo("alpaca-eval-preference");
        assertThat(report.getString("baseline")).isEqualTo("gpt4_1106_preview");
        assertThat(report.getList("models.model")).containsExactly("m1", "m2");
        assertThat(report.getInt("models[0].n")).isEqualTo(6);
        assertThat(report.getDouble("models[0].winRate")).isCloseTo(54.16667, within(1e-4));
        assertThat(report.getDouble("models[0].standardError")).isCloseTo(13.5657, within(1e-3));
        assertThat(report.getInt("models[0].wins")).isEqualTo(2);
        assertThat(report.getInt("models[0].losses")).isEqualTo(1);
        assertThat(report.getInt("models[0].draws")).isEqualTo(3);
        assertThat(report.getInt("models[0].unannotated")).isEqualTo(2);
        assertThat(report.getDouble("models[0].ci95Low")).isLessThan(54.16667);
        assertThat(report.getDouble("models[1].winRate")).isCloseTo(50.0, within(1e-9));
        assertThat(report.getDouble("models[1].lengthControlledWinRate")).isBetween(0.0, 100.0);
        // the leaderboard counts the same rows: the mean score is WR / 100
        given().get("/api/runs/{id}", runId).then().statusCode(200).body("planned", equalTo(8)).body("received", equalTo(8));
    }

    @Test
    void aBadFileIsAProblemNamingFileRowAndFieldAndNothingIsImported() {
        String bad = "[{\"instruction\": \"q1\", \"generator_2\": \"m\", \"preference\": 7}]";
        List<Map<String, String>> files = List.of(Map.of("name", "bad.json", "content", bad));
        given().contentType(ContentType.JSON).body(Map.of("files", files)).post("/api/imports/alpaca-eval").then()
                .statusCode(400).contentType(containsString("application/problem+json"))
                .body("detail", containsString("bad.json line 1, preference"))
                .body("errors[0].line", equalTo(1)).body("errors[0].field", equalTo("preference"));
        given().contentType(ContentType.JSON).body(Map.of("files", files)).post("/api/imports/nonsense").then()
                .statusCode(400).body("detail", containsString("alpaca-eval"));
    }

    /** A multiple-choice response exported as JSONL is scored by the live multiple-choice scorer in the new run. */
    @Test
    void responsesJsonlIsScoredByTheLiveScorers() {
        String right = EventCodec.encode(Responses.choiceText("The answer is B", "B"));
        String wrong = EventCodec.encode(Responses.ok(Responses.request("run-x", "item-2", "model-1",
                "multiple_choice", "GENERATE", "C", Responses.ABCD, List.of()), "A", List.of()));
        String runId = post("responses", Map.of("exported.jsonl", right + "\n\n" + wrong + "\n"));
        await().atMost(WAIT).until(() -> "COMPLETED".equals(
                given().get("/api/runs/{id}", runId).jsonPath().getString("state")));
        JsonPath run = given().get("/api/runs/{id}", runId).jsonPath();
        assertThat(run.getString("suite")).isEqualTo("import:responses");
        assertThat(run.prettify()).contains("model-1");

        given().contentType(ContentType.JSON).body(Map.of("files", List.of(Map.of("name", "x.jsonl", "content",
                right + "\n{\"schema\":1}\n")))).post("/api/imports/responses").then().statusCode(400)
                .body("errors[0].line", equalTo(2)).body("errors[0].message", containsString("x.jsonl"));
    }

    /** A published annotation file, through the pipeline: the leaderboard's win rate to 1e-4. */
    @Test
    void aPublishedFileReproducesTheLeaderboard() throws IOException {
        String configured = System.getProperty("evalstream.datasets");
        Path datasets = configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "datasets");
        Path file = datasets.resolve("alpaca-eval").resolve("annotations")
                .resolve("alpaca-7b.json");
        assumeTrue(Files.isRegularFile(file), "AlpacaEval annotations not found at " + file.toAbsolutePath()
                + "; skipping the published-number check");
        String runId = post("alpaca-eval", Map.of("alpaca-7b.json", Files.readString(file)));
        JsonPath report = completedReport(runId);
        assertThat(report.getInt("models[0].n")).isEqualTo(805);
        assertThat(report.getDouble("models[0].winRate")).isCloseTo(2.5914505, within(1e-4));
        assertThat(report.getInt("models[0].unannotated")).isZero();
    }
}
