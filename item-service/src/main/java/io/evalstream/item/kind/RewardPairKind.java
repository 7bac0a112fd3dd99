package io.evalstream.item.kind;

import com.fasterxml.jackson.databind.JsonNode;
import io.evalstream.contracts.ModelInput;
import io.evalstream.contracts.ScoringContext;
import io.evalstream.contracts.Variant;
import io.evalstream.contracts.VariantKind;
import io.evalstream.item.prompt.JudgePrompts;
import io.evalstream.item.prompt.ReadMode;
import io.evalstream.item.variant.PermutationMode;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code reward_pair} (RewardBench; PROTOCOLS.md): {@code {"prompt":..,"chosen":..,"rejected":..,"subset":..,
 * "tie":false,"context":..,"documents":[..]}}. The run's models are the judges: each pair is judged in both
 * orders, whatever the run's {@code permutations} ({@value #CHOSEN_FIRST}: chosen shown as A; {@value #SWAPPED}:
 * chosen shown as B), with MT-Bench's pairwise judge prompt ({@link JudgePrompts}). The scoring context names
 * the chosen response's displayed label as the reference and carries the subset and tie flag, so the scorer and
 * the {@code reward_bench} report need no lookup.
 */
@ApplicationScoped
public class RewardPairKind implements ItemKind<RewardPair> {
    public static final String NAME = "reward_pair";
    public static final String CHOSEN_FIRST = "chosen-first";
    public static final String SWAPPED = "rejected-first";
    public static final String SUBSET = "subset";
    public static final String TIE = "tie";
    /** A judge explains before its verdict (MT-Bench judges were run with up to 2048 tokens). */
    static final int JUDGE_MAX_TOKENS = 1024;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<RewardPair> contentType() {
        return RewardPair.class;
    }

    @Override
    public RewardPair parse(JsonNode line, FieldErrors errors) {
        String prompt = Fields.requiredText(line, "prompt", errors);
        String chosen = Fields.requiredText(line, "chosen", errors);
        String rejected = Fields.requiredText(line, "rejected", errors);
        String subset = Fields.requiredText(line, "subset", errors);
        String context = null;
        if (line.hasNonNull("context")) {
            context = Fields.requiredText(line, "context", errors);
        }
        List<String> documents = Fields.textArray(line, "documents", false, errors);
        boolean tie = line.hasNonNull("tie") && Boolean.TRUE.equals(Fields.requiredBoolean(line, "tie", errors));
        return errors.isEmpty() ? new RewardPair(prompt, context, documents, chosen, rejected, subset, tie) : null;
    }

    @Override
    public List<Variant> variants(RewardPair content, PermutationMode mode) {
        return List.of(new Variant(CHOSEN_FIRST, VariantKind.ORIGINAL, List.of(0, 1)),
                new Variant(SWAPPED, VariantKind.SWAP, List.of(1, 0)));
    }

    private static boolean chosenFirst(Variant variant) {
        return variant.permutation() == null || variant.permutation().get(0) == 0;
    }

    @Override
    public ModelInput prompt(RewardPair content, Variant variant, ReadMode readMode) {
        boolean first = chosenFirst(variant);
        return JudgePrompts.pair(content.prompt(), context(content), first ? content.chosen() : content.rejected(),
                first ? content.rejected() : content.chosen(), content.tie(), readMode == ReadMode.LABEL_PROBS);
    }

    @Override
    public ModelInput prompt(RewardPair content, Variant variant) {
        return prompt(content, variant, ReadMode.GENERATE);
    }

    static String context(RewardPair content) {
        StringBuilder text = new StringBuilder();
        if (content.context() != null) {
            text.append(content.context().strip());
        }
        for (int i = 0; i < content.documents().size(); i++) {
            text.append(text.isEmpty() ? "" : "\n").append("[Document ").append(i + 1).append("] ")
                    .append(content.documents().get(i).strip());
        }
        return text.isEmpty() ? null : text.toString();
    }

    @Override
    public ScoringContext scoring(RewardPair content, Variant variant, ReadMode readMode, List<String> slices) {
        boolean first = chosenFirst(variant);
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(SUBSET, content.subset());
        attributes.put(TIE, String.valueOf(content.tie()));
        attributes.put("first", first ? "chosen" : "rejected");
        attributes.put("second", first ? "rejected" : "chosen");
        attributes.put("template", JudgePrompts.PAIR);
        return new ScoringContext(NAME, readMode.name(), first ? "A" : "B", List.of("A", "B"), 0, slices, attributes);
    }

    @Override
    public io.evalstream.contracts.Generation generation(ReadMode readMode) {
        return readMode == ReadMode.GENERATE ? io.evalstream.contracts.Generation.greedy(JUDGE_MAX_TOKENS)
                : readMode.generation();
    }
}
