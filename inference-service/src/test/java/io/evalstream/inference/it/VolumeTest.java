package io.evalstream.inference.it;

import static io.evalstream.inference.TestRequests.ABCD;
import static io.evalstream.inference.TestRequests.builtin;
import static org.assertj.core.api.Assertions.assertThat;

import io.evalstream.contracts.EventCodec;
import io.evalstream.contracts.Generation;
import io.evalstream.contracts.Topics;
import io.evalstream.inference.KafkaTestClients;
import io.evalstream.inference.TestRequests;
import io.evalstream.localstack.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Volume through the real broker: {@value #REQUESTS} requests produced at once, spread over every partition,
 * must all be answered, none lost under a full batch pipeline. Speed is measured by {@code evalstream bench},
 * not here: a test's timing on a shared machine measures the neighbours.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class VolumeTest {
    private static final int REQUESTS = 10_000;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void answersTenThousandRequestsWithoutLosingOne() throws Exception {
        try (KafkaConsumer<String, String> consumer = KafkaTestClients.consumer(bootstrap, Topics.EVAL_RESPONSES)) {
            String runId = "run-" + UUID.randomUUID();
            int received = sendAndCollect(consumer, runId, requests(runId, REQUESTS));
            assertThat(received).isEqualTo(REQUESTS);
        }
    }

    private int sendAndCollect(KafkaConsumer<String, String> consumer, String runId,
            List<ProducerRecord<String, String>> records) {
        try (KafkaProducer<String, String> producer = KafkaTestClients.producer(bootstrap)) {
            records.forEach(producer::send);
            producer.flush();
        }
        return KafkaTestClients.collect(consumer, record -> record.key().startsWith(runId + ":"), records.size(),
                Duration.ofSeconds(180), Duration.ZERO).size();
    }

    /** Half generated text, half label probabilities; a quarter oracle, the rest random. */
    private static List<ProducerRecord<String, String>> requests(String runId, int count) {
        List<ProducerRecord<String, String>> records = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Generation generation = i % 2 == 0 ? Generation.greedy(16) : Generation.labelProbabilities(20);
            var request = TestRequests.multipleChoice(runId, "item-" + (i / 4),
                    builtin(i % 4 == 0 ? "oracle" : "random"), ABCD.get(i % 4), generation);
            records.add(new ProducerRecord<>(Topics.EVAL_REQUESTS, request.key(), EventCodec.encode(request)));
        }
        return records;
    }
}
