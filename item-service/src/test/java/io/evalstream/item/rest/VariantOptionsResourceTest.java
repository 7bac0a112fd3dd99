package io.evalstream.item.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.evalstream.contracts.EventCodec;
import io.evalstream.contracts.RunPlanned;
import io.evalstream.contracts.Topics;
import io.evalstream.item.support.Jsonl;
import io.evalstream.item.support.TopicTail;
import io.evalstream.localstack.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The variant options of {@code POST /api/runs} through HTTP: bad options are problem+json documents naming each
 * field; a PriDe run announces its 5% calibration plan with the expected count and stores its options in the
 * variant plan, so recovery replans it the same way.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class VariantOptionsResourceTest {
    private static final Duration WAIT = Duration.ofSeconds(90);

    private static String importDataset(String body) {
        String name = "variants-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType("application/x-ndjson").body(DatasetResourceTest.utf8(body))
                .post("/api/datasets/{name}/items", name).then().statusCode(201);
        return name;
    }

    @Test
    void badVariantOptionsNameTheirFields() {
        String suite = importDataset(Jsonl.multipleChoice(4));
        given().contentType(ContentType.JSON)
                .body("{\"suite\":\"" + suite + "\",\"models\":[\"builtin:oracle\"],\"debias\":\"pride\","
                        + "\"readMode\":\"GENERATE\",\"calibrationShare\":0,\"permutations\":\"CYCLIC\"}")
                .when().post("/api/runs")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("debias", "calibrationShare", "permutations"));
        given().contentType(ContentType.JSON)
                .body("{\"suite\":\"" + suite + "\",\"models\":[\"builtin:oracle\"],\"templates\":[\"few-shot\","
                        + "\"nope\"],\"fewShot\":0,\"temperature\":0,\"permutationSamples\":3,"
                        + "\"permutations\":\"gold_at:x\"}")
                .when().post("/api/runs")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("templates[1]", "fewShot", "temperature",
                        "permutationSamples", "permutations"));
        given().contentType(ContentType.JSON)
                .body("{\"suite\":\"" + suite + "\",\"models\":[\"builtin:oracle\"],\"permutations\":\"gold_at:4\"}")
                .when().post("/api/runs")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("permutations"))
                .body("errors[0].message", containsString("mc-0"))
                .body("errors[0].message", containsString("gold_at:4"));
        given().contentType(ContentType.JSON)
                .body("{\"suite\":\"" + suite + "\",\"models\":[\"builtin:oracle\"],\"templates\":[\"few-shot\"],"
                        + "\"fewShot\":5}")
                .when().post("/api/runs")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("fewShot"));
    }

    @Test
    void aPrideRunAnnouncesItsCalibrationPlan() {
        String suite = importDataset(Jsonl.multipleChoice(100));
        try (TopicTail runs = TopicTail.open(Topics.EVAL_RUNS)) {
            String runId = given().contentType(ContentType.JSON)
                    .body("{\"suite\":\"" + suite + "\",\"models\":[\"builtin:first-option\"],\"readMode\":\"LABEL_PROBS\","
                            + "\"debias\":\"pride\",\"seed\":3}")
                    .when().post("/api/runs")
                    .then().statusCode(201)
                    .body("expectedRequests", equalTo(5 * 4 + 95))
                    .extract().path("runId");
            List<ConsumerRecord<String, String>> announced = runs.await(r -> runId.equals(r.key()), 1, WAIT);
            RunPlanned planned = EventCodec.decode(announced.get(0).value(), RunPlanned.class);
            assertThat(planned.variantPlan().debias()).isEqualTo("pride");
            assertThat(planned.variantPlan().calibrationShare()).isEqualTo(0.05);
            assertThat(planned.variantPlan().seed()).isEqualTo(3L);
        }
    }
}
