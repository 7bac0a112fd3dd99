package io.evalstream.item.kind;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.evalstream.contracts.ModelInput;
import io.evalstream.contracts.ScoringContext;
import io.evalstream.contracts.Variant;
import io.evalstream.contracts.VariantKind;
import io.evalstream.item.prompt.ReadMode;
import io.evalstream.item.variant.PermutationMode;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code dilemma} (PROTOCOLS.md; MoralChoice, Scherrer et al. 2023): {@code {"context":..,"action1":..,
 * "action2":..,"labels":{"action1":{..},"action2":{..}},"commonSense":"action1"|null,"forms":[{"name","system",
 * "question","answersA":[..],"answersB":[..]}],"refusals":[..]}}.
 *
 * <p>Every item is asked in every form and both action orders (MoralChoice's question forms: 3 templates x 2
 * orders), whatever the run's permutation mode: the protocol's metrics (per-form likelihoods, form consistency)
 * need them all. Variant {@code <form>:action1_first} has permutation {@code [0,1]}, {@code <form>:action2_first}
 * {@code [1,0]} ({@code permutation[pos]} = the action shown at {@code pos}, 0 = action1), so every score maps
 * back to the action's content. Read by GENERATE only: the answer is free text matched to an action by the
 * scorer (label probabilities over "A"/"B" would not cover the {@code repeat} form).
 *
 * <p>The scoring context carries everything the scorer's matching needs (no lookup): {@code reference} = the
 * common-sense action or null; {@code labels} = the action names in display order; attributes {@code form},
 * {@code order}, {@code optionA}/{@code optionB} (the shown action texts), {@code answersA}/{@code answersB} (the
 * form's answer patterns, JSON arrays) and {@code refusals} (JSON array).
 */
@ApplicationScoped
public class DilemmaKind implements ItemKind<Dilemma> {
    public static final String NAME = "dilemma";
    public static final String ACTION1 = "action1";
    public static final String ACTION2 = "action2";
    public static final String ACTION1_FIRST = "action1_first";
    public static final String ACTION2_FIRST = "action2_first";
    /** Scoring-context attribute names (read by scoring-service's dilemma scorer and the built-in models). */
    public static final String FORM = "form";
    public static final String ORDER = "order";
    public static final String OPTION_A = "optionA";
    public static final String OPTION_B = "optionB";
    public static final String ANSWERS_A = "answersA";
    public static final String ANSWERS_B = "answersB";
    public static final String REFUSALS = "refusals";
    /** MoralChoice asks with up to 200 new tokens at temperature 1, top-p 1 (its evaluate.py defaults). */
    static final int MAX_TOKENS = 200;
    private static final Pattern FORM_NAME = Pattern.compile("[a-z0-9_-]{1,40}");
    private static final Set<String> PATTERN_PLACEHOLDERS = Set.of("optionA", "optionA_short", "optionB",
            "optionB_short");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<Dilemma> contentType() {
        return Dilemma.class;
    }

    @Override
    public Dilemma parse(JsonNode line, FieldErrors errors) {
        String context = Fields.requiredText(line, "context", errors);
        String action1 = Fields.requiredText(line, ACTION1, errors);
        String action2 = Fields.requiredText(line, ACTION2, errors);
        Map<String, Map<String, String>> labels = labels(line, errors);
        String commonSense = null;
        JsonNode common = line.get("commonSense");
        if (common != null && !common.isNull()) {
            if (common.isTextual() && (ACTION1.equals(common.asText()) || ACTION2.equals(common.asText()))) {
                commonSense = common.asText();
            } else {
                errors.add("commonSense", "must be \"action1\", \"action2\" or null");
            }
        }
        List<DilemmaForm> forms = forms(line, errors);
        List<String> refusals = Fields.textArray(line, REFUSALS, false, errors);
        return errors.isEmpty() ? new Dilemma(context, action1, action2, labels, commonSense, forms, refusals) : null;
    }

    private static Map<String, Map<String, String>> labels(JsonNode line, FieldErrors errors) {
        JsonNode node = line.get("labels");
        if (node == null || node.isNull()) {
            return Map.of();
        }
        if (!node.isObject()) {
            errors.add("labels", "must be an object {\"action1\":{..},\"action2\":{..}}");
            return Map.of();
        }
        Map<String, Map<String, String>> labels = new LinkedHashMap<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String action = names.next();
            if (!ACTION1.equals(action) && !ACTION2.equals(action)) {
                errors.add("labels." + action, "unknown action; labels are given for action1 and action2");
                continue;
            }
            JsonNode values = node.get(action);
            if (!values.isObject()) {
                errors.add("labels." + action, "must be an object of label name to text");
                continue;
            }
            Map<String, String> map = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                if (!entry.getValue().isTextual()) {
                    errors.add("labels." + action + "." + entry.getKey(), "must be a string");
                } else {
                    map.put(entry.getKey(), entry.getValue().asText());
                }
            }
            labels.put(action, map);
        }
        return labels;
    }

    private static List<DilemmaForm> forms(JsonNode line, FieldErrors errors) {
        JsonNode node = line.get("forms");
        if (node == null || node.isNull()) {
            errors.add("forms", "is required: the question templates the dilemma is asked in");
            return List.of();
        }
        if (!node.isArray() || node.isEmpty()) {
            errors.add("forms", "must be a non-empty array of {name, system, question, answersA, answersB}");
            return List.of();
        }
        List<DilemmaForm> forms = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String prefix = "forms[" + i + "]";
            JsonNode form = node.get(i);
            if (!form.isObject()) {
                errors.add(prefix, "must be an object");
                continue;
            }
            FieldErrors own = new FieldErrors();
            String name = Fields.requiredText(form, "name", own);
            if (name != null && !FORM_NAME.matcher(name).matches()) {
                own.add("name", "must be 1-40 characters of a-z, 0-9, '_' or '-', is '" + name + "'");
            } else if (name != null && !names.add(name)) {
                own.add("name", "duplicate form name '" + name + "'");
            }
            JsonNode systemNode = form.get("system");
            String system = null;
            if (systemNode != null && !systemNode.isNull()) {
                if (systemNode.isTextual()) {
                    system = systemNode.asText().isEmpty() ? null : systemNode.asText();
                } else {
                    own.add("system", "must be a string");
                }
            }
            String question = Fields.requiredText(form, "question", own);
            if (question != null && DilemmaForm.placeholders(question) != 3) {
                own.add("question", "must hold exactly three {} placeholders (context, first action, second action), "
                        + "holds " + DilemmaForm.placeholders(question));
            }
            List<String> answersA = patterns(form, ANSWERS_A, own);
            List<String> answersB = patterns(form, ANSWERS_B, own);
            own.list().forEach(e -> errors.add(prefix + "." + e.field(), e.message()));
            if (own.isEmpty()) {
                forms.add(new DilemmaForm(name, system, question, answersA, answersB));
            }
        }
        return forms;
    }

    private static List<String> patterns(JsonNode form, String field, FieldErrors errors) {
        List<String> patterns = Fields.textArray(form, field, true, errors);
        if (patterns == null) {
            return List.of();
        }
        if (patterns.isEmpty()) {
            errors.add(field, "must hold at least one answer pattern");
        }
        for (int i = 0; i < patterns.size(); i++) {
            var matcher = PLACEHOLDER.matcher(patterns.get(i));
            while (matcher.find()) {
                if (!PATTERN_PLACEHOLDERS.contains(matcher.group(1))) {
                    errors.add(field + "[" + i + "]", "unknown placeholder {" + matcher.group(1) + "}; known are "
                            + "{optionA}, {optionA_short}, {optionB}, {optionB_short}");
                }
            }
        }
        return patterns;
    }

    @Override
    public List<Variant> variants(Dilemma content, PermutationMode mode) {
        List<Variant> variants = new ArrayList<>(content.forms().size() * 2);
        for (DilemmaForm form : content.forms()) {
            variants.add(new Variant(form.name() + ":" + ACTION1_FIRST, VariantKind.TEMPLATE, List.of(0, 1)));
            variants.add(new Variant(form.name() + ":" + ACTION2_FIRST, VariantKind.TEMPLATE, List.of(1, 0)));
        }
        return variants;
    }

    @Override
    public ModelInput prompt(Dilemma content, Variant variant) {
        DilemmaForm form = form(content, variant);
        List<String> shown = shown(variant);
        return ModelInput.chat(form.system(), form.render(content.context(), content.action(shown.get(0)),
                content.action(shown.get(1))));
    }

    @Override
    public ScoringContext scoring(Dilemma content, Variant variant, ReadMode readMode, List<String> slices) {
        DilemmaForm form = form(content, variant);
        List<String> shown = shown(variant);
        Map<String, String> attributes = new HashMap<>();
        attributes.put(FORM, form.name());
        attributes.put(ORDER, ACTION1.equals(shown.get(0)) ? ACTION1_FIRST : ACTION2_FIRST);
        attributes.put(OPTION_A, content.action(shown.get(0)));
        attributes.put(OPTION_B, content.action(shown.get(1)));
        attributes.put(ANSWERS_A, json(form.answersA()));
        attributes.put(ANSWERS_B, json(form.answersB()));
        attributes.put(REFUSALS, json(content.refusals()));
        Integer gold = content.commonSense() == null ? null : ACTION1.equals(content.commonSense()) ? 0 : 1;
        return new ScoringContext(NAME, ReadMode.GENERATE.name(), content.commonSense(), shown, gold, slices,
                attributes);
    }

    @Override
    public io.evalstream.contracts.Generation generation(ReadMode readMode) {
        return new io.evalstream.contracts.Generation(1.0, 1.0, MAX_TOKENS, null, List.of(), false, null);
    }

    /** The action names in display order: {@code permutation[pos]} is 0 for action1, 1 for action2. */
    static List<String> shown(Variant variant) {
        List<Integer> permutation = variant.permutation();
        boolean swapped = permutation != null && !permutation.isEmpty() && permutation.get(0) == 1;
        return swapped ? List.of(ACTION2, ACTION1) : List.of(ACTION1, ACTION2);
    }

    private static DilemmaForm form(Dilemma content, Variant variant) {
        int colon = variant.id().indexOf(':');
        String name = colon < 0 ? variant.id() : variant.id().substring(0, colon);
        return content.forms().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("dilemma has no form '" + name + "' (variant "
                        + variant.id() + ")"));
    }

    private static String json(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings is always JSON-writable", e);
        }
    }
}
