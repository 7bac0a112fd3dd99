package io.evalstream.item.prompt;

import io.evalstream.contracts.ChatMessage;
import io.evalstream.contracts.ModelInput;
import io.evalstream.contracts.judge.MtBenchWording;
import java.util.List;

/**
 * Judge prompts for items a model judges rather than answers ({@code reward_pair}, {@code rating}). The texts are
 * MT-Bench's ({@link MtBenchWording}): RewardBench's generative judges use "pair-v2" without the tie option (the
 * verdict is {@code [[A]]} or {@code [[B]]}); a pair flagged as a tie gets the original with {@code [[C]]}; single
 * ratings use "single-v1" ({@code Rating: [[n]]}), with the attribute, rubric and scale of a compositional
 * preference model substituted when the item gives them. The answer sections use MT-Bench's markers
 * ({@code [The Start of Assistant A's Answer]}), which the built-in judges also read. Versioned ids, because a
 * changed wording changes what a verdict means.
 */
public final class JudgePrompts {
    public static final String PAIR = "reward-pair-v1";
    public static final String RATING = "rating-v1";

    private JudgePrompts() {
    }

    /** A pairwise judgement of two responses to {@code question}; {@code context} (nullable) precedes it. */
    public static ModelInput pair(String question, String context, String answerA, String answerB, boolean tie,
            boolean labelProbs) {
        StringBuilder user = new StringBuilder();
        if (context != null && !context.isBlank()) {
            user.append("[Context]\n").append(context.strip()).append("\n\n");
        }
        user.append(MtBenchWording.pairQuestion(question.strip(), null, answerA.strip(), answerB.strip()));
        if (labelProbs) {
            user.append(MtBenchWording.PAIR_LABEL_INSTRUCTION);
        }
        return new ModelInput(MtBenchWording.pairSystem(null, tie ? MtBenchWording.Verdicts.WITH_TIE
                : MtBenchWording.Verdicts.NO_TIE), List.of(new ChatMessage("user", user.toString())), null);
    }

    /**
     * A single-answer rating on {@code min}..{@code max}. Without attribute and rubric on 1..10 this is MT-Bench's
     * single-v1 word for word; {@code attribute} replaces "quality" and {@code rubric} is given as the criteria.
     */
    public static ModelInput rating(String question, String answer, String attribute, String rubric, int min, int max,
            boolean labelProbs) {
        String system = MtBenchWording.singleSystem(attribute == null ? null : attribute.strip(),
                rubric == null ? null : rubric.strip(), min, max);
        String user = MtBenchWording.singleQuestion(question.strip(), answer.strip());
        if (labelProbs) {
            user += "\n\nAnswer with the rating only: a single number from " + min + " to " + max + '.';
        }
        return new ModelInput(system, List.of(new ChatMessage("user", user)), null);
    }
}
