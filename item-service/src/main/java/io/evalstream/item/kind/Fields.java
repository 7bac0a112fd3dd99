package io.evalstream.item.kind;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Typed reads of JSON fields that report instead of throwing: each returns null (or an empty list) and records
 * the reason when the field is missing or of the wrong type. Shared by every {@link ItemKind}, so that all
 * kinds word their errors alike.
 */
public final class Fields {
    private Fields() {
    }

    /** A required string that is not blank. */
    public static String requiredText(JsonNode object, String field, FieldErrors errors) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            errors.add(field, "is required");
            return null;
        }
        if (!node.isTextual()) {
            errors.add(field, "must be a string");
            return null;
        }
        if (node.asText().isBlank()) {
            errors.add(field, "must not be blank");
            return null;
        }
        return node.asText();
    }

    /** An optional string: null when absent or JSON null, an error when given but not a non-blank string. */
    public static String optionalText(JsonNode object, String field, FieldErrors errors) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            errors.add(field, "must be a non-blank string when given");
            return null;
        }
        return node.asText();
    }

    /** A required integer (a JSON number without fraction); "1" and 1.5 are rejected, not coerced. */
    public static Integer requiredInt(JsonNode object, String field, FieldErrors errors) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            errors.add(field, "is required");
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            errors.add(field, "must be an integer");
            return null;
        }
        return node.asInt();
    }

    /** A required JSON boolean; the strings "true" and "false" are rejected, not coerced. */
    public static Boolean requiredBoolean(JsonNode object, String field, FieldErrors errors) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            errors.add(field, "is required");
            return null;
        }
        if (!node.isBoolean()) {
            errors.add(field, "must be true or false");
            return null;
        }
        return node.asBoolean();
    }

    /**
     * An array of non-blank strings; each bad element is reported as {@code field[i]}. Returns null when the
     * field itself is missing (if required) or not an array, or when any element is invalid.
     */
    public static List<String> textArray(JsonNode object, String field, boolean required, FieldErrors errors) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                errors.add(field, "is required");
                return null;
            }
            return List.of();
        }
        if (!node.isArray()) {
            errors.add(field, "must be an array of strings");
            return null;
        }
        List<String> values = new ArrayList<>(node.size());
        boolean valid = true;
        for (int i = 0; i < node.size(); i++) {
            JsonNode element = node.get(i);
            if (!element.isTextual()) {
                errors.add(field + "[" + i + "]", "must be a string");
                valid = false;
            } else if (element.asText().isBlank()) {
                errors.add(field + "[" + i + "]", "must not be blank");
                valid = false;
            } else {
                values.add(element.asText());
            }
        }
        return valid ? values : null;
    }
}
