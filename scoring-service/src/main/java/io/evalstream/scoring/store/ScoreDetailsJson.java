package io.evalstream.scoring.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.Map;

/**
 * The JSON form of a score's details ({@code score.details}, jsonb). One plain mapper, independent of the
 * application's: details are maps of numbers, strings and lists, and their stored form must not change with
 * a REST serialisation setting.
 */
public final class ScoreDetailsJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ScoreDetailsJson() {
    }

    /** The JSON text of {@code details}, or null for none. */
    public static String write(Map<String, Object> details) {
        if (details == null || details.isEmpty()) {
            return null;
        }
        try {
            return MAPPER.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("score details are not JSON-writable: " + e.getOriginalMessage(), e);
        }
    }

    /** The stored details as a tree; {@link NullNode} for a row without details, so callers can path freely. */
    public static JsonNode read(String json) {
        if (json == null || json.isBlank()) {
            return NullNode.getInstance();
        }
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new StoreException("score.details holds invalid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
