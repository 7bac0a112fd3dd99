package io.evalstream.inference.dlq;

import static org.assertj.core.api.Assertions.assertThat;

import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.EventCodec;
import io.evalstream.contracts.EventDecodingException;
import io.evalstream.contracts.Topics;
import io.evalstream.inference.consumer.InboundRecord;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/** The dead-letter headers carry SmallRye's names and say why and from where, with the original headers kept. */
class DeadLetterHeadersTest {

    @Test
    void garbageGetsReasonCauseAndCoordinates() {
        RecordHeaders original = new RecordHeaders();
        original.add("traceparent", "00-abc-def-01".getBytes(StandardCharsets.UTF_8));
        InboundRecord record = new InboundRecord(Topics.EVAL_REQUESTS, 7, 1234L, "run-1:item-1", "{not json", original);
        EventDecodingException reason = decodingFailure("{not json");

        Map<String, String> headers = asMap(DeadLetterHeaders.of(record, reason));

        assertThat(headers).containsEntry("dead-letter-reason", reason.getMessage())
                .containsEntry("dead-letter-exception-class-name", EventDecodingException.class.getName())
                .containsEntry("dead-letter-topic", "eval-requests")
                .containsEntry("dead-letter-partition", "7")
                .containsEntry("dead-letter-offset", "1234")
                .containsEntry("traceparent", "00-abc-def-01")
                .containsKeys("dead-letter-cause", "dead-letter-cause-class-name");
        assertThat(headers.get("dead-letter-reason")).startsWith("not JSON");
    }

    @Test
    void unknownSchemaIsNamedAndHasNoCauseHeader() {
        InboundRecord record = new InboundRecord(Topics.EVAL_REQUESTS, 0, 5L, "k", "{\"schema\":2}", null);
        Map<String, String> headers = asMap(DeadLetterHeaders.of(record, decodingFailure("{\"schema\":2}")));

        assertThat(headers.get("dead-letter-reason")).contains("unsupported event schema 2");
        assertThat(headers).doesNotContainKeys("dead-letter-cause", "dead-letter-cause-class-name");
    }

    @Test
    void theOutgoingChannelIsTheIncomingChannelsDeadLetterTopic() {
        assertThat(DeadLetterPublisher.CHANNEL).isEqualTo(Topics.deadLetter(Topics.EVAL_REQUESTS));
    }

    private static EventDecodingException decodingFailure(String payload) {
        try {
            EventCodec.decode(payload, EvaluationRequested.class);
        } catch (EventDecodingException e) {
            return e;
        }
        throw new AssertionError("expected " + payload + " to be rejected");
    }

    private static Map<String, String> asMap(RecordHeaders headers) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Header header : headers) {
            map.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return map;
    }
}
