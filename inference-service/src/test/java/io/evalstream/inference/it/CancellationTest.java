package io.evalstream.inference.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.EventCodec;
import io.evalstream.contracts.Generation;
import io.evalstream.contracts.ModelRef;
import io.evalstream.contracts.Purpose;
import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.RunCancelled;
import io.evalstream.contracts.Topics;
import io.evalstream.contracts.Variant;
import io.evalstream.inference.KafkaTestClients;
import io.evalstream.inference.provider.http.StubRequests;
import io.evalstream.localstack.LocalStackResource;
import io.evalstream.stub.StubModelServer;
import io.evalstream.stub.StubOptions;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Cancellation through the real broker and a stub model server that counts its calls: requests of a run emitted
 * before its {@code RunCancelled} make no model call and get no response; the same requests emitted again after
 * the cancellation (a resume) are answered, each once.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class CancellationTest {
    private static final int REQUESTS = 20;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    AgroalDataSource dataSource;

    private static List<EvaluationRequested> requests(String runId, ModelRef model) {
        List<EvaluationRequested> requests = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            EvaluationRequested shape = StubRequests.chat(model, Generation.greedy(4), "cancel-item-" + i);
            requests.add(EvaluationRequested.of(runId, shape.itemId(), Variant.original(), 0, Purpose.ANSWER, null,
                    model, shape.input(), shape.generation(), shape.scoring()));
        }
        return requests;
    }

    private boolean cancellationStored(String runId) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT count(*) FROM inference.cancelled_run WHERE run_id = ?")) {
            statement.setString(1, runId);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1) == 1;
            }
        }
    }

    @Test
    void requestsEmittedBeforeTheCancellationMakeNoCallAndResumedOnesAreAnsweredOnce() throws Exception {
        String runId = "run-cancel-" + UUID.randomUUID();
        try (StubModelServer.Handle stub = StubModelServer.start(StubOptions.defaults()
                .withLatency(Duration.ofMillis(20), Duration.ZERO));
                KafkaProducer<String, String> producer = KafkaTestClients.producer(bootstrap)) {
            ModelRef model = StubRequests.model("openai", stub.baseUrl(), null);
            List<EvaluationRequested> beforeCancel = requests(runId, model);
            Thread.sleep(5); // the cancellation happens strictly after these requests were emitted
            producer.send(new ProducerRecord<>(Topics.EVAL_RUNS, runId,
                    EventCodec.encode(RunCancelled.of(runId, "test"))));
            producer.flush();
            await().atMost(Duration.ofSeconds(60)).until(() -> cancellationStored(runId));

            for (EvaluationRequested request : beforeCancel) {
                producer.send(new ProducerRecord<>(Topics.EVAL_REQUESTS, request.key(), EventCodec.encode(request)));
            }
            producer.flush();
            // the resume: the same requests (same ids), emitted after the cancellation, on the same partitions
            // and so consumed after the cancelled ones
            List<EvaluationRequested> resumed = requests(runId, model);
            for (EvaluationRequested request : resumed) {
                producer.send(new ProducerRecord<>(Topics.EVAL_REQUESTS, request.key(), EventCodec.encode(request)));
            }
            producer.flush();

            List<ConsumerRecord<String, String>> records;
            try (KafkaConsumer<String, String> consumer = KafkaTestClients.consumer(bootstrap,
                    Topics.EVAL_RESPONSES)) {
                records = KafkaTestClients.collect(consumer, r -> r.key().startsWith(runId + ":"), REQUESTS,
                        Duration.ofSeconds(90), Duration.ofSeconds(5));
            }
            assertThat(records).hasSize(REQUESTS);
            HashSet<String> ids = new HashSet<>();
            for (ConsumerRecord<String, String> record : records) {
                ResponseReceived response = EventCodec.decode(record.value(), ResponseReceived.class);
                ids.add(response.requestId());
            }
            assertThat(ids).containsExactlyInAnyOrderElementsOf(
                    resumed.stream().map(EvaluationRequested::requestId).toList());
            assertThat(stub.stats().byPath()).containsEntry("/v1/chat/completions", (long) REQUESTS);
        }
    }
}
