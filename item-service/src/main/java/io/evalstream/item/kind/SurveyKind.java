package io.evalstream.item.kind;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.evalstream.contracts.ModelInput;
import io.evalstream.contracts.ScoringContext;
import io.evalstream.contracts.Variant;
import io.evalstream.item.prompt.OptionLabels;
import io.evalstream.item.prompt.ReadMode;
import io.evalstream.item.prompt.SurveyPrompts;
import io.evalstream.item.variant.OptionOrders;
import io.evalstream.item.variant.PermutationMode;
import io.evalstream.item.variant.VariantExpander;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code survey} ("Questioning the Survey Responses of LLMs"; PROTOCOLS.md, "Survey"):
 * <pre>{"kind":"survey","id":"q1","question":"..","options":[{"code":"1","text":"Yes"},{"code":"2","text":"No"}],
 *  "reference":{"1":0.6,"2":0.4}}</pre>
 * Options may also be plain strings (their codes are then "1".."k"). {@code reference} (optional) is the human
 * answer distribution, either an object code -> share or an array aligned with the options; it is normalised.
 *
 * <p>A survey question is always asked in every option order ({@link OptionOrders}: all k! orders up to 4
 * options, the k cyclic shifts above), whatever the run's {@code permutations}: its metrics (A-bias, the
 * adjusted distribution) are defined over orders. The scoring context carries the codes (attribute
 * {@value #CODES}) and the reference ({@value #REFERENCE}) as JSON, so the scorer maps each displayed position
 * back to its code with the variant's permutation and the report needs no lookup.
 */
@ApplicationScoped
public class SurveyKind implements ItemKind<Survey> {
    public static final String NAME = "survey";
    /** Scoring attribute: JSON array of the option codes in questionnaire order. */
    public static final String CODES = "codes";
    /** Scoring attribute: JSON object code -> reference share (absent when the item has no reference). */
    public static final String REFERENCE = "reference";
    /** Scoring attribute: the prompt template. */
    public static final String TEMPLATE = "template";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<Survey> contentType() {
        return Survey.class;
    }

    @Override
    public Survey parse(JsonNode line, FieldErrors errors) {
        String question = Fields.requiredText(line, "question", errors);
        List<Survey.Option> options = options(line.get("options"), errors);
        Map<String, Double> reference = options == null ? null : reference(line.get("reference"), options, errors);
        return errors.isEmpty() ? new Survey(question, options, reference) : null;
    }

    private static List<Survey.Option> options(JsonNode node, FieldErrors errors) {
        if (node == null || node.isNull()) {
            errors.add("options", "is required");
            return null;
        }
        if (!node.isArray()) {
            errors.add("options", "must be an array of strings or of {\"code\", \"text\"} objects");
            return null;
        }
        if (node.size() < 2 || node.size() > OptionLabels.MAX_OPTIONS) {
            errors.add("options", "must have 2 to " + OptionLabels.MAX_OPTIONS + " options (labels A to Z), has "
                    + node.size());
            return null;
        }
        List<Survey.Option> options = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        boolean valid = true;
        for (int i = 0; i < node.size(); i++) {
            JsonNode element = node.get(i);
            String field = "options[" + i + "]";
            String code;
            String text;
            if (element.isTextual()) {
                code = String.valueOf(i + 1);
                text = element.asText();
            } else if (element.isObject()) {
                JsonNode c = element.get("code");
                code = c != null && (c.isTextual() || c.isIntegralNumber()) ? c.asText() : null;
                if (code == null || code.isBlank()) {
                    errors.add(field + ".code", "is required: a string or an integer");
                    valid = false;
                }
                JsonNode t = element.get("text");
                text = t != null && t.isTextual() ? t.asText() : null;
            } else {
                errors.add(field, "must be a string or a {\"code\", \"text\"} object");
                valid = false;
                continue;
            }
            if (text == null || text.isBlank()) {
                errors.add(element.isObject() ? field + ".text" : field, "must be a non-blank string");
                valid = false;
            }
            if (code != null && !code.isBlank() && !codes.add(code)) {
                errors.add(element.isObject() ? field + ".code" : field, "code '" + code + "' is used twice");
                valid = false;
            }
            options.add(new Survey.Option(code, text));
        }
        return valid ? options : null;
    }

    private static Map<String, Double> reference(JsonNode node, List<Survey.Option> options, FieldErrors errors) {
        if (node == null || node.isNull()) {
            return null;
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        options.forEach(o -> shares.put(o.code(), 0.0));
        boolean valid = true;
        if (node.isArray()) {
            if (node.size() != options.size()) {
                errors.add("reference", "must have one share per option (" + options.size() + "), has " + node.size());
                return null;
            }
            for (int i = 0; i < node.size(); i++) {
                valid &= share(node.get(i), "reference[" + i + "]", options.get(i).code(), shares, errors);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> entry = it.next();
                if (!shares.containsKey(entry.getKey())) {
                    errors.add("reference." + entry.getKey(), "is not an option code (codes: " + shares.keySet() + ")");
                    valid = false;
                } else {
                    valid &= share(entry.getValue(), "reference." + entry.getKey(), entry.getKey(), shares, errors);
                }
            }
        } else {
            errors.add("reference", "must be an object code -> share or an array of shares aligned with options");
            return null;
        }
        if (!valid) {
            return null;
        }
        double total = shares.values().stream().mapToDouble(Double::doubleValue).sum();
        if (!(total > 0)) {
            errors.add("reference", "shares sum to zero");
            return null;
        }
        shares.replaceAll((code, share) -> share / total);
        return shares;
    }

    private static boolean share(JsonNode value, String field, String code, Map<String, Double> shares,
            FieldErrors errors) {
        if (value == null || !value.isNumber() || value.asDouble() < 0 || !Double.isFinite(value.asDouble())) {
            errors.add(field, "must be a non-negative number");
            return false;
        }
        shares.put(code, value.asDouble());
        return true;
    }

    @Override
    public List<Variant> variants(Survey content, PermutationMode mode) {
        return OptionOrders.all(content.options().size());
    }

    @Override
    public ModelInput prompt(Survey content, Variant variant) {
        int k = content.options().size();
        List<String> displayed = new ArrayList<>(k);
        for (int pos = 0; pos < k; pos++) {
            displayed.add(content.options().get(VariantExpander.originalIndexAt(variant, pos)).text());
        }
        return ModelInput.chat(null, SurveyPrompts.question(content.question(), OptionLabels.labels(k), displayed));
    }

    @Override
    public ScoringContext scoring(Survey content, Variant variant, ReadMode readMode, List<String> slices) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(CODES, json(content.codes()));
        attributes.put(TEMPLATE, SurveyPrompts.TEMPLATE);
        if (content.reference() != null) {
            attributes.put(REFERENCE, json(content.reference()));
        }
        return new ScoringContext(NAME, readMode.name(), null, OptionLabels.labels(content.options().size()), null,
                slices, attributes);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
