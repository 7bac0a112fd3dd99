package io.evalstream.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;

/**
 * The one JSON codec for events. Decoding checks {@code schema} before anything else, so an event from a
 * newer producer is rejected by name rather than half-read; record constructors then enforce the required
 * fields, and their messages become the dead-letter reason.
 */
public final class EventCodec {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private EventCodec() {
    }

    /** The mapper events are written with, for callers that embed events in other JSON. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String encode(Event event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + event.type(), e);
        }
    }

    public static Event decode(byte[] payload) {
        return decode(new String(payload, StandardCharsets.UTF_8));
    }

    public static Event decode(String payload) {
        if (payload == null || payload.isBlank()) {
            throw new EventDecodingException("empty payload", null);
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new EventDecodingException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (tree == null || !tree.isObject()) {
            throw new EventDecodingException("not a JSON object", null);
        }
        JsonNode schema = tree.get("schema");
        if (schema == null || !schema.canConvertToInt()) {
            throw new EventDecodingException("missing or non-integer field 'schema'", null);
        }
        if (schema.asInt() != Event.CURRENT_SCHEMA) {
            throw new EventDecodingException(new UnsupportedSchemaException(schema.asInt()).getMessage(), null);
        }
        if (!tree.hasNonNull("type")) {
            throw new EventDecodingException("missing field 'type'", null);
        }
        try {
            return MAPPER.treeToValue(tree, Event.class);
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new EventDecodingException("invalid " + tree.get("type").asText() + ": " + describe(cause), e);
        } catch (JsonProcessingException e) {
            throw new EventDecodingException("invalid " + tree.get("type").asText() + ": " + e.getOriginalMessage(), e);
        }
    }

    /** Decodes and checks the event is of the expected type. */
    public static <T extends Event> T decode(String payload, Class<T> expected) {
        Event event = decode(payload);
        if (!expected.isInstance(event)) {
            throw new EventDecodingException(
                    "expected " + expected.getSimpleName() + " but got " + event.type(), null);
        }
        return expected.cast(event);
    }

    private static String describe(Throwable cause) {
        if (cause instanceof NullPointerException) {
            return "missing required field '" + cause.getMessage() + "'";
        }
        return cause.getMessage();
    }
}
