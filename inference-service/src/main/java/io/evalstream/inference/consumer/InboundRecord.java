package io.evalstream.inference.consumer;

import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * One consumed record, as plain values: what the batch processor and the dead-letter publisher need, without
 * tying them (and their tests) to SmallRye's message classes.
 */
public record InboundRecord(String topic, int partition, long offset, String key, String value, Headers headers) {
    public InboundRecord {
        headers = headers == null ? new RecordHeaders() : headers;
    }

    /** Copies the coordinates, key, payload and headers of a record from a consumed batch. */
    public static InboundRecord from(KafkaRecord<String, String> record) {
        long offset = record.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(IncomingKafkaRecordMetadata::getOffset)
                .orElse(-1L);
        return new InboundRecord(record.getTopic(), record.getPartition(), offset, record.getKey(),
                record.getPayload(), record.getHeaders());
    }
}
