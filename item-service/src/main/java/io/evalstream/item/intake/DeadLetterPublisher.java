package io.evalstream.item.intake;

import io.evalstream.contracts.Topics;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Sends one bad streamed item to {@code dead-letter-topic-eval-items} with the reason in SmallRye's header names
 * ({@code dead-letter-reason}, {@code dead-letter-topic}, {@code dead-letter-partition},
 * {@code dead-letter-offset}), so the rest of its batch is appended and the partition moves on.
 */
@ApplicationScoped
public class DeadLetterPublisher {
    public static final String CHANNEL = "item-dead-letters";
    public static final String REASON = "dead-letter-reason";

    private final Emitter<String> emitter;

    public DeadLetterPublisher(
            @Channel(CHANNEL) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
            Emitter<String> emitter) {
        this.emitter = emitter;
    }

    public CompletableFuture<Void> publish(KafkaRecord<String, String> record, String reason) {
        RecordHeaders headers = new RecordHeaders();
        if (record.getHeaders() != null) {
            for (Header header : record.getHeaders()) {
                headers.add(header);
            }
        }
        put(headers, REASON, reason);
        put(headers, "dead-letter-topic", record.getTopic());
        put(headers, "dead-letter-partition", Integer.toString(record.getPartition()));
        put(headers, "dead-letter-offset", Long.toString(record instanceof IncomingKafkaRecord<String, String> in
                ? in.getOffset() : -1));
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(Topics.deadLetter(Topics.EVAL_ITEMS)).withKey(record.getKey()).withHeaders(headers)
                .build();
        CompletableFuture<Void> acked = new CompletableFuture<>();
        Message<String> message = Message.of(record.getPayload() == null ? "" : record.getPayload(),
                Metadata.of(metadata), () -> {
                    acked.complete(null);
                    return CompletableFuture.completedFuture(null);
                }, failure -> {
                    acked.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
        try {
            emitter.send(message);
        } catch (RuntimeException e) {
            acked.completeExceptionally(e);
        }
        return acked;
    }

    private static void put(RecordHeaders headers, String name, String value) {
        headers.remove(name);
        headers.add(name, (value == null ? "" : value).getBytes(StandardCharsets.UTF_8));
    }
}
