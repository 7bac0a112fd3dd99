package io.evalstream.scoring.consumer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.evalstream.contracts.EventCodec;
import io.evalstream.contracts.ResponseReceived;
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
import org.junit.jupiter.api.Test;

/**
 * Correctness at volume: thousands of responses across all partitions, scored by batches that run two at a
 * time, must be counted exactly once each. Strategy: send 2 x {@link #ITEMS} responses as fast as the producer
 * can and check every count to the unit. Speed is measured by {@code ./evalstream bench}, not here.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class VolumeTest {
    private static final int ITEMS = 5_000;

    @Test
    void everyResponseOfALargeRunIsCountedExactlyOnce() {
        Scenario scenario = new Scenario("volume");
        List<String> keys = new ArrayList<>(2 * ITEMS);
        List<String> payloads = new ArrayList<>(2 * ITEMS);
        for (String model : List.of("fast-a", "fast-b")) {
            for (int item = 0; item < ITEMS; item++) {
                ResponseReceived response = scenario.text(model, item, item % 4 == 0 ? "Answer: C" : "Answer: B");
                keys.add(response.key());
                payloads.add(EventCodec.encode(response));
            }
        }
        try (TestKafka kafka = TestKafka.connect()) {
            kafka.plan(scenario.plan(List.of("fast-a", "fast-b"), keys.size()));
            kafka.sendAll(Topics.EVAL_RESPONSES, keys, payloads);
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).until(() ->
                    "COMPLETED".equals(given().get("/api/runs/{id}", scenario.runId).jsonPath().getString("state")));
        }
        JsonPath run = given().get("/api/runs/{id}", scenario.runId).jsonPath();
        assertThat(run.getLong("received")).isEqualTo(2L * ITEMS);
        assertThat(run.getLong("planned")).isEqualTo(2L * ITEMS);
        JsonPath board = given().get("/api/runs/{id}/leaderboard", scenario.runId).jsonPath();
        for (int row = 0; row < 2; row++) {
            assertThat(board.getLong("[" + row + "].n")).isEqualTo(ITEMS);
            assertThat(board.getLong("[" + row + "].correct")).isEqualTo(ITEMS * 3L / 4);
            assertThat(board.getDouble("[" + row + "].accuracy")).isEqualTo(0.75);
        }
    }
}
