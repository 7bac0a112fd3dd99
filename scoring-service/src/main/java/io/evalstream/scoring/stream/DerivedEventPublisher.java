package io.evalstream.scoring.stream;

import io.evalstream.contracts.EventCodec;
import io.evalstream.contracts.RegressionDetected;
import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.RunStatusChanged;
import io.evalstream.contracts.SampleScored;
import io.evalstream.scoring.store.ScoreRow;
import io.evalstream.contracts.Topics;
import io.evalstream.scoring.scorer.Score;
import io.evalstream.scoring.scorer.ScoredResponse;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Publishes what scoring derives: one {@code SampleScored} per stored response on {@code eval-scores} (key
 * runId:itemId) and {@code RunStatusChanged} and {@code RegressionDetected} on {@code eval-run-status} (key runId). Called only after the
 * transaction that stored the rows has committed, and the caller waits for the returned acknowledgements.
 *
 * <p>Delivery is at least once: a redelivered response whose row already existed is published again, and
 * consumers deduplicate by {@code requestId}.
 *
 * <p>{@code SampleScored} events, one per response, go straight to the {@code eval-scores} channel's Kafka
 * producer (from SmallRye's {@link KafkaClientService}, so the channel's configuration applies), as
 * item-service does for requests: the emitter's per-message machinery cost as much CPU as the events
 * themselves. The emitter stays injected so that the channel, and with it the producer, exists.
 */
@ApplicationScoped
public class DerivedEventPublisher {
    private final KafkaClientService clients;
    private final Emitter<String> status;

    public DerivedEventPublisher(
            @Channel(Topics.EVAL_SCORES) Emitter<String> scoresChannel,
            @Channel(Topics.EVAL_RUN_STATUS) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024)
            Emitter<String> status,
            KafkaClientService clients) {
        this.clients = clients;
        this.status = status;
    }

    /** One event per distinct request id of {@code stored}; returns the pending acknowledgements. */
    public List<CompletableFuture<Void>> scores(Collection<ScoredResponse> stored) {
        List<CompletableFuture<Void>> sends = new ArrayList<>(stored.size());
        Set<String> seen = new HashSet<>();
        Producer<String, String> producer = clients.<String, String>getProducer(Topics.EVAL_SCORES).unwrap();
        for (ScoredResponse scored : stored) {
            if (seen.add(scored.response().requestId())) {
                sends.add(send(producer, toEvent(scored)));
            }
        }
        return sends;
    }

    /**
     * One event per distinct request id of rows scoring stored without a response: the judge requests of an arena
     * pair that was never judged because a contestant's answer failed (status ERROR, scorer {@code arena-join}).
     */
    public List<CompletableFuture<Void>> rows(Collection<ScoreRow> rows) {
        List<CompletableFuture<Void>> sends = new ArrayList<>(rows.size());
        Set<String> seen = new HashSet<>();
        if (rows.isEmpty()) {
            return sends;
        }
        Producer<String, String> producer = clients.<String, String>getProducer(Topics.EVAL_SCORES).unwrap();
        for (ScoreRow row : rows) {
            if (seen.add(row.requestId())) {
                sends.add(send(producer, toEvent(row)));
            }
        }
        return sends;
    }

    private static CompletableFuture<Void> send(Producer<String, String> producer, SampleScored event) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        try {
            producer.send(new ProducerRecord<>(Topics.EVAL_SCORES, event.key(), EventCodec.encode(event)),
                    (metadata, failure) -> {
                        if (failure == null) {
                            acked.complete(null);
                        } else {
                            acked.completeExceptionally(failure);
                        }
                    });
        } catch (RuntimeException e) {
            acked.completeExceptionally(e);
        }
        return acked;
    }

    static SampleScored toEvent(ScoreRow row) {
        return SampleScored.of(row.requestId(), row.runId(), row.itemId(), row.variantId(), row.sample(),
                row.modelId(), row.scorer(), row.filter(), row.value(), row.score(), row.answer(), row.reference(),
                row.slices(), row.explanation());
    }

    public CompletableFuture<Void> status(RunStatusChanged event) {
        return AckedSend.send(status, EventCodec.encode(event), metadata(event.runId()));
    }

    /** {@code RegressionDetected} goes to {@code eval-run-status} too, keyed by the run that regressed. */
    public CompletableFuture<Void> regression(RegressionDetected event) {
        return AckedSend.send(status, EventCodec.encode(event), metadata(event.runId()));
    }

    static SampleScored toEvent(ScoredResponse scored) {
        ResponseReceived r = scored.response();
        Score s = scored.score();
        return SampleScored.of(r.requestId(), r.runId(), r.itemId(), r.variant().id(), r.sample(), r.modelId(),
                scored.scorer(), s.filter(), s.value(), s.score(), s.answer(), r.scoring().reference(),
                r.scoring().slices(), s.explanation());
    }

    private static OutgoingKafkaRecordMetadata<String> metadata(String key) {
        return OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build();
    }
}
