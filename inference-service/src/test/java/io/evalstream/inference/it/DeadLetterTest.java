package io.evalstream.inference.it;

import static io.evalstream.inference.TestRequests.builtin;
import static org.assertj.core.api.Assertions.assertThat;

import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.EventCodec;
import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.ResponseStatus;
import io.evalstream.contracts.Topics;
import io.evalstream.inference.KafkaTestClients;
import io.evalstream.inference.TestRequests;
import io.evalstream.localstack.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Poison requests go to {@code dead-letter-topic-eval-requests} with a reason, one by one: valid requests
 * behind them on the same partition (same key) are still answered, so a poison record neither blocks its
 * partition nor fails its batch-mates.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class DeadLetterTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void poisonRecordsAreDeadLetteredAndTheirPartitionMatesAnswered() throws Exception {
        String runId = "run-" + UUID.randomUUID();
        EvaluationRequested before = TestRequests.multipleChoice(runId, "item-1", builtin("oracle"), "B");
        EvaluationRequested after = TestRequests.multipleChoice(runId, "item-1", builtin("random"), "B");
        String key = before.key();
        String schema2 = EventCodec.encode(after).replace("\"schema\":1", "\"schema\":2");
        try (KafkaProducer<String, String> producer = KafkaTestClients.producer(bootstrap)) {
            producer.send(new ProducerRecord<>(Topics.EVAL_REQUESTS, key, EventCodec.encode(before)));
            producer.send(new ProducerRecord<>(Topics.EVAL_REQUESTS, key, "this is not JSON {"));
            producer.send(new ProducerRecord<>(Topics.EVAL_REQUESTS, key, schema2));
            producer.send(new ProducerRecord<>(Topics.EVAL_REQUESTS, key, EventCodec.encode(after)));
            producer.flush();
        }

        List<ConsumerRecord<String, String>> dead;
        try (KafkaConsumer<String, String> consumer = KafkaTestClients.consumer(bootstrap,
                Topics.deadLetter(Topics.EVAL_REQUESTS))) {
            dead = KafkaTestClients.collect(consumer, record -> key.equals(record.key()), 2, TIMEOUT,
                    Duration.ofSeconds(1));
        }
        assertThat(dead).hasSize(2);
        Map<String, String> garbage = KafkaTestClients.headers(dead.get(0));
        assertThat(dead.get(0).value()).isEqualTo("this is not JSON {");
        assertThat(garbage.get("dead-letter-reason")).startsWith("not JSON");
        assertThat(garbage).containsEntry("dead-letter-topic", Topics.EVAL_REQUESTS)
                .containsKeys("dead-letter-partition", "dead-letter-offset", "dead-letter-cause");
        Map<String, String> unknownSchema = KafkaTestClients.headers(dead.get(1));
        assertThat(dead.get(1).value()).isEqualTo(schema2);
        assertThat(unknownSchema.get("dead-letter-reason")).contains("unsupported event schema 2");
        assertThat(Long.parseLong(unknownSchema.get("dead-letter-offset")))
                .isEqualTo(Long.parseLong(garbage.get("dead-letter-offset")) + 1);

        List<ResponseReceived> responses;
        try (KafkaConsumer<String, String> consumer = KafkaTestClients.consumer(bootstrap, Topics.EVAL_RESPONSES)) {
            responses = KafkaTestClients.collect(consumer, record -> key.equals(record.key()), 2, TIMEOUT,
                    Duration.ofSeconds(1)).stream()
                    .map(record -> EventCodec.decode(record.value(), ResponseReceived.class)).toList();
        }
        assertThat(responses).extracting(ResponseReceived::requestId)
                .containsExactlyInAnyOrder(before.requestId(), after.requestId());
        assertThat(responses).allSatisfy(response -> assertThat(response.status()).isEqualTo(ResponseStatus.OK));
    }
}
