package io.evalstream.localstack;

import io.evalstream.contracts.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.errors.TopicExistsException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Creates the evalstream topics on a broker.
 *
 * <p>Why explicitly, although the broker also auto-creates topics: auto-creation happens on the first produce or
 * metadata request, which races with consumers that subscribe before anything was produced, and it cannot give the
 * dead-letter topics a different partition count. Creating everything up front means every service sees every
 * topic, with {@link Topics#DEFAULT_PARTITIONS} partitions, from its first poll. Topics that already exist (a
 * persistent data directory, a second start) are left as they are.
 */
public final class TopicCreator {

    /** Incoming channels that have a SmallRye dead-letter topic ({@link Topics#deadLetter(String)}). */
    public static final List<String> DEAD_LETTER_CHANNELS =
            List.of(Topics.EVAL_REQUESTS, Topics.EVAL_RESPONSES, Topics.EVAL_RUNS, Topics.EVAL_ITEMS);

    /** Dead-letter topics carry only poison messages, so a few partitions are plenty. */
    public static final int DEAD_LETTER_PARTITIONS = 3;

    private TopicCreator() {
    }

    /** {@link Topics#ALL} with {@code partitions} partitions, plus the dead-letter topics; replication 1. */
    public static List<NewTopic> evalstreamTopics(int partitions) {
        List<NewTopic> topics = new ArrayList<>();
        for (String name : Topics.ALL) {
            topics.add(new NewTopic(name, partitions, (short) 1));
        }
        for (String channel : DEAD_LETTER_CHANNELS) {
            topics.add(new NewTopic(Topics.deadLetter(channel), Math.min(partitions, DEAD_LETTER_PARTITIONS), (short) 1));
        }
        return topics;
    }

    /**
     * Creates {@code topics}, ignoring those that exist, and waits until every partition of each has a leader, so
     * that the first produce does not fail with "leader not available".
     */
    public static void create(Admin admin, List<NewTopic> topics, Duration timeout) throws Exception {
        Map<String, KafkaFuture<Void>> results = admin.createTopics(topics).values();
        for (Map.Entry<String, KafkaFuture<Void>> result : results.entrySet()) {
            try {
                result.getValue().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("Could not create topic " + result.getKey(), e.getCause());
                }
            }
        }
        awaitLeaders(admin, topics.stream().map(NewTopic::name).toList(), timeout);
    }

    private static void awaitLeaders(Admin admin, List<String> names, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                Map<String, TopicDescription> descriptions =
                        admin.describeTopics(names).allTopicNames().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                boolean allLed = descriptions.values().stream()
                        .flatMap(d -> d.partitions().stream())
                        .map(TopicPartitionInfo::leader)
                        .allMatch(leader -> leader != null && !leader.isEmpty());
                if (allLed) {
                    return;
                }
            } catch (ExecutionException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Topics " + names + " have partitions without a leader after " + timeout);
            }
            Thread.sleep(100);
        }
    }
}
