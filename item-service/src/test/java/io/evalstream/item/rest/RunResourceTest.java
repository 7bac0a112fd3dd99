package io.evalstream.item.rest;

import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.EventCodec;
import io.evalstream.contracts.Keys;
import io.evalstream.contracts.RequestIds;
import io.evalstream.contracts.RunPlanned;
import io.evalstream.contracts.Topics;
import io.evalstream.item.run.Run;
import io.evalstream.item.run.RunRecovery;
import io.evalstream.item.run.RunStatus;
import io.evalstream.item.support.Jsonl;
import io.evalstream.item.support.TopicTail;
import io.evalstream.localstack.LocalStackResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Strategy: create runs through HTTP and read what arrived on the real broker with a plain consumer, checking
 * the run's announced count against the requests actually received and every request's identity against
 * {@link RequestIds}. Validation failures are checked as problem documents naming the field.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class RunResourceTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    RunRecovery recovery;

    private static String importDataset(String body) {
        String name = "runs-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType("application/x-ndjson").body(DatasetResourceTest.utf8(body))
                .post("/api/datasets/{name}/items", name).then().statusCode(201);
        return name;
    }

    @Test
    void emitsRunPlannedAndExactlyTheAnnouncedRequests() {
        String suite = importDataset(Jsonl.multipleChoice(5) + Jsonl.trueFalse("tf-1", "Ice is cold.", true));
        long expected = (5 * 4 + 1) * 2 * 2; // (MC items x 4 shifts + TF x 1) x 2 samples x 2 models

        try (TopicTail runs = TopicTail.open(Topics.EVAL_RUNS);
                TopicTail requests = TopicTail.open(Topics.EVAL_REQUESTS)) {
            String runId = given().contentType(ContentType.JSON)
                    .body("{\"suite\":\"" + suite + "\",\"models\":[\"builtin:oracle\",\"builtin:first-option\"],"
                            + "\"permutations\":\"CYCLIC\",\"samples\":2}")
                    .when().post("/api/runs")
                    .then().statusCode(201)
                    .body("runId", org.hamcrest.Matchers.matchesPattern("run-[0-9a-f]{12}"))
                    .body("expectedRequests", equalTo((int) expected))
                    .body("suite", equalTo(suite))
                    .body("version", equalTo(1))
                    .body("status", equalTo("EMITTED"))
                    .extract().path("runId");

            List<ConsumerRecord<String, String>> announced = runs.await(r -> runId.equals(r.key()), 1, WAIT);
            assertThat(announced).hasSize(1);
            RunPlanned planned = EventCodec.decode(announced.get(0).value(), RunPlanned.class);
            assertThat(planned.expectedRequests()).isEqualTo(expected);
            assertThat(planned.models()).containsExactly("builtin:oracle", "builtin:first-option");
            assertThat(planned.suite()).isEqualTo(suite);
            assertThat(planned.variantPlan().permutations()).isEqualTo("CYCLIC");
            assertThat(planned.variantPlan().samples()).isEqualTo(2);

            List<ConsumerRecord<String, String>> received = requests.await(
                    r -> r.key() != null && r.key().startsWith(runId + ":"), expected, WAIT);
            assertThat(received).hasSize((int) planned.expectedRequests());
            List<EvaluationRequested> events = received.stream()
                    .map(r -> EventCodec.decode(r.value(), EvaluationRequested.class)).toList();
            assertThat(events).extracting(EvaluationRequested::requestId).doesNotHaveDuplicates();
            for (int i = 0; i < events.size(); i++) {
                EvaluationRequested e = events.get(i);
                assertThat(e.requestId()).isEqualTo(RequestIds.of(e.runId(), e.itemId(), e.variant().id(), e.sample(),
                        e.model().id(), e.purpose()));
                assertThat(received.get(i).key()).isEqualTo(Keys.itemKey(runId, e.itemId()));
                assertThat(e.model().endpointRef()).isEqualTo(e.model().id());
            }
            EvaluationRequested mc = events.stream().filter(e -> e.itemId().equals("mc-2")
                    && e.variant().id().equals("cyclic-1")).findFirst().orElseThrow();
            assertThat(mc.scoring().slices()).as("slices survive storage").containsExactly("group-2");
            assertThat(mc.scoring().goldIndex()).isEqualTo(2);
            assertThat(mc.scoring().reference()).as("gold 2 shown at position 1 by shift 1").isEqualTo("B");
            assertThat(mc.input().messages().get(0).content()).contains("B. two");
            EvaluationRequested tf = events.stream().filter(e -> e.itemId().equals("tf-1")).findFirst().orElseThrow();
            assertThat(tf.variant().id()).isEqualTo("original");
            assertThat(tf.scoring().reference()).isEqualTo("True");
        }

        given().when().get("/api/runs").then().statusCode(200).body("suite", hasItem(suite));
    }

    @Test
    void unknownModelIsRejectedNamingTheField() {
        String suite = importDataset(Jsonl.trueFalse("tf-1", "Ice is cold.", true));

        given().contentType(ContentType.JSON)
                .body("{\"suite\":\"" + suite + "\",\"models\":[\"no-such-model\",\"builtin:oracle\"]}")
                .when().post("/api/runs")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("models[0]"))
                .body("errors[0].message", containsString("no-such-model"));
    }

    @Test
    void reportsEveryInvalidFieldAtOnce() {
        given().contentType(ContentType.JSON)
                .body("{\"suite\":\"no-such-suite\",\"models\":[],\"permutations\":\"ALL\",\"samples\":0,"
                        + "\"readMode\":\"LOGITS\"}")
                .when().post("/api/runs")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("suite", "models", "permutations",
                        "samples", "readMode"));
    }

    @Test
    void wrongJsonTypesAndUnknownFieldsNameTheField() {
        given().contentType(ContentType.JSON).body("{\"suite\":\"x\",\"models\":[\"builtin:oracle\"],\"samples\":\"two\"}")
                .when().post("/api/runs")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("samples"));
        given().contentType(ContentType.JSON).body("{\"suite\":\"x\",\"models\":[\"builtin:oracle\"],\"permutation\":\"CYCLIC\"}")
                .when().post("/api/runs")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("permutation"))
                .body("errors[0].message", containsString("unknown field"));
        given().contentType(ContentType.JSON).body("{\"suite\": [")
                .when().post("/api/runs")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    private static String register(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/models")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void aRunNeedingACapabilityTheModelLacksIsRefusedNamingModelAndCapability() {
        String suite = importDataset(Jsonl.multipleChoice(2));
        String claude = register("{\"id\":\"anthropic:claude-" + UUID.randomUUID().toString().substring(0, 6)
                + "\",\"provider\":\"anthropic\"}");
        given().contentType(ContentType.JSON)
                .body("{\"suite\":\"" + suite + "\",\"models\":[\"builtin:oracle\",\"" + claude
                        + "\"],\"readMode\":\"LABEL_PROBS\"}")
                .when().post("/api/runs")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("models[1]"))
                .body("errors[0].message", containsString(claude))
                .body("errors[0].message", containsString("label_probs"))
                .body("errors[0].message", containsString("readMode LABEL_PROBS"));

        // n > 1: the built-in models cannot, an openai server registered without n_multiple cannot either
        String noN = register("{\"id\":\"openai:llama-" + UUID.randomUUID().toString().substring(0, 6)
                + "\",\"provider\":\"openai\",\"baseUrl\":\"http://localhost:1/v1\",\"capabilities\":[\"label_probs\"]}");
        given().contentType(ContentType.JSON)
                .body("{\"suite\":\"" + suite + "\",\"models\":[\"builtin:oracle\",\"" + noN + "\"],\"n\":3}")
                .when().post("/api/runs")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.contains("models[0]", "models[1]"))
                .body("errors[1].message", containsString(noN))
                .body("errors[1].message", containsString("n_multiple"))
                .body("errors[1].message", containsString("n = 3"));
        // the same model reads label probabilities, as declared
        given().contentType(ContentType.JSON)
                .body("{\"suite\":\"" + suite + "\",\"models\":[\"" + noN + "\"],\"readMode\":\"LABEL_PROBS\"}")
                .when().post("/api/runs")
                .then().statusCode(201);
    }

    @Test
    void cacheOptOutNPriceAndLimitsTravelInTheRequests() {
        String suite = importDataset(Jsonl.trueFalse("tf-1", "Ice is cold.", true));
        String model = register("{\"id\":\"openai:gpt-" + UUID.randomUUID().toString().substring(0, 6)
                + "\",\"provider\":\"openai\",\"baseUrl\":\"http://localhost:1/v1\","
                + "\"inputUsdPerMillionTokens\":0.15,\"outputUsdPerMillionTokens\":0.6,"
                + "\"limits\":{\"maxConcurrency\":8,\"requestsPerMinute\":500}}");
        try (TopicTail requests = TopicTail.open(Topics.EVAL_REQUESTS)) {
            String runId = given().contentType(ContentType.JSON)
                    .body("{\"suite\":\"" + suite + "\",\"models\":[\"" + model + "\"],\"cache\":false,\"n\":2}")
                    .when().post("/api/runs")
                    .then().statusCode(201).extract().path("runId");
            List<ConsumerRecord<String, String>> received = requests.await(r -> r.key().startsWith(runId + ":"), 1, WAIT);
            EvaluationRequested request = EventCodec.decode(received.get(0).value(), EvaluationRequested.class);
            assertThat(request.cache()).isFalse();
            assertThat(request.cacheAllowed()).isFalse();
            assertThat(request.generation().n()).isEqualTo(2);
            assertThat(request.model().inputUsdPerMillionTokens()).isEqualTo(0.15);
            assertThat(request.model().outputUsdPerMillionTokens()).isEqualTo(0.6);
            assertThat(request.model().limits()).isEqualTo(new io.evalstream.contracts.EndpointLimits(8, 500, null));
        }
        try (TopicTail requests = TopicTail.open(Topics.EVAL_REQUESTS)) {
            String runId = given().contentType(ContentType.JSON)
                    .body("{\"suite\":\"" + suite + "\",\"models\":[\"" + model + "\"]}")
                    .when().post("/api/runs")
                    .then().statusCode(201).extract().path("runId");
            EvaluationRequested request = EventCodec.decode(requests.await(r -> r.key().startsWith(runId + ":"), 1, WAIT)
                    .get(0).value(), EvaluationRequested.class);
            assertThat(request.cache()).as("no choice made: the cache is used").isNull();
            assertThat(request.cacheAllowed()).isTrue();
            assertThat(request.generation().n()).isNull();
        }
    }

    @Test
    void unknownRunIsANotFoundProblem() {
        given().when().get("/api/runs/run-000000000000").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void recoveryReemitsARunLeftPlanningWithTheSameRequestIds() {
        String suite = importDataset(Jsonl.multipleChoice(3));
        String runId = given().contentType(ContentType.JSON)
                .body("{\"suite\":\"" + suite + "\",\"models\":[\"builtin:random\"],\"permutations\":\"CYCLIC\"}")
                .when().post("/api/runs").then().statusCode(201).extract().path("runId");
        // as if the first emission had failed: back to PLANNING with an expired lease
        QuarkusTransaction.requiringNew().run(() -> Run.update(
                "status = ?1, leaseUntil = ?2 where id = ?3", RunStatus.PLANNING, Instant.now().minusSeconds(1), runId));

        try (TopicTail requests = TopicTail.open(Topics.EVAL_REQUESTS)) {
            assertThat(recovery.recoverStuckRuns()).isGreaterThanOrEqualTo(1);

            List<EvaluationRequested> again = requests.await(r -> r.key().startsWith(runId + ":"), 12, WAIT).stream()
                    .map(r -> EventCodec.decode(r.value(), EvaluationRequested.class)).toList();
            assertThat(again).hasSize(3 * 4);
            Set<String> ids = again.stream().map(EvaluationRequested::requestId).collect(Collectors.toSet());
            assertThat(ids).hasSize(12).allSatisfy(id -> assertThat(id).matches("[0-9a-f]{32}"));
            assertThat(again).allSatisfy(e -> assertThat(e.requestId()).isEqualTo(RequestIds.of(runId, e.itemId(),
                    e.variant().id(), e.sample(), e.model().id(), e.purpose())));
        }
        given().when().get("/api/runs/{id}", runId).then().statusCode(200)
                .body("status", equalTo("EMITTED"))
                .body("emitAttempts", equalTo(2));
    }
}
