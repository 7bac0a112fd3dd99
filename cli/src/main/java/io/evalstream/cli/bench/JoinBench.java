package io.evalstream.cli.bench;

import io.evalstream.contracts.ArenaPlan;
import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.EventCodec;
import io.evalstream.contracts.Generation;
import io.evalstream.contracts.ModelInput;
import io.evalstream.contracts.ModelOutput;
import io.evalstream.contracts.ModelRef;
import io.evalstream.contracts.Purpose;
import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.RunPlanned;
import io.evalstream.contracts.ScoringContext;
import io.evalstream.contracts.Topics;
import io.evalstream.contracts.Usage;
import io.evalstream.contracts.Variant;
import io.evalstream.contracts.VariantPlan;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Throughput of scoring-service's arena join alone: a RunPlanned with an arena and every contestant's answer are
 * produced straight onto the topics (no inference for the answers), and the judge requests scoring-service emits are
 * read back from {@code eval-requests} with their broker timestamps. Reports judge requests per second from the first
 * answer produced to the last judge request appended, and between the first and the last judge request.
 */
public final class JoinBench {
    private JoinBench() {
    }

    public static Map<String, Object> run(String bootstrap, int prompts, int contestants, int judges,
            Duration timeout) throws Exception {
        String runId = "join-bench-" + UUID.randomUUID();
        List<String> names = new ArrayList<>();
        for (int c = 0; c < contestants; c++) {
            names.add("bench:c" + c);
        }
        List<ModelRef> judgeRefs = new ArrayList<>();
        for (int j = 0; j < judges; j++) {
            judgeRefs.add(new ModelRef("builtin:judge-fair" + (j == 0 ? "" : "#" + j), "builtin", null, "judge-fair"));
        }
        int pairs = contestants * (contestants - 1) / 2;
        long judgeRequests = (long) prompts * pairs * 2 * judges;
        ArenaPlan arena = new ArenaPlan(names, judgeRefs, ArenaPlan.ALL, null, pairs, 1L, "pairwise-v1", "GENERATE",
                Map.of(), Map.of());
        RunPlanned plan = RunPlanned.of(runId, "join-bench", 1, names, new VariantPlan("NONE", 1, "GENERATE",
                "zero-shot"), (long) prompts * contestants + judgeRequests, List.of(), arena);
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("linger.ms", "5");
        long started;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.EVAL_RUNS, runId, EventCodec.encode(plan))).get();
            List<Future<RecordMetadata>> sends = new ArrayList<>();
            started = System.currentTimeMillis();
            for (int i = 0; i < prompts; i++) {
                String item = "p" + i;
                String prompt = "Prompt number " + i + ": explain something.";
                for (String model : names) {
                    EvaluationRequested request = EvaluationRequested.of(runId, item, Variant.original(), 0,
                            Purpose.ANSWER, null, new ModelRef(model, "builtin", null, null),
                            ModelInput.chat(null, prompt), Generation.greedy(1024),
                            new ScoringContext("generation", "GENERATE", null, null, null, null,
                                    Map.of("prompt", prompt)));
                    ResponseReceived answer = ResponseReceived.ok(request, new ModelOutput("An answer by " + model
                            + " to " + item + " with some words in it.", "stop", null), new Usage(10, 12), 0.0, 1,
                            false, 1);
                    sends.add(producer.send(new ProducerRecord<>(Topics.EVAL_RESPONSES, answer.key(),
                            EventCodec.encode(answer))));
                }
            }
            for (Future<RecordMetadata> f : sends) {
                f.get();
            }
        }
        Properties c = new Properties();
        c.put("bootstrap.servers", bootstrap);
        c.put("enable.auto.commit", "false");
        c.put("max.poll.records", "5000");
        Set<String> seen = new HashSet<>();
        long first = Long.MAX_VALUE;
        long last = 0;
        long records = 0;
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(c, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.EVAL_REQUESTS).stream()
                    .map(i -> new TopicPartition(Topics.EVAL_REQUESTS, i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            String prefix = runId + ":";
            while (seen.size() < judgeRequests && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.key() != null && r.key().startsWith(prefix)) {
                        records++;
                        seen.add(EventCodec.decode(r.value(), EvaluationRequested.class).requestId());
                        first = Math.min(first, r.timestamp());
                        last = Math.max(last, r.timestamp());
                    }
                }
            }
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("prompts", prompts);
        report.put("contestants", contestants);
        report.put("judges", judges);
        report.put("answers", prompts * contestants);
        report.put("judgeRequestsExpected", judgeRequests);
        report.put("judgeRequestsSeen", seen.size());
        report.put("judgeRecords", records);
        report.put("secondsFirstAnswerToLastJudgeRequest", (last - started) / 1000.0);
        report.put("judgeRequestsPerSecond", seen.size() / Math.max(0.001, (last - started) / 1000.0));
        report.put("judgeRequestsPerSecondWhileEmitting", seen.size() / Math.max(0.001, (last - first) / 1000.0));
        return report;
    }
}
