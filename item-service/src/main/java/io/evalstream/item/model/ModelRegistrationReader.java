package io.evalstream.item.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.evalstream.contracts.EndpointLimits;
import io.evalstream.item.problem.ProblemError;
import io.evalstream.item.problem.ProblemException;
import io.evalstream.item.problem.ProblemType;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates a model registration body. It reads the raw JSON rather than binding a record so that it can
 * refuse a secret by field name ({@code apiKey} and look-alikes) with an explanation, instead of silently
 * dropping it or, worse, storing it (invariant 5).
 */
public final class ModelRegistrationReader {
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,199}");
    static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,199}");
    static final Pattern SECRET_FIELD = Pattern.compile("(?i)(api[_-]?key|secret|token|password|authorization)");
    static final Set<String> FIELDS = Set.of("id", "provider", "baseUrl", "modelName", "apiKeyEnv",
            "inputUsdPerMillionTokens", "outputUsdPerMillionTokens", "limits", "capabilities");
    static final Set<String> LIMIT_FIELDS = Set.of("maxConcurrency", "requestsPerMinute", "tokensPerMinute");
    static final String BUILTIN = "builtin";

    private ModelRegistrationReader() {
    }

    public static ModelRegistration read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new ProblemException(ProblemType.MALFORMED_BODY, "a JSON object is required");
        }
        List<ProblemError> errors = new ArrayList<>();
        for (Iterator<String> names = body.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (SECRET_FIELD.matcher(name).matches()) {
                errors.add(ProblemError.field(name, "secrets are never accepted or stored; put the key in an "
                        + "environment variable of inference-service and give its name in apiKeyEnv"));
            } else if (!FIELDS.contains(name)) {
                errors.add(ProblemError.field(name, "unknown field; known fields: " + FIELDS.stream().sorted().toList()));
            }
        }
        String id = text(body, "id", true, errors);
        if (id != null && !ID.matcher(id).matches()) {
            errors.add(ProblemError.field("id", "must be 1 to 200 letters, digits or . _ : / -"));
        } else if (id != null && id.startsWith(BUILTIN + ":")) {
            errors.add(ProblemError.field("id", "the prefix 'builtin:' is reserved for built-in models"));
        }
        String provider = text(body, "provider", true, errors);
        String baseUrl = text(body, "baseUrl", false, errors);
        if (baseUrl != null && !isHttpUrl(baseUrl)) {
            errors.add(ProblemError.field("baseUrl", "must be an absolute http or https URL"));
        }
        String modelName = text(body, "modelName", false, errors);
        String apiKeyEnv = text(body, "apiKeyEnv", false, errors);
        // an id of one's own for a built-in model (an alias such as "acme:m" -> "first-option@0.9"), so that the
        // target can change under the same id; the built-in ids themselves stay reserved
        if (BUILTIN.equals(provider) && (modelName == null || baseUrl != null || apiKeyEnv != null)) {
            errors.add(ProblemError.field("provider", "'builtin' registers an alias of a built-in model: give its "
                    + "modelName (e.g. first-option@0.9) and no baseUrl or apiKeyEnv"));
        }
        if (apiKeyEnv != null && !ENV_NAME.matcher(apiKeyEnv).matches()) {
            errors.add(ProblemError.field("apiKeyEnv", "must be an environment variable name such as OPENAI_API_KEY"));
        }
        Double inputPrice = price(body, "inputUsdPerMillionTokens", errors);
        Double outputPrice = price(body, "outputUsdPerMillionTokens", errors);
        if ((inputPrice == null) != (outputPrice == null)) {
            errors.add(ProblemError.field(inputPrice == null ? "inputUsdPerMillionTokens" : "outputUsdPerMillionTokens",
                    "give both prices or neither"));
        }
        EndpointLimits limits = limits(body.get("limits"), errors);
        Set<ModelCapability> capabilities = capabilities(body.get("capabilities"), errors);
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, summary(errors), errors);
        }
        return new ModelRegistration(id, provider, baseUrl, modelName == null ? defaultModelName(id) : modelName,
                apiKeyEnv, inputPrice, outputPrice, limits, capabilities);
    }

    private static Double price(JsonNode body, String field, List<ProblemError> errors) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber() || node.asDouble() < 0 || !Double.isFinite(node.asDouble())) {
            errors.add(ProblemError.field(field, "must be a number >= 0 (USD per million tokens)"));
            return null;
        }
        return node.asDouble();
    }

    private static EndpointLimits limits(JsonNode node, List<ProblemError> errors) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            errors.add(ProblemError.field("limits", "must be an object with " + LIMIT_FIELDS.stream().sorted().toList()));
            return null;
        }
        Integer[] values = new Integer[3];
        List<String> order = List.of("maxConcurrency", "requestsPerMinute", "tokensPerMinute");
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!LIMIT_FIELDS.contains(name)) {
                errors.add(ProblemError.field("limits." + name, "unknown limit; known limits: " + order));
                continue;
            }
            JsonNode value = node.get(name);
            if (value.isNull()) {
                continue;
            }
            if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 1) {
                errors.add(ProblemError.field("limits." + name, "must be a whole number >= 1"));
                continue;
            }
            values[order.indexOf(name)] = value.asInt();
        }
        EndpointLimits limits = new EndpointLimits(values[0], values[1], values[2]);
        return limits.any() ? limits : null;
    }

    private static Set<ModelCapability> capabilities(JsonNode node, List<ProblemError> errors) {
        if (node == null || node.isNull()) {
            return null;
        }
        List<String> known = java.util.Arrays.stream(ModelCapability.values()).map(ModelCapability::wireName).toList();
        if (!node.isArray()) {
            errors.add(ProblemError.field("capabilities", "must be an array of " + known));
            return null;
        }
        Set<ModelCapability> set = java.util.EnumSet.noneOf(ModelCapability.class);
        for (int i = 0; i < node.size(); i++) {
            java.util.Optional<ModelCapability> c = node.get(i).isTextual()
                    ? ModelCapability.fromWire(node.get(i).asText()) : java.util.Optional.empty();
            if (c.isEmpty()) {
                errors.add(ProblemError.field("capabilities[" + i + "]", "unknown capability; known: " + known));
            } else {
                set.add(c.get());
            }
        }
        return set;
    }

    /** "openai:gpt-4o-mini" asks the provider for "gpt-4o-mini", as built-in ids do. */
    static String defaultModelName(String id) {
        int colon = id.indexOf(':');
        return colon < 0 ? id : id.substring(colon + 1);
    }

    private static String text(JsonNode body, String field, boolean required, List<ProblemError> errors) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                errors.add(ProblemError.field(field, "is required"));
            }
            return null;
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            errors.add(ProblemError.field(field, "must be a non-blank string"));
            return null;
        }
        return node.asText().strip();
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String summary(List<ProblemError> errors) {
        ProblemError first = errors.get(0);
        return first.field() + ": " + first.message() + (errors.size() > 1 ? " (and " + (errors.size() - 1)
                + " more)" : "");
    }
}
