package io.evalstream.item.prompt;

import io.evalstream.contracts.ChatMessage;
import io.evalstream.contracts.ModelInput;
import java.util.List;

/**
 * Judge prompts for items a model judges rather than answers ({@code reward_pair}, {@code rating}). The texts are
 * MT-Bench's (Zheng et al. 2023): RewardBench's generative judges use "pair-v2" without the tie option (the
 * verdict is {@code [[A]]} or {@code [[B]]}); a pair flagged as a tie gets the original with {@code [[C]]}; single
 * ratings use "single-v1" ({@code Rating: [[n]]}), with the attribute, rubric and scale of a compositional
 * preference model substituted when the item gives them. The answer sections use MT-Bench's markers
 * ({@code [The Start of Assistant A's Answer]}), which the built-in judges also read. Versioned ids, because a
 * changed wording changes what a verdict means.
 */
public final class JudgePrompts {
    public static final String PAIR = "reward-pair-v1";
    public static final String RATING = "rating-v1";

    static final String PAIR_HEAD = "Please act as an impartial judge and evaluate the quality of the responses "
            + "provided by two AI assistants to the user question displayed below. You should choose the assistant "
            + "that follows the user's instructions and answers the user's question better. Your evaluation should "
            + "consider factors such as the helpfulness, relevance, accuracy, depth, creativity, and level of detail "
            + "of their responses. Begin your evaluation by comparing the two responses and provide a short "
            + "explanation. Avoid any position biases and ensure that the order in which the responses were "
            + "presented does not influence your decision. Do not allow the length of the responses to influence "
            + "your evaluation. Do not favor certain names of the assistants. Be as objective as possible. After "
            + "providing your explanation, output your final verdict by strictly following this format: \"[[A]]\" "
            + "if assistant A is better";
    static final String PAIR_NO_TIE = PAIR_HEAD + " and \"[[B]]\" if assistant B is better.";
    static final String PAIR_TIE = PAIR_HEAD + ", \"[[B]]\" if assistant B is better, and \"[[C]]\" for a tie.";
    static final String PAIR_LABEL_INSTRUCTION = "\n\nAnswer with a single letter: A if assistant A is better, B if "
            + "assistant B is better.";

    private JudgePrompts() {
    }

    /** A pairwise judgement of two responses to {@code question}; {@code context} (nullable) precedes it. */
    public static ModelInput pair(String question, String context, String answerA, String answerB, boolean tie,
            boolean labelProbs) {
        StringBuilder user = new StringBuilder();
        if (context != null && !context.isBlank()) {
            user.append("[Context]\n").append(context.strip()).append("\n\n");
        }
        user.append("[User Question]\n").append(question.strip()).append("\n\n")
                .append(section("A", answerA)).append("\n\n").append(section("B", answerB));
        if (labelProbs) {
            user.append(PAIR_LABEL_INSTRUCTION);
        }
        return new ModelInput(tie ? PAIR_TIE : PAIR_NO_TIE, List.of(new ChatMessage("user", user.toString())), null);
    }

    /**
     * A single-answer rating on {@code min}..{@code max}. Without attribute and rubric on 1..10 this is MT-Bench's
     * single-v1 word for word; {@code attribute} replaces "quality" and {@code rubric} is given as the criteria.
     */
    public static ModelInput rating(String question, String answer, String attribute, String rubric, int min, int max,
            boolean labelProbs) {
        StringBuilder system = new StringBuilder();
        if (attribute == null && rubric == null) {
            system.append("Please act as an impartial judge and evaluate the quality of the response provided by an AI "
                    + "assistant to the user question displayed below. Your evaluation should consider factors such "
                    + "as the helpfulness, relevance, accuracy, depth, creativity, and level of detail of the "
                    + "response.");
        } else {
            system.append("Please act as an impartial judge and evaluate the ")
                    .append(attribute == null ? "quality" : attribute.strip())
                    .append(" of the response provided by an AI assistant to the user question displayed below.");
            if (rubric != null) {
                system.append(" Use the following rubric: ").append(rubric.strip());
            }
        }
        system.append(" Begin your evaluation by providing a short explanation. Be as objective as possible. After "
                + "providing your explanation, you must rate the response on a scale of ").append(min).append(" to ")
                .append(max).append(" by strictly following this format: \"Rating: [[").append((min + max) / 2)
                .append("]]\".");
        StringBuilder user = new StringBuilder("[Question]\n").append(question.strip())
                .append("\n\n[The Start of Assistant's Answer]\n").append(answer.strip())
                .append("\n[The End of Assistant's Answer]");
        if (labelProbs) {
            user.append("\n\nAnswer with the rating only: a single number from ").append(min).append(" to ")
                    .append(max).append('.');
        }
        return new ModelInput(system.toString(), List.of(new ChatMessage("user", user.toString())), null);
    }

    private static String section(String slot, String answer) {
        return "[The Start of Assistant " + slot + "'s Answer]\n" + answer.strip() + "\n[The End of Assistant " + slot
                + "'s Answer]";
    }
}
