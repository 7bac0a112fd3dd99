package io.evalstream.item.kind;

import com.fasterxml.jackson.databind.JsonNode;
import io.evalstream.contracts.ModelInput;
import io.evalstream.contracts.ScoringContext;
import io.evalstream.contracts.Variant;
import io.evalstream.contracts.VariantKind;
import io.evalstream.item.prompt.PairwiseJudgePrompts;
import io.evalstream.item.prompt.ReadMode;
import io.evalstream.item.variant.PermutationMode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code pairwise}: {@code {"instruction":..,"response_a":..,"response_b":..,"reference"?,"system"?,"criterion"?}},
 * two responses judged by the model under evaluation, which here is a judge (PROTOCOLS.md, "Pairwise judging
 * (MT-Bench)"). Every item is asked in both orders whatever the permutation mode, because the protocol's metrics
 * (position consistency, position bias, the consistent-only verdict) need both games: variant {@value #AB}
 * ({@link VariantKind#SWAP}, permutation [0, 1]) shows response A first, {@value #BA} ([1, 0]) shows response B
 * first. The prompt is MT-Bench's pair-v2 judge prompt ({@link PairwiseJudgePrompts}); GENERATE reads the
 * {@code [[A]]}/{@code [[B]]}/{@code [[C]]} verdict and LABEL_PROBS the A/B token probabilities, both with
 * scoring-service's pairwise verdict scorers. The scoring context says which response sits in which slot
 * ({@code first}/{@code second} = {@code response_a}/{@code response_b}), so a verdict maps back to content.
 */
@ApplicationScoped
public class PairwiseKind implements ItemKind<Pairwise> {
    public static final String NAME = "pairwise";
    public static final String AB = "ab";
    public static final String BA = "ba";
    static final List<String> LABELS = List.of("A", "B");
    /** An explanation and the verdict: MT-Bench judges write a paragraph first. */
    static final int MAX_TOKENS = 512;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<Pairwise> contentType() {
        return Pairwise.class;
    }

    @Override
    public Pairwise parse(JsonNode line, FieldErrors errors) {
        String instruction = Fields.requiredText(line, "instruction", errors);
        String a = Fields.requiredText(line, "response_a", errors);
        String b = Fields.requiredText(line, "response_b", errors);
        String reference = Fields.optionalText(line, "reference", errors);
        String system = Fields.optionalText(line, "system", errors);
        String criterion = Fields.optionalText(line, "criterion", errors);
        return errors.isEmpty() ? new Pairwise(instruction, a, b, reference, system, criterion) : null;
    }

    @Override
    public List<Variant> variants(Pairwise content, PermutationMode mode) {
        return List.of(new Variant(AB, VariantKind.SWAP, List.of(0, 1)), new Variant(BA, VariantKind.SWAP,
                List.of(1, 0)));
    }

    @Override
    public ModelInput prompt(Pairwise content, Variant variant) {
        boolean swapped = BA.equals(variant.id());
        return PairwiseJudgePrompts.pairwise(content.instruction(), swapped ? content.responseB() : content.responseA(),
                swapped ? content.responseA() : content.responseB(), content.reference(), content.system(),
                content.criterion());
    }

    @Override
    public ScoringContext scoring(Pairwise content, Variant variant, ReadMode readMode, List<String> slices) {
        boolean swapped = BA.equals(variant.id());
        Map<String, String> attributes = new HashMap<>();
        attributes.put("first", swapped ? "response_b" : "response_a");
        attributes.put("second", swapped ? "response_a" : "response_b");
        attributes.put("order", variant.id());
        attributes.put("template", content.reference() != null ? PairwiseJudgePrompts.TEMPLATE_WITH_REFERENCE
                : PairwiseJudgePrompts.TEMPLATE);
        return new ScoringContext(NAME, readMode.name(), null, LABELS, null, slices, attributes);
    }

    @Override
    public io.evalstream.contracts.Generation generation(ReadMode readMode) {
        return readMode == ReadMode.GENERATE ? io.evalstream.contracts.Generation.greedy(MAX_TOKENS)
                : readMode.generation();
    }
}
