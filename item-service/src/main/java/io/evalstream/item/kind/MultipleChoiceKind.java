package io.evalstream.item.kind;

import com.fasterxml.jackson.databind.JsonNode;
import io.evalstream.contracts.ModelInput;
import io.evalstream.contracts.ScoringContext;
import io.evalstream.contracts.Variant;
import io.evalstream.item.prompt.Exemplar;
import io.evalstream.item.prompt.OptionLabels;
import io.evalstream.item.prompt.ReadMode;
import io.evalstream.item.prompt.TemplatePrompts;
import io.evalstream.item.prompt.Templates;
import io.evalstream.item.prompt.ZeroShotPrompts;
import io.evalstream.item.variant.PermutationMode;
import io.evalstream.item.variant.VariantExpander;
import io.evalstream.item.variant.VariantOptions;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code multiple_choice}: {@code {"question":..,"choices":[..],"answer":<gold index>}}. Options are labelled
 * A, B, ... in display order and may be permuted; the scoring context names the gold's displayed label.
 */
@ApplicationScoped
public class MultipleChoiceKind implements ItemKind<MultipleChoice> {
    public static final String NAME = "multiple_choice";
    static final int MIN_CHOICES = 2;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<MultipleChoice> contentType() {
        return MultipleChoice.class;
    }

    @Override
    public MultipleChoice parse(JsonNode line, FieldErrors errors) {
        String question = Fields.requiredText(line, "question", errors);
        List<String> choices = Fields.textArray(line, "choices", true, errors);
        if (choices != null && choices.size() < MIN_CHOICES) {
            errors.add("choices", "must have at least " + MIN_CHOICES + " choices, has " + choices.size());
            choices = null;
        } else if (choices != null && choices.size() > OptionLabels.MAX_OPTIONS) {
            errors.add("choices", "must have at most " + OptionLabels.MAX_OPTIONS + " choices (labels A to Z), has "
                    + choices.size());
            choices = null;
        }
        Integer answer = Fields.requiredInt(line, "answer", errors);
        if (answer != null && choices != null && (answer < 0 || answer >= choices.size())) {
            errors.add("answer", "must be an index of choices (0 to " + (choices.size() - 1) + "), is " + answer);
        }
        return errors.isEmpty() ? new MultipleChoice(question, choices, answer) : null;
    }

    @Override
    public List<Variant> variants(MultipleChoice content, PermutationMode mode) {
        return VariantExpander.expand(mode, content.choices().size());
    }

    @Override
    public List<Variant> variants(MultipleChoice content, String itemId, VariantOptions options) {
        return VariantExpander.expand(options, itemId, content.choices().size(), content.answer());
    }

    @Override
    public ModelInput prompt(MultipleChoice content, Variant variant) {
        return ModelInput.chat(null, ZeroShotPrompts.multipleChoice(content.question(),
                OptionLabels.labels(content.choices().size()), displayed(content, variant)));
    }

    @Override
    public ModelInput prompt(MultipleChoice content, Variant variant, List<Exemplar> exemplars) {
        String template = variant.template() == null ? Templates.ZERO_SHOT : variant.template();
        List<String> labels = OptionLabels.labels(content.choices().size());
        return switch (template) {
            case Templates.ZERO_SHOT -> prompt(content, variant);
            case Templates.FEW_SHOT -> TemplatePrompts.fewShot(exemplars,
                    ZeroShotPrompts.multipleChoice(content.question(), labels, displayed(content, variant)));
            case Templates.CHAIN_OF_THOUGHT -> ModelInput.chat(null,
                    TemplatePrompts.multipleChoice(content.question(), labels, displayed(content, variant)));
            default -> throw new IllegalArgumentException("kind '" + NAME + "' has no '" + template + "' template");
        };
    }

    /** The zero-shot question in the original order, answered with the gold's label. */
    @Override
    public Optional<Exemplar> exemplar(MultipleChoice content) {
        List<String> labels = OptionLabels.labels(content.choices().size());
        return Optional.of(new Exemplar(null, ZeroShotPrompts.multipleChoice(content.question(), labels,
                content.choices()), labels.get(content.answer())));
    }

    private static List<String> displayed(MultipleChoice content, Variant variant) {
        int k = content.choices().size();
        List<String> displayed = new ArrayList<>(k);
        for (int pos = 0; pos < k; pos++) {
            displayed.add(content.choices().get(VariantExpander.originalIndexAt(variant, pos)));
        }
        return displayed;
    }

    @Override
    public ScoringContext scoring(MultipleChoice content, Variant variant, ReadMode readMode, List<String> slices) {
        List<String> labels = OptionLabels.labels(content.choices().size());
        String reference = labels.get(VariantExpander.displayedPosition(variant, content.answer()));
        return new ScoringContext(NAME, readMode.name(), reference, labels, content.answer(), slices, null);
    }
}
