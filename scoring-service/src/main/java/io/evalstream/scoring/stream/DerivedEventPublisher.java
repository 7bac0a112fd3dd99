package io.evalstream.scoring.stream;

import io.evalstream.contracts.EventCodec;
import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.RunStatusChanged;
import io.evalstream.contracts.SampleScored;
import io.evalstream.contracts.Topics;
import io.evalstream.scoring.scorer.Score;
import io.evalstream.scoring.scorer.ScoredResponse;
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

/**
 * Publishes what scoring derives: one {@code SampleScored} per stored response on {@code eval-scores} (key
 * runId:itemId) and {@code RunStatusChanged} on {@code eval-run-status} (key runId). Called only after the
 * transaction that stored the rows has committed, and the caller waits for the returned acknowledgements.
 *
 * <p>Delivery is at least once: a redelivered response whose row already existed is published again, and
 * consumers deduplicate by {@code requestId}.
 */
@ApplicationScoped
public class DerivedEventPublisher {
    private final Emitter<String> scores;
    private final Emitter<String> status;

    public DerivedEventPublisher(
            @Channel(Topics.EVAL_SCORES) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 16384)
            Emitter<String> scores,
            @Channel(Topics.EVAL_RUN_STATUS) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024)
            Emitter<String> status) {
        this.scores = scores;
        this.status = status;
    }

    /** One event per distinct request id of {@code stored}; returns the pending acknowledgements. */
    public List<CompletableFuture<Void>> scores(Collection<ScoredResponse> stored) {
        List<CompletableFuture<Void>> sends = new ArrayList<>(stored.size());
        Set<String> seen = new HashSet<>();
        for (ScoredResponse scored : stored) {
            if (seen.add(scored.response().requestId())) {
                SampleScored event = toEvent(scored);
                sends.add(AckedSend.send(scores, EventCodec.encode(event), metadata(event.key())));
            }
        }
        return sends;
    }

    public CompletableFuture<Void> status(RunStatusChanged event) {
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
