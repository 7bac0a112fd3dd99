package io.evalstream.item.prompt;

import io.evalstream.contracts.ChatMessage;
import io.evalstream.contracts.ModelInput;
import java.util.List;

/**
 * MT-Bench's pairwise judge prompts (Zheng et al. 2023, "pair-v2" and "pair-v2-with-ref"), worded exactly as
 * scoring-service's arena templates {@code pairwise-v1} / {@code pairwise-ref-v1}
 * ({@code io.evalstream.scoring.arena.verdict.JudgeTemplates}, which item-service cannot depend on): the verdict
 * ends in {@code [[A]]}, {@code [[B]]} or {@code [[C]]} (read by scoring's verdict readers), and the answers sit
 * between MT-Bench's markers, which the built-in judges (inference-service) also read. A criterion, when given,
 * replaces the default list of qualities; a system message, when given, replaces the judge's instructions whole.
 */
public final class PairwiseJudgePrompts {
    /** The template id recorded in the scoring context (the arena's id for the same text). */
    public static final String TEMPLATE = "pairwise-v1";
    public static final String TEMPLATE_WITH_REFERENCE = "pairwise-ref-v1";

    static final String DEFAULT_CRITERION = "the helpfulness, relevance, accuracy, depth, creativity, and level of "
            + "detail of their responses";
    private static final String PAIR_PREFIX = "Please act as an impartial judge and evaluate the quality of the "
            + "responses provided by two AI assistants to the user question displayed below. You should choose the "
            + "assistant that follows the user's instructions and answers the user's question better. Your evaluation "
            + "should consider factors such as ";
    private static final String PAIR_SUFFIX = ". Begin your evaluation by comparing the two responses and provide a "
            + "short explanation. Avoid any position biases and ensure that the order in which the responses were "
            + "presented does not influence your decision. Do not allow the length of the responses to influence "
            + "your evaluation. Do not favor certain names of the assistants. Be as objective as possible. After "
            + "providing your explanation, output your final verdict by strictly following this format: \"[[A]]\" "
            + "if assistant A is better, \"[[B]]\" if assistant B is better, and \"[[C]]\" for a tie.";
    static final String PAIR_REF_SYSTEM = "Please act as an impartial judge and evaluate the quality of the "
            + "responses provided by two AI assistants to the user question displayed below. Your evaluation should "
            + "consider correctness and helpfulness. You will be given a reference answer, assistant A's answer, "
            + "and assistant B's answer. Your job is to evaluate which assistant's answer is better. Begin your "
            + "evaluation by comparing both assistants' answers with the reference answer. Identify and correct any "
            + "mistakes. Avoid any position biases and ensure that the order in which the responses were presented "
            + "does not influence your decision. Do not allow the length of the responses to influence your "
            + "evaluation. Do not favor certain names of the assistants. Be as objective as possible. After "
            + "providing your explanation, output your final verdict by strictly following this format: \"[[A]]\" "
            + "if assistant A is better, \"[[B]]\" if assistant B is better, and \"[[C]]\" for a tie.";

    private PairwiseJudgePrompts() {
    }

    /** The judge prompt showing {@code first} as assistant A and {@code second} as assistant B. */
    public static ModelInput pairwise(String instruction, String first, String second, String reference,
            String system, String criterion) {
        String instructions = system != null ? system
                : reference != null ? PAIR_REF_SYSTEM
                : PAIR_PREFIX + (criterion != null ? criterion : DEFAULT_CRITERION) + PAIR_SUFFIX;
        StringBuilder user = new StringBuilder("[User Question]\n").append(instruction).append("\n\n");
        if (reference != null) {
            user.append("[The Start of Reference Answer]\n").append(reference)
                    .append("\n[The End of Reference Answer]\n\n");
        }
        user.append(section("A", first)).append("\n\n").append(section("B", second));
        return new ModelInput(instructions, List.of(new ChatMessage("user", user.toString())), null);
    }

    private static String section(String slot, String answer) {
        return "[The Start of Assistant " + slot + "'s Answer]\n" + answer + "\n[The End of Assistant " + slot
                + "'s Answer]";
    }
}
