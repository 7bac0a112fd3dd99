package io.evalstream.inference.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.EventCodec;
import io.evalstream.contracts.Generation;
import io.evalstream.contracts.ModelInput;
import io.evalstream.contracts.ModelRef;
import io.evalstream.contracts.Purpose;
import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.ResponseStatus;
import io.evalstream.contracts.ScoringContext;
import io.evalstream.contracts.Topics;
import io.evalstream.contracts.Variant;
import io.evalstream.inference.KafkaTestClients;
import io.evalstream.inference.cache.CacheKey;
import io.evalstream.inference.metrics.InferenceMetrics;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The shared response cache through the real broker, database and HTTP: a run of {@code openai} requests to the
 * stub is answered by the stub and stored; the same requests re-planned under a new run id are answered from the
 * cache (cached, cost 0) without one more call to the stub; another sample index is a miss.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class ResponseCacheTest {
    private static final int N = 5;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    InferenceMetrics metrics;

    @Test
    void aReplannedRunIsAnsweredFromTheCacheWithoutCallingTheModel() throws Exception {
        String tag = UUID.randomUUID().toString();
        try (StubModelServer.Handle stub = StubModelServer.start(StubOptions.defaults()
                .withLatency(Duration.ofMillis(20), Duration.ZERO))) {
            ModelRef model = StubRequests.model("openai", stub.baseUrl(), null);

            List<EvaluationRequested> first = run("run-a-" + tag, model, tag, 0);
            Map<String, ResponseReceived> firstResponses = sendAndCollect(first);
            assertThat(firstResponses.values()).allSatisfy(r -> {
                assertThat(r.status()).isEqualTo(ResponseStatus.OK);
                assertThat(r.cached()).isFalse();
                assertThat(r.attempts()).isEqualTo(1);
            });
            assertThat(stub.stats().requests()).isEqualTo(N);
            List<String> keys = first.stream().map(CacheKey::of).toList();
            await().atMost(Duration.ofSeconds(30)).until(() -> storedCount(keys) == N);

            double hitsBefore = metrics.cacheHits();
            List<EvaluationRequested> replanned = run("run-b-" + tag, model, tag, 0);
            assertThat(replanned).extracting(EvaluationRequested::requestId)
                    .doesNotContainAnyElementsOf(first.stream().map(EvaluationRequested::requestId).toList());
            Map<String, ResponseReceived> second = sendAndCollect(replanned);
            assertThat(second.values()).allSatisfy(r -> {
                assertThat(r.status()).isEqualTo(ResponseStatus.OK);
                assertThat(r.cached()).isTrue();
                assertThat(r.costUsd()).isEqualTo(0.0);
                assertThat(r.attempts()).isZero();
                assertThat(r.runId()).isEqualTo("run-b-" + tag);
            });
            for (EvaluationRequested request : replanned) {
                ResponseReceived before = firstResponses.values().stream()
                        .filter(r -> r.itemId().equals(request.itemId())).findFirst().orElseThrow();
                ResponseReceived after = second.get(request.requestId());
                assertThat(after.output()).isEqualTo(before.output());
                assertThat(after.usage()).isEqualTo(before.usage());
            }
            assertThat(stub.stats().requests()).as("no new calls to the model").isEqualTo(N);
            assertThat(metrics.cacheHits() - hitsBefore).isEqualTo(N);

            EvaluationRequested otherSample = run("run-c-" + tag, model, tag, 1).get(0);
            ResponseReceived miss = sendAndCollect(List.of(otherSample)).get(otherSample.requestId());
            assertThat(miss.status()).isEqualTo(ResponseStatus.OK);
            assertThat(miss.cached()).isFalse();
            assertThat(stub.stats().requests()).isEqualTo(N + 1);
        }
    }

    @Test
    void aRunThatOptedOutNeitherReadsNorWritesTheCacheAndPaysItsPrice() throws Exception {
        String tag = UUID.randomUUID().toString();
        try (StubModelServer.Handle stub = StubModelServer.start(StubOptions.defaults())) {
            ModelRef model = new ModelRef("openai:priced", "openai", "openai:priced", "stub-model", stub.baseUrl(),
                    null, 2.0, 8.0, null);
            // cached by a first run that used the cache
            List<EvaluationRequested> cachedRun = run("run-d-" + tag, model, tag, 0);
            sendAndCollect(cachedRun);
            List<String> keys = cachedRun.stream().map(CacheKey::of).toList();
            await().atMost(Duration.ofSeconds(30)).until(() -> storedCount(keys) == N);
            assertThat(stub.stats().requests()).isEqualTo(N);

            List<EvaluationRequested> optedOut = run("run-e-" + tag, model, tag, 0).stream()
                    .map(r -> r.withCache(false)).toList();
            assertThat(optedOut.stream().map(CacheKey::of).toList()).isEqualTo(keys);
            Map<String, ResponseReceived> responses = sendAndCollect(optedOut);
            assertThat(responses.values()).allSatisfy(r -> {
                assertThat(r.status()).isEqualTo(ResponseStatus.OK);
                assertThat(r.cached()).as("not read from the cache").isFalse();
                assertThat(r.usage()).isNotNull();
                assertThat(r.costUsd()).isCloseTo((r.usage().inputTokens() * 2.0 + r.usage().outputTokens() * 8.0)
                        / 1_000_000, org.assertj.core.data.Offset.offset(1e-12)).isPositive();
            });
            assertThat(stub.stats().requests()).as("every opted-out request called the model").isEqualTo(2L * N);

            // not written either: a new question asked only by an opted-out run leaves no row
            EvaluationRequested fresh = run("run-f-" + tag, model, tag + "-fresh", 0).get(0).withCache(false);
            assertThat(sendAndCollect(List.of(fresh)).get(fresh.requestId()).cached()).isFalse();
            // batches are processed one after another, each storing before it completes: once a later request's
            // answer is stored, the opted-out batch's store (if it had made one) is done too
            EvaluationRequested later = run("run-g-" + tag, model, tag + "-later", 0).get(0);
            sendAndCollect(List.of(later));
            await().atMost(Duration.ofSeconds(30)).until(() -> storedCount(List.of(CacheKey.of(later))) == 1);
            assertThat(storedCount(List.of(CacheKey.of(fresh)))).isZero();
        }
    }

    private static List<EvaluationRequested> run(String runId, ModelRef model, String tag, int sample) {
        ScoringContext scoring = new ScoringContext("multiple_choice", "GENERATE", "B", StubRequests.ABCD, 1,
                List.of(), null);
        return IntStream.range(0, N).mapToObj(i -> EvaluationRequested.of(runId, "item-" + i, Variant.original(),
                sample, Purpose.ANSWER, null, model,
                ModelInput.chat("Answer with the letter only.", StubRequests.QUESTION + " " + tag + " " + i),
                Generation.greedy(16), scoring)).toList();
    }

    private Map<String, ResponseReceived> sendAndCollect(List<EvaluationRequested> requests) {
        try (KafkaProducer<String, String> producer = KafkaTestClients.producer(bootstrap)) {
            for (EvaluationRequested request : requests) {
                producer.send(new ProducerRecord<>(Topics.EVAL_REQUESTS, request.key(), EventCodec.encode(request)));
            }
            producer.flush();
        }
        Set<String> ids = requests.stream().map(EvaluationRequested::requestId).collect(Collectors.toSet());
        String runId = requests.get(0).runId();
        try (KafkaConsumer<String, String> consumer = KafkaTestClients.consumer(bootstrap, Topics.EVAL_RESPONSES)) {
            List<ResponseReceived> responses = KafkaTestClients.collect(consumer,
                            r -> r.key().startsWith(runId + ":"), requests.size(), Duration.ofSeconds(60),
                            Duration.ofMillis(500))
                    .stream().map(r -> EventCodec.decode(r.value(), ResponseReceived.class))
                    .filter(r -> ids.contains(r.requestId())).toList();
            assertThat(responses).hasSize(requests.size());
            return responses.stream().collect(Collectors.toMap(ResponseReceived::requestId, Function.identity()));
        }
    }

    private long storedCount(List<String> keys) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT count(*) FROM inference.response_cache WHERE cache_key = ANY(?)")) {
            select.setArray(1, connection.createArrayOf("text", keys.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
