package io.evalstream.localstack;

import io.evalstream.contracts.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Exercises the real broker and the real database, including what a persistent data directory must keep. */
class LocalStackTest {

    @TempDir
    Path tmp;

    @Test
    void brokerAndDatabaseWorkAndKeepTheirDataAcrossARestart() throws Exception {
        Path data = tmp.resolve("stack");
        String key = "run-1:item-1";
        String value = "{\"probe\":\"" + UUID.randomUUID() + "\"}";
        RecordMetadata written;

        try (LocalStack stack = LocalStack.builder().dataDir(data).build().start()) {
            assertThat(stack.kafkaBootstrapServers()).matches("127\\.0\\.0\\.1:\\d+");
            assertThat(stack.jdbcUrl()).matches("jdbc:postgresql://127\\.0\\.0\\.1:\\d+/evalstream");

            try (Admin admin = admin(stack)) {
                Map<String, TopicDescription> topics = admin.describeTopics(Topics.ALL).allTopicNames().get(30, TimeUnit.SECONDS);
                assertThat(topics.keySet()).containsExactlyInAnyOrderElementsOf(Topics.ALL);
                assertThat(topics.values()).allSatisfy(t -> assertThat(t.partitions()).hasSize(Topics.DEFAULT_PARTITIONS));
                assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains(
                        Topics.deadLetter(Topics.EVAL_REQUESTS),
                        Topics.deadLetter(Topics.EVAL_RESPONSES),
                        Topics.deadLetter(Topics.EVAL_RUNS));
            }

            written = produce(stack, Topics.EVAL_REQUESTS, key, value);
            ConsumerRecord<String, String> read = consumeUntilFound(stack, Topics.EVAL_REQUESTS, "before-restart", value);
            assertThat(read.key()).isEqualTo(key);
            assertThat(read.partition()).isEqualTo(written.partition());
            assertThat(read.offset()).isEqualTo(written.offset());

            try (Connection db = connect(stack); Statement sql = db.createStatement()) {
                sql.execute("CREATE TABLE probe (id INT PRIMARY KEY, note TEXT NOT NULL)");
                sql.execute("INSERT INTO probe VALUES (1, 'kept')");
                assertThat(noteOf(sql, 1)).contains("kept");
            }
        }

        try (LocalStack again = LocalStack.builder().dataDir(data).build().start()) {
            ConsumerRecord<String, String> reread = consumeUntilFound(again, Topics.EVAL_REQUESTS, "after-restart", value);
            assertThat(reread.key()).isEqualTo(key);
            assertThat(reread.offset()).isEqualTo(written.offset());

            try (Admin admin = admin(again)) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("before-restart")
                        .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
                assertThat(committed.get(new TopicPartition(Topics.EVAL_REQUESTS, written.partition())).offset())
                        .as("committed offset of the group that read before the restart")
                        .isEqualTo(written.offset() + 1);
            }

            try (Connection db = connect(again); Statement sql = db.createStatement()) {
                assertThat(noteOf(sql, 1)).contains("kept");
            }
        }
    }

    @Test
    void temporaryStackDeletesItsDataOnClose() throws Exception {
        Path dir;
        try (LocalStack stack = LocalStack.builder().partitions(2).build().start()) {
            dir = stack.dataDir();
            assertThat(dir.resolve("kafka").resolve("meta.properties")).isRegularFile();
            assertThat(dir.resolve("postgres").resolve("PG_VERSION")).isRegularFile();
            try (Admin admin = admin(stack)) {
                assertThat(admin.describeTopics(List.of(Topics.EVAL_SCORES)).allTopicNames().get(30, TimeUnit.SECONDS)
                        .get(Topics.EVAL_SCORES).partitions()).hasSize(2);
            }
            try (Connection db = connect(stack); Statement sql = db.createStatement();
                 ResultSet rs = sql.executeQuery("SELECT current_database()")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("evalstream");
            }
        }
        assertThat(Files.exists(dir)).isFalse();
    }

    private static Admin admin(LocalStack stack) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()));
    }

    private static Connection connect(LocalStack stack) throws SQLException {
        return DriverManager.getConnection(stack.jdbcUrl(), stack.dbUser(), stack.dbPassword());
    }

    private static Optional<String> noteOf(Statement sql, int id) throws SQLException {
        try (ResultSet rs = sql.executeQuery("SELECT note FROM probe WHERE id = " + id)) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        }
    }

    private static RecordMetadata produce(LocalStack stack, String topic, String key, String value) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            return producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        }
    }

    /** Reads {@code topic} from the beginning as consumer group {@code group}, commits, returns the record. */
    private static ConsumerRecord<String, String> consumeUntilFound(LocalStack stack, String topic, String group, String value) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (value.equals(record.value())) {
                        consumer.commitSync();
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("No record with value " + value + " on " + topic + " within 30 s");
    }
}
