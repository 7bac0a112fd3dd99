package io.evalstream.item.kind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The published JSON Schema (draft 2020-12) of one item kind, {@code schemas/<kind>.schema.json} on the class path.
 * It is the documented shape of a JSONL line and the first check of every imported line; the kind's
 * {@link ItemKind#parse} keeps the semantic checks a schema cannot state (a gold index below the number of choices).
 * Violations are worded like {@link Fields} words them ("is required", "must be a string") and named by the
 * field's path in the line ({@code choices[2]}), so an import error reads the same whichever check found it.
 * Failures of a {@code oneOf} (a kind with two forms) are left to the kind's parse, which can say which form it
 * took the line for.
 */
public final class KindSchema {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private final String kind;
    private final JsonNode document;
    private final JsonSchema schema;

    private KindSchema(String kind, JsonNode document) {
        this.kind = kind;
        this.document = document;
        this.schema = FACTORY.getSchema(document);
    }

    /** Where the schema of {@code kind} lives on the class path. */
    public static String resource(String kind) {
        return "schemas/" + kind + ".schema.json";
    }

    /**
     * Loads the schema of {@code kind}; a missing or unreadable schema throws {@link IllegalStateException}, so a
     * kind cannot be registered without one.
     */
    public static KindSchema load(String kind) {
        String resource = resource(kind);
        ClassLoader loader = KindSchema.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("item kind '" + kind + "' has no JSON schema: add " + resource
                        + " to item-service/src/main/resources");
            }
            return new KindSchema(kind, MAPPER.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        } catch (RuntimeException e) {
            if (e instanceof IllegalStateException) {
                throw e;
            }
            throw new IllegalStateException("invalid JSON schema " + resource + ": " + e.getMessage(), e);
        }
    }

    public String kind() {
        return kind;
    }

    /** The schema document as published (a copy: callers may not change the validator's schema). */
    public JsonNode document() {
        return document.deepCopy();
    }

    /** What is wrong with {@code line} by the schema, field by field; empty when it conforms. */
    public List<FieldErrors.FieldError> check(JsonNode line) {
        Set<ValidationMessage> messages = schema.validate(line);
        List<FieldErrors.FieldError> errors = new ArrayList<>();
        for (ValidationMessage message : messages) {
            if (underOneOf(message)) {
                continue;
            }
            errors.add(new FieldErrors.FieldError(field(message), describe(message)));
        }
        errors.sort((a, b) -> String.valueOf(a.field()).compareTo(String.valueOf(b.field())));
        return List.copyOf(errors);
    }

    private static boolean underOneOf(ValidationMessage message) {
        JsonNodePath path = message.getEvaluationPath();
        for (int i = 0; i < path.getNameCount(); i++) {
            if ("oneOf".equals(path.getName(i))) {
                return true;
            }
        }
        return "oneOf".equals(message.getType());
    }

    /** The instance location without {@code $.}: {@code choices[2]}, {@code scale.min}; the property for required. */
    static String field(ValidationMessage message) {
        StringBuilder field = new StringBuilder();
        JsonNodePath path = message.getInstanceLocation();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            if (element instanceof Number) {
                field.append('[').append(element).append(']');
            } else {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(element);
            }
        }
        String type = message.getType();
        if (("required".equals(type) || "additionalProperties".equals(type)) && message.getProperty() != null) {
            if (field.length() > 0) {
                field.append('.');
            }
            field.append(message.getProperty());
        }
        return field.length() == 0 ? null : field.toString();
    }

    private static String describe(ValidationMessage message) {
        String type = message.getType();
        JsonNode value = keywordValue(message);
        JsonNode instance = message.getInstanceNode();
        switch (type) {
            case "required":
                return "is required";
            case "additionalProperties":
                return "is not allowed here";
            case "type":
                if (instance == null || instance.isNull() || instance.isMissingNode()) {
                    return "is required";
                }
                return "must be " + types(value);
            case "minLength":
                return value != null && value.asInt() == 1 ? "must not be blank"
                        : "must have at least " + value.asInt() + " characters";
            case "maxLength":
                return "must have at most " + value.asInt() + " characters";
            case "minItems":
                return "must have at least " + value.asInt() + " " + noun(message) + ", has " + size(instance);
            case "maxItems":
                return "must have at most " + value.asInt() + " " + noun(message) + ", has " + size(instance);
            case "minimum":
                return "must be at least " + value.asText() + ", is " + instance;
            case "maximum":
                return "must be at most " + value.asText() + ", is " + instance;
            case "enum":
                return "must be one of " + join(value) + ", is " + instance;
            case "const":
                return "must be " + value + ", is " + instance;
            case "pattern":
                return "must match " + value.asText() + ", is " + instance;
            default:
                return stripLocation(message.getMessage());
        }
    }

    /** The value of the failing keyword in the schema, whichever of the two the library hands out. */
    private static JsonNode keywordValue(ValidationMessage message) {
        JsonNode node = message.getSchemaNode();
        if (node != null && node.isObject() && node.has(message.getType())) {
            return node.get(message.getType());
        }
        return node;
    }

    private static String types(JsonNode value) {
        List<String> names = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(t -> names.add(t.asText()));
        } else if (value != null) {
            names.add(value.asText());
        }
        names.remove("null");
        return names.stream().map(KindSchema::typeWord).collect(Collectors.joining(" or "));
    }

    private static String typeWord(String type) {
        return switch (type) {
            case "string" -> "a string";
            case "integer" -> "an integer";
            case "number" -> "a number";
            case "boolean" -> "true or false";
            case "array" -> "an array";
            case "object" -> "an object";
            default -> type;
        };
    }

    private static String noun(ValidationMessage message) {
        JsonNodePath path = message.getInstanceLocation();
        Object last = path.getNameCount() == 0 ? null : path.getElement(path.getNameCount() - 1);
        return last instanceof String name ? name : "items";
    }

    private static int size(JsonNode instance) {
        return instance == null ? 0 : instance.size();
    }

    private static String join(JsonNode values) {
        if (values == null || !values.isArray()) {
            return String.valueOf(values);
        }
        return StreamSupport.stream(values.spliterator(), false).map(JsonNode::toString)
                .collect(Collectors.joining(", "));
    }

    private static String stripLocation(String text) {
        int colon = text.indexOf(": ");
        return text.startsWith("$") && colon > 0 ? text.substring(colon + 2) : text;
    }
}
