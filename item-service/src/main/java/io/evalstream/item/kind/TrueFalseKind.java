package io.evalstream.item.kind;

import com.fasterxml.jackson.databind.JsonNode;
import io.evalstream.contracts.ModelInput;
import io.evalstream.contracts.ScoringContext;
import io.evalstream.contracts.Variant;
import io.evalstream.item.prompt.ReadMode;
import io.evalstream.item.prompt.ZeroShotPrompts;
import io.evalstream.item.variant.PermutationMode;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * {@code true_false}: {@code {"statement":..,"label":true|false}}. Never permuted: True/False is not an option
 * list whose order could bias the answer the way A-D positions do. {@code goldIndex} is the gold label's index
 * in {@code labels} (0 = True, 1 = False), so label-probability scoring reads both kinds alike.
 */
@ApplicationScoped
public class TrueFalseKind implements ItemKind<TrueFalse> {
    public static final String NAME = "true_false";
    static final List<String> LABELS = List.of("True", "False");

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
        return errors.isEmpty() ? new TrueFalse(statement, label) : null;
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
    public ScoringContext scoring(TrueFalse content, Variant variant, ReadMode readMode, List<String> slices) {
        int gold = content.label() ? 0 : 1;
        return new ScoringContext(NAME, readMode.name(), LABELS.get(gold), LABELS, gold, slices, null);
    }
}
