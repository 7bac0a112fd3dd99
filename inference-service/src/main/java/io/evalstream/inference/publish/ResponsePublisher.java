package io.evalstream.inference.publish;

import io.evalstream.contracts.EventCodec;
import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.Topics;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Writes responses to {@code eval-responses}, keyed by {@code runId:itemId} so that they land on the same
 * partition as the item's other responses. The returned {@link Uni} completes when the broker has
 * acknowledged the record (acks=all), which is what lets the consumer commit only what is safely written.
 *
 * <p>The emitter's buffer is unbounded on purpose: the consumed batch ({@code max.poll.records}) already bounds
 * what can be pending, and a bounded buffer would only add a failure mode when a whole batch is sent at once.
 */
@ApplicationScoped
public class ResponsePublisher {
    private final MutinyEmitter<String> emitter;

    public ResponsePublisher(
            @Channel(Topics.EVAL_RESPONSES) @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER) MutinyEmitter<String> emitter) {
        this.emitter = emitter;
    }

    /** Sends {@code response}; the Uni completes on the broker's acknowledgement. Lazy: nothing is sent until subscribed. */
    public Uni<Void> publish(ResponseReceived response) {
        return Uni.createFrom().deferred(() -> emitter.sendMessage(Message.of(EventCodec.encode(response))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(response.key()).build())));
    }
}
