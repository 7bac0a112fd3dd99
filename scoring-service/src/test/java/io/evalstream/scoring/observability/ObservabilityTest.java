package io.evalstream.scoring.observability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.evalstream.localstack.LocalStackResource;
import io.evalstream.scoring.testing.Scenario;
import io.evalstream.scoring.testing.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What other dashboards read: Prometheus meters at /q/metrics after real traffic (a run through the broker and the
 * database, HTTP requests) and the OpenAPI document at /q/openapi. Strategy: cause the traffic, then look for the
 * named series with the labels and values that traffic must have produced.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class ObservabilityTest {
    private static final Duration WAIT = Duration.ofSeconds(90);

    @Test
    void metricsExposeServiceAndPerRunEvaluationMeters() {
        Scenario scenario = new Scenario("metrics");
        try (TestKafka kafka = TestKafka.connect()) {
            kafka.plan(scenario.plan(List.of("m"), 4));
            kafka.respond(scenario.answers("m", 3, 1, 0, 0));
        }
        await().atMost(WAIT).until(() -> "COMPLETED".equals(given().get("/api/runs/{id}", scenario.runId)
                .jsonPath().getString("state")));
        given().get("/api/runs/{id}/leaderboard", scenario.runId).then().statusCode(200);
        given().get("/api/runs/{id}", "no-such-run").then().statusCode(404);

        String run = "run=\"" + scenario.runId + "\"";
        await().atMost(WAIT).untilAsserted(() -> {
            String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
            assertThat(metrics)
                    .contains("evalstream_run_accuracy{model=\"m\"," + run + "} 0.75")
                    .contains("evalstream_run_accuracy_n{model=\"m\"," + run + "} 4.0")
                    .contains("evalstream_run_accuracy_ci_low{model=\"m\"," + run + "}")
                    .contains("evalstream_run_accuracy_ci_high{model=\"m\"," + run + "}")
                    .contains("evalstream_run_progress{" + run + "} 1.0")
                    .contains("evalstream_run_received{" + run + "} 4.0")
                    .contains("evalstream_scoring_responses_total{outcome=\"stored\"}")
                    .contains("evalstream_scoring_batch_seconds_count")
                    .contains("http_server_requests_seconds_count{method=\"GET\",outcome=\"CLIENT_ERROR\"")
                    .contains("http_server_active_requests")
                    .contains("kafka_consumer_fetch_manager_records_lag_max");
        });
    }

    @Test
    void openApiDocumentsResultsLeaderboardsAndDrillDown() {
        JsonPath openapi = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract()
                .jsonPath();
        Map<String, Object> paths = openapi.getMap("paths");
        assertThat(paths).containsKeys("/api/runs", "/api/runs/{runId}", "/api/runs/{runId}/leaderboard",
                "/api/leaderboard", "/api/runs/{runId}/items", "/api/runs/{runId}/items/{requestId}",
                "/api/runs/{runId}/latency", "/api/runs/{runId}/selection-bias", "/api/runs/{runId}/errors",
                "/api/events");
        assertThat(openapi.getString("info.title")).contains("scoring-service");
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
