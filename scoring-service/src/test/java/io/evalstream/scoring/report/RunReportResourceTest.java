package io.evalstream.scoring.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.TokenLogprob;
import io.evalstream.contracts.TopLogprob;
import io.evalstream.localstack.LocalStackResource;
import io.evalstream.scoring.scorer.Responses;
import io.evalstream.scoring.testing.Scenario;
import io.evalstream.scoring.testing.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The run report's read path on the real broker and database: label-probability responses go through Kafka, the
 * scorer stores the label distribution as the score's details, and a report section ({@link GoldMassReport})
 * reads it back. The gold probabilities are chosen so the sums are known: 0.7 + 0.2 for model m1 (two items),
 * 0.5 for m2 (one item).
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class RunReportResourceTest {
    private static final Duration WAIT = Duration.ofSeconds(90);

    private TestKafka kafka;

    @BeforeEach
    void connect() {
        kafka = TestKafka.connect();
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    void theReportReadsTheLabelDistributionsTheScorerStored() {
        Scenario scenario = new Scenario("report");
        List<ResponseReceived> responses = new ArrayList<>();
        // m1 item-0: gold B at 0.7 of the renormalised mass (A 0.3); item-1: gold B at 0.2 (A 0.8)
        responses.add(probs(scenario, "m1", 0, 0.3, 0.7));
        responses.add(probs(scenario, "m1", 1, 0.8, 0.2));
        responses.add(probs(scenario, "m2", 0, 0.5, 0.5));
        kafka.plan(scenario.plan(List.of("m1", "m2"), responses.size()));
        kafka.respond(responses);
        await().atMost(WAIT).until(() -> "COMPLETED".equals(
                given().get("/api/runs/{id}", scenario.runId).jsonPath().getString("state")));

        var report = given().get("/api/runs/{id}/report", scenario.runId).then().statusCode(200).extract().jsonPath();
        assertThat(report.getString("runId")).isEqualTo(scenario.runId);
        assertThat(report.getDouble("sections.test_gold_mass.m1[0]")).isEqualTo(2.0);
        assertThat(report.getDouble("sections.test_gold_mass.m1[1]")).isCloseTo(0.9, within(1e-9));
        assertThat(report.getDouble("sections.test_gold_mass.m2[1]")).isCloseTo(0.5, within(1e-9));

        given().get("/api/runs/{id}/report/test_gold_mass", scenario.runId).then().statusCode(200)
                .body("m2[0]", equalTo(1.0f));
    }

    @Test
    void unknownRunsAndSectionsAreNotFoundProblems() {
        given().get("/api/runs/{id}/report", "no-such-run").then().statusCode(404)
                .contentType(containsString("application/problem+json")).body("detail", containsString("no-such-run"));

        Scenario scenario = new Scenario("report-empty");
        kafka.plan(scenario.plan(List.of("m1"), 1));
        kafka.respond(List.of(scenario.text("m1", 0, "Answer: B")));
        await().atMost(WAIT).until(() -> given().get("/api/runs/{id}", scenario.runId).statusCode() == 200);
        given().get("/api/runs/{id}/report/nonsense", scenario.runId).then().statusCode(404)
                .body("detail", containsString("test_gold_mass"));
        // a generate-mode run stores no label distribution: the section exists but has no data for it (other
        // sections, such as accuracy for any multiple-choice run, may)
        await().atMost(WAIT).until(() -> "COMPLETED".equals(
                given().get("/api/runs/{id}", scenario.runId).jsonPath().getString("state")));
        given().get("/api/runs/{id}/report", scenario.runId).then().statusCode(200)
                .body("sections.test_gold_mass", org.hamcrest.Matchers.nullValue());
        given().get("/api/runs/{id}/report/test_gold_mass", scenario.runId).then().statusCode(404);
    }

    private static ResponseReceived probs(Scenario scenario, String model, int item, double pA, double pB) {
        List<TopLogprob> top = List.of(Responses.top("A", pA), Responses.top("B", pB));
        TopLogprob first = pA >= pB ? top.get(0) : top.get(1);
        return Responses.ok(Responses.request(scenario.runId, "item-" + item, model, "multiple_choice",
                "LABEL_PROBS", "B", List.of("A", "B"), List.of()), first.token(),
                List.of(new TokenLogprob(first.token(), first.logprob(), top)));
    }
}
