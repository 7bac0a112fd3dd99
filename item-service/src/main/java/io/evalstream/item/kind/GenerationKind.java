package io.evalstream.item.kind;

import com.fasterxml.jackson.databind.JsonNode;
import io.evalstream.contracts.ModelInput;
import io.evalstream.contracts.ScoringContext;
import io.evalstream.contracts.Variant;
import io.evalstream.item.prompt.ReadMode;
import io.evalstream.item.variant.PermutationMode;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code generation}: {@code {"prompt":..,"reference":..(optional)}}, an open-ended prompt answered in free text
 * (the arena's prompt sets, MT-Bench / AlpacaEval style). Never permuted. The prompt and the reference travel in
 * the scoring context's attributes ({@value #PROMPT}, {@value #REFERENCE}): scoring-service builds the judges'
 * prompts from them when it joins two answers, without a lookup. Answers are long, so requests ask for up to
 * {@value #MAX_TOKENS} tokens whatever the run's read mode.
 */
@ApplicationScoped
public class GenerationKind implements ItemKind<Generation> {
    public static final String NAME = "generation";
    public static final String PROMPT = "prompt";
    public static final String REFERENCE = "reference";
    static final int MAX_TOKENS = 1024;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<Generation> contentType() {
        return Generation.class;
    }

    @Override
    public Generation parse(JsonNode line, FieldErrors errors) {
        String prompt = Fields.requiredText(line, PROMPT, errors);
        JsonNode reference = line.get(REFERENCE);
        if (reference != null && !reference.isNull() && !(reference.isTextual() && !reference.asText().isBlank())) {
            errors.add(REFERENCE, "must be a non-blank string when given");
        }
        return errors.isEmpty() ? new Generation(prompt,
                reference == null || reference.isNull() ? null : reference.asText()) : null;
    }

    @Override
    public List<Variant> variants(Generation content, PermutationMode mode) {
        return List.of(Variant.original());
    }

    @Override
    public ModelInput prompt(Generation content, Variant variant) {
        return ModelInput.chat(null, content.prompt());
    }

    @Override
    public ScoringContext scoring(Generation content, Variant variant, ReadMode readMode, List<String> slices) {
        Map<String, String> attributes = new HashMap<>();
        attributes.put(PROMPT, content.prompt());
        if (content.reference() != null) {
            attributes.put(REFERENCE, content.reference());
        }
        return new ScoringContext(NAME, ReadMode.GENERATE.name(), content.reference(), null, null, slices, attributes);
    }

    @Override
    public io.evalstream.contracts.Generation generation(ReadMode readMode) {
        return io.evalstream.contracts.Generation.greedy(MAX_TOKENS);
    }
}
