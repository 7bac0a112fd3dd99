package io.evalstream.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
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
        String type = checkedType(payload);
        try {
            return MAPPER.readValue(payload, Event.class);
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new EventDecodingException("invalid " + type + ": " + describe(cause), e);
        } catch (StreamReadException e) {
            throw new EventDecodingException("not JSON: " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new EventDecodingException("invalid " + type + ": " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads the envelope's {@code schema} and {@code type} with the streaming parser, stopping as soon as both
     * are seen (the encoder writes them first), so a newer schema is rejected before any binding, without
     * building a tree of the whole event: the tree pass cost about as much as the binding itself.
     */
    private static String checkedType(String payload) {
        Integer schema = null;
        String type = null;
        boolean schemaPresent = false;
        try (JsonParser parser = MAPPER.getFactory().createParser(payload)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new EventDecodingException("not a JSON object", null);
            }
            while ((!schemaPresent || type == null) && parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("schema".equals(name)) {
                    schemaPresent = true;
                    schema = value == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT
                            ? parser.getIntValue() : null;
                    if (schema == null) {
                        break;
                    }
                } else if ("type".equals(name)) {
                    type = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                } else {
                    parser.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            throw new EventDecodingException("not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new EventDecodingException("unreadable: " + e.getMessage(), e);
        }
        if (schema == null) {
            throw new EventDecodingException("missing or non-integer field 'schema'", null);
        }
        if (schema != Event.CURRENT_SCHEMA) {
            throw new EventDecodingException(new UnsupportedSchemaException(schema).getMessage(), null);
        }
        if (type == null) {
            throw new EventDecodingException("missing field 'type'", null);
        }
        return type;
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
