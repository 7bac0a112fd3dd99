package io.evalstream.scoring.consumer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.evalstream.contracts.EventCodec;
import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.RunState;
import io.evalstream.contracts.RunStatusChanged;
import io.evalstream.contracts.SampleScored;
import io.evalstream.contracts.Topics;
import io.evalstream.localstack.LocalStackResource;
import io.evalstream.scoring.dlq.DeadLetterHeaders;
import io.evalstream.scoring.testing.Scenario;
import io.evalstream.scoring.testing.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The consumers on the real broker and database. Strategy: produce events with a plain Kafka producer as the
 * other services would, then read the results through the REST API and the derived topics. Each test uses a fresh
 * run id, so tests share the broker and the database without interfering.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class ResponseConsumerTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    private TestKafka kafka;

    @BeforeEach
    void connect() {
        kafka = TestKafka.connect();
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    static JsonPath run(String runId) {
        return given().get("/api/runs/{runId}", runId).then().statusCode(200).extract().jsonPath();
    }

    static void awaitState(String runId, RunState state) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> {
            int status = given().get("/api/runs/{runId}", runId).statusCode();
            return status == 200 && state.name().equals(run(runId).getString("state"));
        });
    }

    static Map<String, Object> metric(JsonPath run, String model, String slice) {
        return run.getMap("metrics.find { it.modelId == '" + model + "' && it.slice == '" + slice + "' }");
    }

    @Test
    void scoresARunOfTwoModelsCompletesItAndIgnoresRedelivery() {
        Scenario scenario = new Scenario("complete");
        List<ResponseReceived> responses = new ArrayList<>();
        responses.addAll(scenario.answers("good", 10, 0, 0, 0));
        responses.addAll(scenario.answers("mixed", 6, 2, 1, 1));
        kafka.plan(scenario.plan(List.of("good", "mixed"), responses.size()));
        kafka.respond(responses);

        awaitState(scenario.runId, RunState.COMPLETED);
        JsonPath run = run(scenario.runId);
        assertCounts(run);

        Map<String, Object> good = metric(run, "good", "all");
        assertThat(((Number) good.get("value")).doubleValue()).isEqualTo(1.0);
        assertThat(good).containsEntry("n", 10).containsEntry("correct", 10)
                .containsEntry("metric", "accuracy").containsEntry("scorer", "choice").containsEntry("filter", "letter");
        assertThat(((Number) good.get("ciLow")).doubleValue()).isCloseTo(0.722467, within(1e-5));
        assertThat(((Number) good.get("ciHigh")).doubleValue()).isEqualTo(1.0);

        // mixed: 6 of 8 scored correct; the unreadable answer and the timeout are shown apart, not as wrong.
        Map<String, Object> mixed = metric(run, "mixed", "all");
        assertThat(mixed).containsEntry("n", 8).containsEntry("total", 10).containsEntry("correct", 6)
                .containsEntry("unscored", 1).containsEntry("errors", 1);
        assertThat(((Number) mixed.get("value")).doubleValue()).isEqualTo(0.75);
        assertThat(((Number) mixed.get("ciLow")).doubleValue()).isCloseTo(0.409275, within(1e-5));
        assertThat(((Number) mixed.get("ciHigh")).doubleValue()).isCloseTo(0.928521, within(1e-5));
        // items 0..9 alternate even/odd: mixed answered items 0-5 right, 6-7 wrong, 8 unreadable, 9 timed out.
        assertThat(metric(run, "mixed", "even")).containsEntry("n", 4).containsEntry("correct", 3);
        assertThat(metric(run, "mixed", "odd")).containsEntry("n", 4).containsEntry("correct", 3)
                .containsEntry("errors", 1);

        JsonPath board = given().get("/api/runs/{runId}/leaderboard", scenario.runId).then().statusCode(200)
                .extract().jsonPath();
        assertThat(board.getList("modelId")).containsExactly("good", "mixed");
        assertThat(board.getList("rank")).containsExactly(1, 2);
        assertThat(board.getInt("[1].slices.even.n")).isEqualTo(4);

        // Redeliver every response: scores are published again (at least once), counts do not move.
        kafka.respond(responses);
        List<ConsumerRecord<String, String>> scores = kafka.read(Topics.EVAL_SCORES,
                r -> scenario.runId.equals(TestKafka.decode(r, SampleScored.class).runId()), 2 * responses.size(),
                WAIT, Duration.ofMillis(500));
        assertThat(scores).hasSizeGreaterThanOrEqualTo(2 * responses.size());
        assertThat(scores).allSatisfy(r -> assertThat(r.key()).startsWith(scenario.runId + ":item-"));
        assertCounts(run(scenario.runId));
        assertThat(metric(run(scenario.runId), "mixed", "all")).containsEntry("n", 8).containsEntry("total", 10);

        List<RunStatusChanged> completions = kafka.read(Topics.EVAL_RUN_STATUS,
                r -> scenario.runId.equals(r.key()), 1, WAIT, Duration.ofSeconds(1)).stream()
                .map(r -> TestKafka.decode(r, RunStatusChanged.class))
                .filter(s -> s.state() == RunState.COMPLETED).toList();
        assertThat(completions).hasSize(1);
        assertThat(completions.get(0).received()).isEqualTo(20);
        assertThat(completions.get(0).planned()).isEqualTo(20);
    }

    private static void assertCounts(JsonPath run) {
        assertThat(run.getString("state")).isEqualTo("COMPLETED");
        assertThat(run.getInt("planned")).isEqualTo(20);
        assertThat(run.getInt("received")).isEqualTo(20);
        assertThat(run.getInt("errors")).isEqualTo(1);
        assertThat(run.getList("models")).containsExactly("good", "mixed");
    }

    @Test
    void responsesArrivingBeforeTheirPlanStillCompleteTheRun() {
        Scenario scenario = new Scenario("late-plan");
        List<ResponseReceived> responses = scenario.answers("m", 3, 1, 0, 0);
        kafka.respond(responses);

        await().atMost(WAIT).until(() -> given().get("/api/runs/{runId}", scenario.runId).statusCode() == 200
                && run(scenario.runId).getInt("received") == 4);
        JsonPath waiting = run(scenario.runId);
        assertThat(waiting.getString("state")).isEqualTo("RUNNING");
        assertThat(waiting.getString("planned")).isNull();
        assertThat(waiting.getString("suite")).isNull();

        kafka.plan(scenario.plan(List.of("m"), 4));
        awaitState(scenario.runId, RunState.COMPLETED);
        JsonPath done = run(scenario.runId);
        assertThat(done.getString("suite")).isEqualTo(scenario.suite);
        assertThat(done.getInt("planned")).isEqualTo(4);
        assertThat(metric(done, "m", "all")).containsEntry("n", 4).containsEntry("correct", 3);
    }

    @Test
    void aPoisonRecordIsDeadLetteredAndItsPartitionMovesOn() {
        Scenario scenario = new Scenario("poison");
        List<ResponseReceived> responses = scenario.answers("m", 2, 0, 0, 0);
        String garbage = "{not json at all " + scenario.runId;
        String invalid = EventCodec.encode(responses.get(1)).replace("\"runId\":\"" + scenario.runId + "\",", "");
        kafka.plan(scenario.plan(List.of("m"), 2));

        // Same key as the valid responses: same partition, garbage first.
        String key = responses.get(0).key();
        RecordMetadata poisoned = kafka.send(Topics.EVAL_RESPONSES, key, garbage);
        kafka.send(Topics.EVAL_RESPONSES, key, invalid);
        kafka.send(Topics.EVAL_RESPONSES, key, EventCodec.encode(responses.get(0)));
        kafka.send(Topics.EVAL_RESPONSES, key, EventCodec.encode(responses.get(1)));

        awaitState(scenario.runId, RunState.COMPLETED);
        assertThat(metric(run(scenario.runId), "m", "all")).containsEntry("n", 2).containsEntry("correct", 2);

        List<ConsumerRecord<String, String>> dead = kafka.read(Topics.deadLetter(Topics.EVAL_RESPONSES),
                r -> key.equals(r.key()), 2, WAIT, Duration.ofMillis(200));
        // Two batches may be scored at once (ordered=false), so the two dead letters may be written in either order.
        assertThat(dead).extracting(ConsumerRecord::value).containsExactlyInAnyOrder(garbage, invalid);
        ConsumerRecord<String, String> first = dead.stream().filter(r -> r.value().equals(garbage)).findFirst().orElseThrow();
        ConsumerRecord<String, String> second = dead.stream().filter(r -> r.value().equals(invalid)).findFirst().orElseThrow();
        assertThat(header(first, DeadLetterHeaders.REASON)).startsWith("not JSON");
        assertThat(header(first, DeadLetterHeaders.CAUSE)).isNotBlank();
        assertThat(header(first, DeadLetterHeaders.TOPIC)).isEqualTo(Topics.EVAL_RESPONSES);
        assertThat(header(first, DeadLetterHeaders.PARTITION)).isEqualTo(Integer.toString(poisoned.partition()));
        assertThat(header(first, DeadLetterHeaders.OFFSET)).isEqualTo(Long.toString(poisoned.offset()));
        assertThat(header(second, DeadLetterHeaders.REASON)).contains("runId");
    }

    @Test
    void anUnexpectedEventOnEvalRunsIsDeadLettered() {
        String runId = "wrong-type-" + java.util.UUID.randomUUID();
        ResponseReceived response = new Scenario("x").answers("m", 1, 0, 0, 0).get(0);
        kafka.send(Topics.EVAL_RUNS, runId, EventCodec.encode(response));
        List<ConsumerRecord<String, String>> dead = kafka.read(Topics.deadLetter(Topics.EVAL_RUNS),
                r -> runId.equals(r.key()), 1, WAIT, Duration.ZERO);
        assertThat(dead).hasSize(1);
        assertThat(header(dead.get(0), DeadLetterHeaders.REASON)).contains("unexpected event type ResponseReceived");
    }

    @Test
    void aCancelledRunStaysCancelled() {
        Scenario scenario = new Scenario("cancel");
        kafka.plan(scenario.plan(List.of("m"), 10));
        kafka.respond(scenario.answers("m", 1, 0, 0, 0));
        await().atMost(WAIT).until(() -> given().get("/api/runs/{runId}", scenario.runId).statusCode() == 200
                && run(scenario.runId).getInt("received") == 1);
        kafka.cancel(io.evalstream.contracts.RunCancelled.of(scenario.runId, "user"));
        awaitState(scenario.runId, RunState.CANCELLED);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
