package io.evalstream.inference.dlq;

import io.evalstream.inference.consumer.InboundRecord;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Sends one poison request (undecodable, or of an unknown schema) to {@code dead-letter-topic-eval-requests}
 * with its original key and payload and {@link DeadLetterHeaders}. Why not nack the record and let SmallRye's
 * dead-letter strategy do it: records arrive in batches, and nacking a batch dead-letters every record in it;
 * one poison record must not take its batch-mates along, nor block its partition.
 */
@ApplicationScoped
public class DeadLetterPublisher {
    /**
     * The outgoing channel, named after the topic it writes: {@code Topics.deadLetter(Topics.EVAL_REQUESTS)},
     * spelt out because an annotation needs a constant.
     */
    public static final String CHANNEL = "dead-letter-topic-eval-requests";
    private static final Logger LOG = Logger.getLogger(DeadLetterPublisher.class);

    private final MutinyEmitter<String> emitter;

    public DeadLetterPublisher(
            @Channel(CHANNEL) @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER) MutinyEmitter<String> emitter) {
        this.emitter = emitter;
    }

    /** Sends the record; the Uni completes on the broker's acknowledgement. Lazy: nothing is sent until subscribed. */
    public Uni<Void> publish(InboundRecord record, Throwable reason) {
        return Uni.createFrom().deferred(() -> {
            LOG.warnf("dead-lettering %s-%d@%d (key %s): %s", record.topic(), record.partition(), record.offset(),
                    record.key(), reason.getMessage());
            OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                    .withKey(record.key())
                    .withHeaders(DeadLetterHeaders.of(record, reason))
                    .build();
            // A tombstone has no payload to keep; the reason header says it was empty.
            String payload = record.value() == null ? "" : record.value();
            return emitter.sendMessage(Message.of(payload).addMetadata(metadata));
        });
    }
}
