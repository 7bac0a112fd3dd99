package io.evalstream.inference.it;

import static io.evalstream.inference.TestRequests.ABCD;
import static io.evalstream.inference.TestRequests.builtin;
import static org.assertj.core.api.Assertions.assertThat;

import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.EventCodec;
import io.evalstream.contracts.Generation;
import io.evalstream.contracts.ModelRef;
import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.ResponseStatus;
import io.evalstream.contracts.Topics;
import io.evalstream.inference.KafkaTestClients;
import io.evalstream.inference.TestRequests;
import io.evalstream.localstack.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The service through the real broker and database: requests produced with a plain KafkaProducer to
 * {@code eval-requests}, responses read with a plain KafkaConsumer from {@code eval-responses}. Each test uses
 * a fresh run id and filters on it, because the broker is shared by every test of the JVM.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class InferencePipelineTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @TestHTTPResource("/")
    URL base;

    @Test
    void everyRequestGetsExactlyOneResponseAndTheOracleIsRight() throws Exception {
        String runId = "run-" + UUID.randomUUID();
        List<String> models = List.of("oracle", "random", "first-option", "always-true");
        List<EvaluationRequested> requests = new ArrayList<>();
        for (int item = 0; item < 50; item++) {
            for (String model : models) {
                Generation generation = item % 2 == 0 ? Generation.greedy(16) : Generation.labelProbabilities(20);
                requests.add(TestRequests.multipleChoice(runId, "item-" + item, builtin(model), ABCD.get(item % 4),
                        generation));
            }
        }
        send(requests);

        Map<String, ResponseReceived> responses = responsesOf(runId, requests.size());

        assertThat(responses.keySet()).containsExactlyInAnyOrderElementsOf(
                requests.stream().map(EvaluationRequested::requestId).toList());
        Map<String, EvaluationRequested> byId = requests.stream()
                .collect(Collectors.toMap(EvaluationRequested::requestId, Function.identity()));
        for (ResponseReceived response : responses.values()) {
            EvaluationRequested request = byId.get(response.requestId());
            assertThat(response.status()).isEqualTo(ResponseStatus.OK);
            assertThat(response.key()).isEqualTo(request.key());
            assertThat(response.scoring()).isEqualTo(request.scoring());
            assertThat(response.modelId()).isEqualTo(request.model().id());
            assertThat(response.output().logprobs()).hasSize(request.generation().logprobs() ? 1 : 0);
            if (request.model().id().equals("builtin:oracle")) {
                assertThat(response.output().text())
                        .matches("(Answer: |The answer is )?" + request.scoring().reference() + "\\.?");
            }
        }

        String calls = get("api/runs/" + runId + "/model-calls");
        for (String model : models) {
            assertThat(calls).contains("\"modelId\":\"builtin:" + model + "\",\"status\":\"OK\",\"calls\":50");
        }
    }

    @Test
    void unknownModelsAndProvidersEndInUnsupportedErrors() throws Exception {
        String runId = "run-" + UUID.randomUUID();
        EvaluationRequested unknownModel = TestRequests.multipleChoice(runId, "item-1", builtin("gpt-17"), "A");
        EvaluationRequested unknownProvider = TestRequests.multipleChoice(runId, "item-2",
                new ModelRef("acme:m", "acme", null, "m"), "A");
        send(List.of(unknownModel, unknownProvider));

        Map<String, ResponseReceived> responses = responsesOf(runId, 2);

        assertThat(responses.values()).hasSize(2).allSatisfy(response -> {
            assertThat(response.status()).isEqualTo(ResponseStatus.ERROR);
            assertThat(response.error().kind()).isEqualTo("UNSUPPORTED");
            assertThat(response.output()).isNull();
        });
        assertThat(responses.get(unknownModel.requestId()).error().message()).contains("unknown built-in model 'gpt-17'");
        assertThat(responses.get(unknownProvider.requestId()).error().message()).contains("unknown provider 'acme'");
    }

    @Test
    void servesProvidersHealthAndMetrics() throws Exception {
        assertThat(get("api/providers")).contains("\"name\":\"builtin\"")
                .contains("[\"always-true\",\"first-option\",\"oracle\",\"random\"]");
        assertThat(get("q/health/ready")).contains("\"status\": \"UP\"");
        send(List.of(TestRequests.multipleChoice("run-" + UUID.randomUUID(), "item-1", builtin("oracle"), "A")));
        org.awaitility.Awaitility.await().atMost(TIMEOUT).untilAsserted(() -> assertThat(get("q/metrics"))
                .contains("evalstream_inference_responses_total{model=\"builtin:oracle\",status=\"OK\"}")
                .contains("evalstream_inference_provider_latency_seconds_count{model=\"builtin:oracle\",provider=\"builtin\"}")
                .contains("evalstream_inference_in_flight")
                .contains("evalstream_inference_dead_letters_total")
                .contains("evalstream_inference_tokens_total{direction=\"input\",model=\"builtin:oracle\"}")
                .contains("evalstream_inference_tokens_total{direction=\"output\",model=\"builtin:oracle\"}")
                .contains("http_server_requests_seconds_count")
                .contains("kafka_consumer_fetch_manager_records_lag_max"));
    }

    private void send(List<EvaluationRequested> requests) throws Exception {
        try (KafkaProducer<String, String> producer = KafkaTestClients.producer(bootstrap)) {
            for (EvaluationRequested request : requests) {
                producer.send(new ProducerRecord<>(Topics.EVAL_REQUESTS, request.key(), EventCodec.encode(request)));
            }
            producer.flush();
        }
    }

    private Map<String, ResponseReceived> responsesOf(String runId, int expected) {
        try (KafkaConsumer<String, String> consumer = KafkaTestClients.consumer(bootstrap, Topics.EVAL_RESPONSES)) {
            List<ConsumerRecord<String, String>> records = KafkaTestClients.collect(consumer,
                    record -> record.key().startsWith(runId + ":"), expected, TIMEOUT, Duration.ofSeconds(2));
            List<ResponseReceived> responses = records.stream()
                    .map(record -> EventCodec.decode(record.value(), ResponseReceived.class)).toList();
            assertThat(responses).as("responses of %s", runId).hasSize(expected);
            return responses.stream().collect(Collectors.toMap(ResponseReceived::requestId, Function.identity()));
        }
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
