package io.evalstream.scoring.dlq;

import io.evalstream.contracts.Topics;
import io.evalstream.scoring.stream.AckedSend;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Sends one poison record to {@code dead-letter-topic-<channel>} with the reason in headers, so that the rest of
 * its batch is scored and the partition moves on. The connector's own {@code dead-letter-queue} failure strategy
 * handles whole failed batches; this class handles single records inside an otherwise good batch, where nacking
 * the batch would dead-letter its good records too.
 */
@ApplicationScoped
public class DeadLetterPublisher {
    /** Outgoing channel of dead letters; each record names its topic in its metadata. */
    public static final String CHANNEL = "dead-letters";

    private final Emitter<String> emitter;

    public DeadLetterPublisher(
            @Channel(CHANNEL) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
            Emitter<String> emitter) {
        this.emitter = emitter;
    }

    /** Publishes {@code record}, received on {@code channel}, as a dead letter; returns the acknowledgement. */
    public CompletableFuture<Void> publish(String channel, KafkaRecord<String, String> record, Throwable reason) {
        RecordHeaders headers = new RecordHeaders();
        if (record.getHeaders() != null) {
            for (Header header : record.getHeaders()) {
                headers.add(header);
            }
        }
        put(headers, DeadLetterHeaders.REASON, reason.getMessage() == null ? reason.toString() : reason.getMessage());
        put(headers, DeadLetterHeaders.CAUSE, cause(reason));
        put(headers, DeadLetterHeaders.EXCEPTION_CLASS, reason.getClass().getName());
        put(headers, DeadLetterHeaders.TOPIC, record.getTopic());
        put(headers, DeadLetterHeaders.PARTITION, Integer.toString(record.getPartition()));
        put(headers, DeadLetterHeaders.OFFSET, Long.toString(offsetOf(record)));
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(Topics.deadLetter(channel))
                .withKey(record.getKey())
                .withHeaders(headers)
                .build();
        return AckedSend.send(emitter, record.getPayload(), metadata);
    }

    private static String cause(Throwable reason) {
        Throwable cause = reason.getCause();
        if (cause == null) {
            return reason.getClass().getName();
        }
        return cause.getMessage() == null ? cause.getClass().getName() : cause.getMessage();
    }

    private static long offsetOf(KafkaRecord<String, String> record) {
        if (record instanceof io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord<String, String> incoming) {
            return incoming.getOffset();
        }
        return -1;
    }

    private static void put(RecordHeaders headers, String name, String value) {
        headers.remove(name);
        headers.add(name, (value == null ? "" : value).getBytes(StandardCharsets.UTF_8));
    }
}
