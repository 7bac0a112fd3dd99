package io.evalstream.item.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.Event;
import io.evalstream.contracts.EventCodec;
import io.evalstream.contracts.RunCancelled;
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
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Cancel and resume over HTTP, reading what reached the real broker: a cancel puts {@code RunCancelled} on
 * {@code eval-runs}; a resume emits a newer {@code RunPlanned} with the same count and exactly the same request
 * ids again, with event times after the cancellation (which is what inference-service goes by). Wrong states are
 * 409 problems, unknown runs 404.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class CancelResumeTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void cancelThenResumeReEmitsTheSameRequestsAfterTheCancellation() {
        String suite = "cancel-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType("application/x-ndjson").body(DatasetResourceTest.utf8(Jsonl.multipleChoice(4)))
                .post("/api/datasets/{name}/items", suite).then().statusCode(201);
        try (TopicTail runs = TopicTail.open(Topics.EVAL_RUNS);
                TopicTail requests = TopicTail.open(Topics.EVAL_REQUESTS)) {
            String runId = given().contentType(ContentType.JSON)
                    .body("{\"suite\":\"" + suite + "\",\"models\":[\"builtin:oracle\"]}")
                    .post("/api/runs").then().statusCode(201).extract().path("runId");
            List<ConsumerRecord<String, String>> first = requests.await(r -> r.key().startsWith(runId + ":"), 4, WAIT);
            assertThat(first).hasSize(4);

            given().post("/api/runs/{id}/cancel?reason=too slow", runId).then().statusCode(200)
                    .body("status", equalTo("CANCELLED")).body("cancelledAt", org.hamcrest.Matchers.notNullValue());
            given().post("/api/runs/{id}/cancel", runId).then().statusCode(409)
                    .contentType(startsWith("application/problem+json"))
                    .body("detail", containsString("already cancelled"));
            given().get("/api/runs/{id}", runId).then().body("status", equalTo("CANCELLED"));

            given().post("/api/runs/{id}/resume", runId).then().statusCode(200).body("status", equalTo("EMITTED"))
                    .body("expectedRequests", equalTo(4));
            given().post("/api/runs/{id}/resume", runId).then().statusCode(409)
                    .contentType(startsWith("application/problem+json"))
                    .body("detail", containsString("only a CANCELLED run can be resumed"));

            List<Event> runEvents = runs.await(r -> runId.equals(r.key()), 3, WAIT).stream()
                    .map(r -> EventCodec.decode(r.value())).toList();
            assertThat(runEvents).hasSize(3);
            assertThat(runEvents.get(0)).isInstanceOf(RunPlanned.class);
            RunCancelled cancelled = (RunCancelled) runEvents.get(1);
            assertThat(cancelled.reason()).isEqualTo("too slow");
            RunPlanned resumed = (RunPlanned) runEvents.get(2);
            assertThat(resumed.expectedRequests()).isEqualTo(4);
            assertThat(resumed.occurredAt()).isAfter(cancelled.occurredAt());

            List<EvaluationRequested> again = requests.await(r -> r.key().startsWith(runId + ":"), 4, WAIT).stream()
                    .map(r -> EventCodec.decode(r.value(), EvaluationRequested.class)).toList();
            assertThat(again).hasSize(4);
            Set<String> firstIds = first.stream()
                    .map(r -> EventCodec.decode(r.value(), EvaluationRequested.class).requestId())
                    .collect(Collectors.toSet());
            assertThat(again).extracting(EvaluationRequested::requestId).containsExactlyInAnyOrderElementsOf(firstIds);
            assertThat(again).allSatisfy(r -> assertThat(r.occurredAt()).isAfter(cancelled.occurredAt()));
        }
    }

    @Test
    void unknownRunsAreNotFoundProblems() {
        given().post("/api/runs/{id}/cancel", "run-000000000000").then().statusCode(404)
                .contentType(startsWith("application/problem+json")).body("status", equalTo(404));
        given().post("/api/runs/{id}/resume", "run-000000000000").then().statusCode(404);
    }
}
