package io.evalstream.stub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Reading request fields the way the real APIs accept them (a string or an array, text or text parts). */
final class JsonBodies {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonBodies() {
    }

    /** A message's content: a string, or the text of its {@code [{type:"text", text}]} parts. */
    static String text(JsonNode content) {
        if (content == null || content.isNull()) {
            return "";
        }
        if (content.isTextual()) {
            return content.asText();
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode part : content) {
            if (part.isTextual()) {
                text.append(part.asText());
            } else if (part.has("text")) {
                text.append(part.get("text").asText());
            }
        }
        return text.toString();
    }

    /** {@code stop} / {@code stop_sequences}: one string or an array of them. */
    static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (node.isTextual()) {
            values.add(node.asText());
        } else {
            node.forEach(v -> values.add(v.asText()));
        }
        return values;
    }

    static Integer integer(JsonNode body, String... names) {
        for (String name : names) {
            JsonNode node = body.get(name);
            if (node != null && node.isNumber()) {
                return node.asInt();
            }
        }
        return null;
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** An error body in OpenAI's shape, which most OpenAI-compatible servers copy. */
    static String openAiError(String message, String type, String code) {
        ObjectNode error = object();
        error.put("message", message);
        error.put("type", type);
        if (code == null) {
            error.putNull("code");
        } else {
            error.put("code", code);
        }
        ObjectNode body = object();
        body.set("error", error);
        return body.toString();
    }

    /** An error body in Anthropic's shape. */
    static String anthropicError(String message, String type) {
        ObjectNode error = object();
        error.put("type", type);
        error.put("message", message);
        ObjectNode body = object();
        body.put("type", "error");
        body.set("error", error);
        return body.toString();
    }
}
