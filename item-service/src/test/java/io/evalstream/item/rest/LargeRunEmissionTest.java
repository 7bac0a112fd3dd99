package io.evalstream.item.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.evalstream.contracts.Topics;
import io.evalstream.item.support.Jsonl;
import io.evalstream.item.support.TopicTail;
import io.evalstream.localstack.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A large run goes out whole: the bounded-in-flight producer path must not drop or duplicate a request when
 * tens of thousands are in flight. Strategy: plan a 40,000-request run against the real broker; the HTTP call
 * returns only after every acknowledgement, so every record must already be readable. Speed is measured by
 * {@code ./evalstream bench}, not here.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class LargeRunEmissionTest {
    private static final int ITEMS = 10_000;
    private static final int EXPECTED = ITEMS * 4;

    @Test
    void everyPlannedRequestOfALargeRunArrives() {
        String suite = "bulk-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType("application/x-ndjson").body(DatasetResourceTest.utf8(Jsonl.multipleChoice(ITEMS)))
                .post("/api/datasets/{name}/items", suite).then().statusCode(201).body("items", equalTo(ITEMS));

        try (TopicTail requests = TopicTail.open(Topics.EVAL_REQUESTS)) {
            String runId = given().contentType(ContentType.JSON)
                    .body("{\"suite\":\"" + suite + "\",\"models\":[\"builtin:oracle\"],\"permutations\":\"CYCLIC\"}")
                    .when().post("/api/runs")
                    .then().statusCode(201)
                    .body("expectedRequests", equalTo(EXPECTED))
                    .extract().path("runId");
            long received = requests.await(r -> r.key().startsWith(runId + ":"), EXPECTED, Duration.ofSeconds(120))
                    .size();
            assertThat(received).isEqualTo(EXPECTED);
        }
    }
}
