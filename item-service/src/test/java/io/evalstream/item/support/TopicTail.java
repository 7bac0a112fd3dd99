package io.evalstream.item.support;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * Reads what the service wrote to a topic of the real broker, from the moment the tail was opened: it assigns
 * every partition and seeks to the end first, so records of earlier tests (the broker lives for the whole test
 * JVM) are skipped without a consumer group and without scanning history.
 */
public final class TopicTail implements AutoCloseable {
    private final KafkaConsumer<String, String> consumer;

    private TopicTail(String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        consumer = new KafkaConsumer<>(props);
        List<TopicPartition> partitions = new ArrayList<>();
        for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
            partitions.add(new TopicPartition(topic, info.partition()));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve the end offsets now, before anything new is written
    }

    public static TopicTail open(String topic) {
        return new TopicTail(topic);
    }

    /**
     * Polls until {@code count} records matching {@code filter} arrived or {@code timeout} passed, then polls
     * briefly more to catch any surplus (a duplicate would show as more than {@code count}).
     */
    public List<ConsumerRecord<String, String>> await(Predicate<ConsumerRecord<String, String>> filter, long count,
            Duration timeout) {
        List<ConsumerRecord<String, String>> matching = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (matching.size() < count && System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                if (filter.test(r)) {
                    matching.add(r);
                }
            });
        }
        long quiet = System.nanoTime() + Duration.ofMillis(500).toNanos();
        while (System.nanoTime() < quiet) {
            consumer.poll(Duration.ofMillis(100)).forEach(r -> {
                if (filter.test(r)) {
                    matching.add(r);
                }
            });
        }
        return matching;
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
