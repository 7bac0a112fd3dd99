package io.evalstream.item.kind;

import com.fasterxml.jackson.databind.JsonNode;
import io.evalstream.contracts.ModelInput;
import io.evalstream.contracts.ScoringContext;
import io.evalstream.contracts.Variant;
import io.evalstream.item.prompt.Exemplar;
import io.evalstream.item.prompt.ReadMode;
import io.evalstream.item.prompt.TemplatePrompts;
import io.evalstream.item.prompt.Templates;
import io.evalstream.item.prompt.ZeroShotPrompts;
import io.evalstream.item.variant.PermutationMode;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code true_false}: {@code {"statement":..,"label":true|false}}, optionally {@code "pair"} (the Strange Dataset item
 * a true and a false statement share) and {@code "control_of"} (the id of the self-referential statement this one
 * is the control twin of), passed to the scorer as scoring attributes of the same names. Never permuted: True/False is not an option
 * list whose order could bias the answer the way A-D positions do. {@code goldIndex} is the gold label's index
 * in {@code labels} (0 = True, 1 = False), so label-probability scoring reads both kinds alike.
 */
@ApplicationScoped
public class TrueFalseKind implements ItemKind<TrueFalse> {
    public static final String NAME = "true_false";
    static final List<String> LABELS = List.of("True", "False");
    /** Optional field and scoring attribute: the Strange Dataset item (a true and a false statement) it belongs to. */
    public static final String PAIR = "pair";
    /** Optional field and scoring attribute: the id of the self-referential statement this one is the control of. */
    public static final String CONTROL_OF = "control_of";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<TrueFalse> contentType() {
        return TrueFalse.class;
    }

    @Override
    public TrueFalse parse(JsonNode line, FieldErrors errors) {
        String statement = Fields.requiredText(line, "statement", errors);
        Boolean label = Fields.requiredBoolean(line, "label", errors);
        String pair = Fields.optionalText(line, PAIR, errors);
        String controlOf = Fields.optionalText(line, CONTROL_OF, errors);
        return errors.isEmpty() ? new TrueFalse(statement, label, pair, controlOf) : null;
    }

    @Override
    public List<Variant> variants(TrueFalse content, PermutationMode mode) {
        return List.of(Variant.original());
    }

    @Override
    public ModelInput prompt(TrueFalse content, Variant variant) {
        return ModelInput.chat(null, ZeroShotPrompts.trueFalse(content.statement()));
    }

    @Override
    public ModelInput prompt(TrueFalse content, Variant variant, List<Exemplar> exemplars) {
        String template = variant.template() == null ? Templates.ZERO_SHOT : variant.template();
        return switch (template) {
            case Templates.ZERO_SHOT -> prompt(content, variant);
            case Templates.FEW_SHOT -> TemplatePrompts.fewShot(exemplars, ZeroShotPrompts.trueFalse(content.statement()));
            case Templates.CHAIN_OF_THOUGHT -> ModelInput.chat(null, TemplatePrompts.trueFalse(content.statement()));
            default -> throw new IllegalArgumentException("kind '" + NAME + "' has no '" + template + "' template");
        };
    }

    /** The zero-shot question answered with the statement's label. */
    @Override
    public Optional<Exemplar> exemplar(TrueFalse content) {
        return Optional.of(new Exemplar(null, ZeroShotPrompts.trueFalse(content.statement()),
                LABELS.get(content.label() ? 0 : 1)));
    }

    @Override
    public ScoringContext scoring(TrueFalse content, Variant variant, ReadMode readMode, List<String> slices) {
        int gold = content.label() ? 0 : 1;
        Map<String, String> attributes = new HashMap<>();
        if (content.pair() != null) {
            attributes.put(PAIR, content.pair());
        }
        if (content.controlOf() != null) {
            attributes.put(CONTROL_OF, content.controlOf());
        }
        return new ScoringContext(NAME, readMode.name(), LABELS.get(gold), LABELS, gold, slices, attributes);
    }

    /** An optional non-blank string field; absent or null is null. */}
