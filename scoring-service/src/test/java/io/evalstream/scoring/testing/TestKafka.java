package io.evalstream.scoring.testing;

import io.evalstream.contracts.Event;
import io.evalstream.contracts.EventCodec;
import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.RunCancelled;
import io.evalstream.contracts.RunPlanned;
import io.evalstream.contracts.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A plain Kafka producer and reader on the real broker of the test stack: tests talk to the service exactly as
 * the other services do, through topics, with payloads written by {@link EventCodec}.
 */
public final class TestKafka implements AutoCloseable {
    private final String bootstrap;
    private final KafkaProducer<String, String> producer;

    private TestKafka(String bootstrap) {
        this.bootstrap = bootstrap;
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024));
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        this.producer = new KafkaProducer<>(props);
    }

    /** Connects to the broker the application under test uses. */
    public static TestKafka connect() {
        return new TestKafka(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }

    public void plan(RunPlanned planned) {
        send(Topics.EVAL_RUNS, planned.runId(), EventCodec.encode(planned));
    }

    public void cancel(RunCancelled cancelled) {
        send(Topics.EVAL_RUNS, cancelled.runId(), EventCodec.encode(cancelled));
    }

    /** Sends responses keyed runId:itemId and waits until the broker has them all. */
    public void respond(Collection<ResponseReceived> responses) {
        List<Future<RecordMetadata>> sends = new ArrayList<>(responses.size());
        for (ResponseReceived response : responses) {
            sends.add(producer.send(new ProducerRecord<>(Topics.EVAL_RESPONSES, response.key(),
                    EventCodec.encode(response))));
        }
        await(sends);
    }

    /** Sends pre-encoded payloads (for throughput runs) and waits until the broker has them all. */
    public void sendAll(String topic, List<String> keys, List<String> payloads) {
        List<Future<RecordMetadata>> sends = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            sends.add(producer.send(new ProducerRecord<>(topic, keys.get(i), payloads.get(i))));
        }
        await(sends);
    }

    public RecordMetadata send(String topic, String key, String value) {
        try {
            return producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("send to " + topic + " failed", e);
        }
    }

    /**
     * Reads {@code topic} from the beginning with a fresh group until {@code enough} records match or
     * {@code timeout} passes, then keeps reading for {@code settle} more to catch extra records; returns matches.
     */
    public List<ConsumerRecord<String, String>> read(String topic, Predicate<ConsumerRecord<String, String>> match,
            int enough, Duration timeout, Duration settle) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> matches = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            long settleUntil = Long.MAX_VALUE;
            while (System.nanoTime() < Math.min(deadline, settleUntil)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (match.test(record)) {
                        matches.add(record);
                    }
                }
                if (matches.size() >= enough && settleUntil == Long.MAX_VALUE) {
                    settleUntil = System.nanoTime() + settle.toNanos();
                }
            }
        }
        return matches;
    }

    /** Decodes a record's value as an event of {@code type}, or null if it is another type. */
    public static <T extends Event> T decode(ConsumerRecord<String, String> record, Class<T> type) {
        Event event = EventCodec.decode(record.value());
        return type.isInstance(event) ? type.cast(event) : null;
    }

    private static void await(List<Future<RecordMetadata>> sends) {
        try {
            for (Future<RecordMetadata> send : sends) {
                send.get();
            }
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("send failed", e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
