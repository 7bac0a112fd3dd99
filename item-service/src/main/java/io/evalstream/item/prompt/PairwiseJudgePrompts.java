package io.evalstream.item.prompt;

import io.evalstream.contracts.ChatMessage;
import io.evalstream.contracts.ModelInput;
import io.evalstream.contracts.judge.MtBenchWording;
import java.util.List;

/**
 * MT-Bench's pairwise judge prompts ("pair-v2" and "pair-v2-with-ref", worded in {@link MtBenchWording}, as
 * scoring-service's arena templates {@code pairwise-v1} / {@code pairwise-ref-v1} are): the verdict
 * ends in {@code [[A]]}, {@code [[B]]} or {@code [[C]]} (read by scoring's verdict readers), and the answers sit
 * between MT-Bench's markers, which the built-in judges (inference-service) also read. A criterion, when given,
 * replaces the default list of qualities; a system message, when given, replaces the judge's instructions whole.
 */
public final class PairwiseJudgePrompts {
    /** The template id recorded in the scoring context (the arena's id for the same text). */
    public static final String TEMPLATE = "pairwise-v1";
    public static final String TEMPLATE_WITH_REFERENCE = "pairwise-ref-v1";

    private PairwiseJudgePrompts() {
    }

    /** The judge prompt showing {@code first} as assistant A and {@code second} as assistant B. */
    public static ModelInput pairwise(String instruction, String first, String second, String reference,
            String system, String criterion) {
        String instructions = system != null ? system
                : reference != null ? MtBenchWording.PAIR_WITH_REFERENCE_SYSTEM
                : MtBenchWording.pairSystem(criterion, MtBenchWording.Verdicts.WITH_TIE);
        return new ModelInput(instructions, List.of(new ChatMessage("user",
                MtBenchWording.pairQuestion(instruction, reference, first, second))), null);
    }
}
