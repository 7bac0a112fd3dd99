package io.evalstream.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.evalstream.cli.client.ApiException;
import io.evalstream.cli.client.RunWatcher;
import io.evalstream.cli.stack.ServiceName;
import io.evalstream.cli.stack.ServiceProcess;
import io.evalstream.contracts.EventCodec;
import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The three packaged services as separate processes, through the real Kafka broker and PostgreSQL, exactly as
 * {@code evalstream demo} starts them. Strategy: drive the system only through its public surfaces (REST and
 * topics) and check the architecture's invariants from outside: correct scores end to end, exactly-once
 * effect of a redelivered response, poison records dead-lettered without blocking a run.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineEndToEndTest extends EphemeralStackTest {
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(5);

    private KafkaProbe kafka;
    private String demoRunId;

    @BeforeAll
    void openKafkaProbe() {
        kafka = new KafkaProbe(stack.kafkaBootstrapServers());
    }

    @AfterAll
    void closeKafkaProbe() {
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    @Order(1)
    void demoSuiteOnTheBuiltInModels_oracleIsPerfectOnEverySlice() throws Exception {
        JsonNode dataset = api.importDemoSuite();
        JsonNode run = api.createRun(dataset.path("name").asText(), dataset.path("version").asInt(),
                List.of("builtin:oracle", "builtin:random", "builtin:first-option", "builtin:always-true"), "CYCLIC", 1,
                "GENERATE");
        demoRunId = run.path("runId").asText();
        JsonNode result = new RunWatcher(api).awaitCompletion(demoRunId, RUN_TIMEOUT, p -> { });

        assertThat(result.path("state").asText()).isEqualTo("COMPLETED");
        assertThat(result.path("received").asLong()).isEqualTo(run.path("expectedRequests").asLong())
                .isEqualTo(result.path("planned").asLong()).isGreaterThan(0);
        List<JsonNode> oracle = metrics(result, "builtin:oracle");
        assertThat(oracle).extracting(m -> m.path("slice").asText()).contains("all", "self_ref", "control");
        for (JsonNode metric : oracle) {
            assertThat(metric.path("n").asLong()).as(metric.toString()).isGreaterThan(0);
            assertThat(metric.path("value").asDouble()).as(metric.toString()).isEqualTo(1.0);
            assertThat(metric.path("errors").asLong()).isZero();
        }
        JsonNode board = api.leaderboard(demoRunId);
        JsonNode first = board.isArray() ? board.get(0) : board.path("rows").get(0);
        assertThat(first.path("modelId").asText()).isEqualTo("builtin:oracle");
    }

    @Test
    @Order(2)
    void randomModelsIntervalCoversChanceOnTrueFalseItems() throws Exception {
        StringBuilder jsonl = new StringBuilder();
        Random random = new Random(11);
        for (int i = 0; i < 400; i++) {
            jsonl.append("{\"kind\":\"true_false\",\"id\":\"tf").append(i).append("\",\"statement\":\"Statement ")
                    .append(i).append(" holds.\",\"label\":").append(random.nextBoolean()).append(",\"slices\":[\"e2e\"]}\n");
        }
        JsonNode dataset = api.importJsonl("e2e-true-false", jsonl.toString());
        JsonNode run = api.createRun("e2e-true-false", dataset.path("version").asInt(), List.of("builtin:random"),
                "NONE", 1, "GENERATE");
        JsonNode result = new RunWatcher(api).awaitCompletion(run.path("runId").asText(), RUN_TIMEOUT, p -> { });
        JsonNode all = metrics(result, "builtin:random").stream().filter(m -> m.path("slice").asText().equals("all"))
                .findFirst().orElseThrow();
        assertThat(all.path("n").asLong()).isEqualTo(400);
        assertThat(all.path("ciLow").asDouble()).isLessThan(0.5);
        assertThat(all.path("ciHigh").asDouble()).isGreaterThan(0.5);
        assertThat(all.path("ciHigh").asDouble() - all.path("ciLow").asDouble()).isBetween(0.05, 0.15);
    }

    @Test
    @Order(3)
    void redeliveredResponsesLeaveEveryCountUnchanged() throws Exception {
        JsonNode before = api.runResults(demoRunId);
        List<ConsumerRecord<String, String>> responses = new ArrayList<>();
        for (ConsumerRecord<String, String> record : kafka.readAll(Topics.EVAL_RESPONSES)) {
            if (record.value().contains(demoRunId)) {
                responses.add(record);
            }
        }
        assertThat(responses).hasSize((int) before.path("planned").asLong());
        for (ConsumerRecord<String, String> record : responses.subList(0, 50)) {
            ResponseReceived response = EventCodec.decode(record.value(), ResponseReceived.class);
            kafka.send(Topics.EVAL_RESPONSES, null, response.key(), record.value());
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> kafka.lag("scoring-service", Topics.EVAL_RESPONSES) == 0);
        JsonNode after = api.runResults(demoRunId);
        assertThat(after.path("received")).isEqualTo(before.path("received"));
        assertThat(after.path("errors")).isEqualTo(before.path("errors"));
        assertThat(after.path("metrics")).isEqualTo(before.path("metrics"));
    }

    @Test
    @Order(4)
    void poisonRecordsAreDeadLetteredAndTheRunStillCompletes() throws Exception {
        int partitions = kafka.partitions(Topics.EVAL_RESPONSES);
        for (int p = 0; p < partitions; p++) {
            kafka.send(Topics.EVAL_RESPONSES, p, "poison", "{this is not an event " + p);
            kafka.send(Topics.EVAL_REQUESTS, p, "poison", "{\"schema\":99,\"type\":\"EvaluationRequested\"}");
        }
        JsonNode dataset = api.importDemoSuite();
        JsonNode run = api.createRun(dataset.path("name").asText(), dataset.path("version").asInt(),
                List.of("builtin:first-option"), "NONE", 1, "LABEL_PROBS");
        JsonNode result = new RunWatcher(api).awaitCompletion(run.path("runId").asText(), RUN_TIMEOUT, p -> { });
        assertThat(result.path("state").asText()).isEqualTo("COMPLETED");
        assertThat(result.path("received").asLong()).isEqualTo(run.path("expectedRequests").asLong());

        List<ConsumerRecord<String, String>> deadResponses = kafka.readAll(Topics.deadLetter(Topics.EVAL_RESPONSES));
        assertThat(deadResponses).filteredOn(r -> r.value().startsWith("{this is not an event")).hasSize(partitions)
                .allSatisfy(r -> assertThat(KafkaProbe.header(r, "dead-letter-reason")).contains("not JSON"));
        List<ConsumerRecord<String, String>> deadRequests = kafka.readAll(Topics.deadLetter(Topics.EVAL_REQUESTS));
        assertThat(deadRequests).filteredOn(r -> r.value().contains("\"schema\":99")).hasSize(partitions)
                .allSatisfy(r -> assertThat(KafkaProbe.header(r, "dead-letter-reason")).contains("schema 99"));
    }

    @Test
    @Order(5)
    void badImportIsRejectedWholeWithTheLineAtFault() {
        String jsonl = """
                {"kind":"true_false","id":"a","statement":"ok","label":true}
                {"kind":"true_false","id":"b","statement":"ok","label":false}
                {"kind":"true_false","id":"c","statement":"missing label"}
                """;
        try {
            api.importJsonl("e2e-bad", jsonl);
            throw new AssertionError("a bad line must reject the import");
        } catch (ApiException e) {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.getMessage()).contains("line 3").contains("label");
        }
    }

    @Test
    @Order(6)
    void anInstanceStartedLaterJoinsItsConsumerGroupAndAnswersItsShare() throws Exception {
        int consumers = kafka.membersAssigned("inference-service", Topics.EVAL_REQUESTS);
        assertThat(consumers).isPositive();
        ServiceProcess second = stack.addInstance(ServiceName.INFERENCE, System.out);
        assertThat(stack.instances(ServiceName.INFERENCE)).hasSize(2).contains(second);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> kafka.membersAssigned("inference-service", Topics.EVAL_REQUESTS) == 2 * consumers);
        assertThat(responsesAnsweredBy(second)).isZero();

        JsonNode dataset = api.importDemoSuite();
        JsonNode run = api.createRun(dataset.path("name").asText(), dataset.path("version").asInt(),
                List.of("builtin:oracle", "builtin:random"), "CYCLIC", 1, "GENERATE");
        JsonNode result = new RunWatcher(api).awaitCompletion(run.path("runId").asText(), RUN_TIMEOUT, p -> { });
        assertThat(result.path("state").asText()).isEqualTo("COMPLETED");
        assertThat(result.path("received").asLong()).isEqualTo(run.path("expectedRequests").asLong());
        assertThat(result.path("errors").asLong()).isZero();
        // the group gave the new instance partitions of its own: it answered part of the run, not all of it
        assertThat(responsesAnsweredBy(second)).isPositive().isLessThan(run.path("expectedRequests").asDouble());
    }

    /** The responses an inference instance has sent, from its own Prometheus counter. */
    private static double responsesAnsweredBy(ServiceProcess instance) throws Exception {
        return prometheusPage(instance).lines().filter(line -> line.startsWith("evalstream_inference_responses_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private static List<JsonNode> metrics(JsonNode result, String model) {
        List<JsonNode> list = new ArrayList<>();
        result.path("metrics").forEach(m -> {
            if (m.path("modelId").asText().equals(model) && m.path("metric").asText().equals("accuracy")) {
                list.add(m);
            }
        });
        return list;
    }
}
