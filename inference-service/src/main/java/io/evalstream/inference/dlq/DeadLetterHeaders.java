package io.evalstream.inference.dlq;

import static io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue.DEAD_LETTER_CAUSE;
import static io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue.DEAD_LETTER_CAUSE_CLASS_NAME;
import static io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue.DEAD_LETTER_EXCEPTION_CLASS_NAME;
import static io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue.DEAD_LETTER_OFFSET;
import static io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue.DEAD_LETTER_PARTITION;
import static io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue.DEAD_LETTER_REASON;
import static io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue.DEAD_LETTER_TOPIC;

import io.evalstream.inference.consumer.InboundRecord;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The headers of a dead-letter record, exactly as SmallRye's {@code dead-letter-queue} failure strategy
 * writes them (its own constants, so the names cannot drift): exception class and message as
 * {@code dead-letter-reason}, the cause's class and message when there is a cause, where the record came from
 * ({@code dead-letter-topic}, {@code -partition}, {@code -offset}), then the original record's headers.
 * Whoever reads the dead-letter topic sees one format, whichever of the two wrote the record.
 */
public final class DeadLetterHeaders {
    private DeadLetterHeaders() {
    }

    public static RecordHeaders of(InboundRecord record, Throwable reason) {
        RecordHeaders headers = new RecordHeaders();
        add(headers, DEAD_LETTER_EXCEPTION_CLASS_NAME, reason.getClass().getName());
        add(headers, DEAD_LETTER_REASON, message(reason));
        if (reason.getCause() != null) {
            add(headers, DEAD_LETTER_CAUSE_CLASS_NAME, reason.getCause().getClass().getName());
            add(headers, DEAD_LETTER_CAUSE, message(reason.getCause()));
        }
        add(headers, DEAD_LETTER_TOPIC, record.topic());
        add(headers, DEAD_LETTER_PARTITION, Integer.toString(record.partition()));
        add(headers, DEAD_LETTER_OFFSET, Long.toString(record.offset()));
        for (Header header : record.headers()) {
            headers.add(header);
        }
        return headers;
    }

    private static String message(Throwable throwable) {
        return throwable.getMessage() != null ? throwable.getMessage() : throwable.toString();
    }

    private static void add(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
