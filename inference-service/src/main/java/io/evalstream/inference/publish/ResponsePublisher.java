package io.evalstream.inference.publish;

import io.evalstream.contracts.EventCodec;
import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.Topics;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

/**
 * Writes responses to {@code eval-responses}, keyed by {@code runId:itemId} so that they land on the same
 * partition as the item's other responses. The returned {@link Uni} completes when the broker has
 * acknowledged the record (acks=all), which is what lets the consumer commit only what is safely written.
 *
 * <p>Records go straight to the channel's Kafka producer (from SmallRye's {@link KafkaClientService}, so the
 * {@code mp.messaging.outgoing.eval-responses.*} configuration applies), as item-service does for requests:
 * the emitter's per-message machinery cost about as much CPU as building and encoding the responses. Nothing
 * is buffered here: the consumed batch ({@code max.poll.records}) bounds what can be pending, and the
 * producer's own buffer holds it. The emitter stays injected so that the channel, and its producer, exist.
 */
@ApplicationScoped
public class ResponsePublisher {
    private final KafkaClientService clients;

    public ResponsePublisher(@Channel(Topics.EVAL_RESPONSES) Emitter<String> channel, KafkaClientService clients) {
        this.clients = clients;
    }

    /** Sends {@code response}; the Uni completes on the broker's acknowledgement. Lazy: nothing is sent until subscribed. */
    public Uni<Void> publish(ResponseReceived response) {
        return Uni.createFrom().emitter(done -> {
            Producer<String, String> producer = clients.<String, String>getProducer(Topics.EVAL_RESPONSES).unwrap();
            producer.send(new ProducerRecord<>(Topics.EVAL_RESPONSES, response.key(), EventCodec.encode(response)),
                    (metadata, failure) -> {
                        if (failure == null) {
                            done.complete(null);
                        } else {
                            done.fail(failure);
                        }
                    });
        });
    }
}
