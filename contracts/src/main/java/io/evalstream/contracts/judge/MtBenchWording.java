package io.evalstream.contracts.judge;

/**
 * The words of MT-Bench's judge prompts (Zheng et al. 2023: "pair-v2", "pair-v2-with-ref", "single-v1"), in one
 * place for every service that asks a model to judge: item-service builds the judge requests of {@code pairwise},
 * {@code reward_pair} and {@code rating} items, scoring-service those of arenas. A changed word changes what a
 * verdict means, and the built-in judges (inference-service) and scoring's verdict readers rely on the markers
 * ({@code [The Start of Assistant A's Answer]}, {@code [[A]]}, {@code Rating: [[n]]}), so the texts must not drift
 * apart between services; the templates that use them carry versioned ids.
 */
public final class MtBenchWording {

    /** The qualities pair-v2 and single-v1 ask a judge to weigh, unless an item names its own criterion. */
    public static final String DEFAULT_CRITERION = "the helpfulness, relevance, accuracy, depth, creativity, and level "
            + "of detail of their responses";

    /** Which verdicts a pairwise judge may give. */
    public enum Verdicts {
        /** {@code [[A]]}, {@code [[B]]} or {@code [[C]]} for a tie (pair-v2 as published). */
        WITH_TIE,
        /** {@code [[A]]} or {@code [[B]]} only (RewardBench's generative judges). */
        NO_TIE
    }

    /** pair-v2-with-ref: the system prompt of a pairwise judgement against a reference answer. */
    public static final String PAIR_WITH_REFERENCE_SYSTEM = "Please act as an impartial judge and evaluate the quality "
            + "of the responses provided by two AI assistants to the user question displayed below. Your evaluation "
            + "should consider correctness and helpfulness. You will be given a reference answer, assistant A's answer, "
            + "and assistant B's answer. Your job is to evaluate which assistant's answer is better. Begin your "
            + "evaluation by comparing both assistants' answers with the reference answer. Identify and correct any "
            + "mistakes. Avoid any position biases and ensure that the order in which the responses were presented "
            + "does not influence your decision. Do not allow the length of the responses to influence your "
            + "evaluation. Do not favor certain names of the assistants. Be as objective as possible. After "
            + "providing your explanation, output your final verdict by strictly following this format: \"[[A]]\" "
            + "if assistant A is better, \"[[B]]\" if assistant B is better, and \"[[C]]\" for a tie.";

    /** Appended to a pairwise question when the verdict is read from label probabilities: it must be the first token. */
    public static final String PAIR_LABEL_INSTRUCTION = "\n\nAnswer with a single letter: A if assistant A is better, "
            + "B if assistant B is better.";

    private static final String PAIR_HEAD = "Please act as an impartial judge and evaluate the quality of the responses "
            + "provided by two AI assistants to the user question displayed below. You should choose the assistant "
            + "that follows the user's instructions and answers the user's question better. Your evaluation should "
            + "consider factors such as ";
    private static final String PAIR_RULES = ". Begin your evaluation by comparing the two responses and provide a "
            + "short explanation. Avoid any position biases and ensure that the order in which the responses were "
            + "presented does not influence your decision. Do not allow the length of the responses to influence "
            + "your evaluation. Do not favor certain names of the assistants. Be as objective as possible. After "
            + "providing your explanation, output your final verdict by strictly following this format: \"[[A]]\" "
            + "if assistant A is better";

    private MtBenchWording() {
    }

    /** pair-v2's system prompt, weighing {@code criterion} (null: {@link #DEFAULT_CRITERION}). */
    public static String pairSystem(String criterion, Verdicts verdicts) {
        String ending = verdicts == Verdicts.WITH_TIE
                ? ", \"[[B]]\" if assistant B is better, and \"[[C]]\" for a tie."
                : " and \"[[B]]\" if assistant B is better.";
        return PAIR_HEAD + (criterion == null ? DEFAULT_CRITERION : criterion) + PAIR_RULES + ending;
    }

    /**
     * single-v1's system prompt on {@code min}..{@code max}; word for word MT-Bench's without attribute and rubric on
     * 1..10. {@code attribute} (nullable) replaces "quality"; {@code rubric} (nullable) is given as the criteria.
     */
    public static String singleSystem(String attribute, String rubric, int min, int max) {
        StringBuilder system = new StringBuilder();
        if (attribute == null && rubric == null) {
            system.append("Please act as an impartial judge and evaluate the quality of the response provided by an AI "
                    + "assistant to the user question displayed below. Your evaluation should consider factors such "
                    + "as the helpfulness, relevance, accuracy, depth, creativity, and level of detail of the "
                    + "response.");
        } else {
            system.append("Please act as an impartial judge and evaluate the ")
                    .append(attribute == null ? "quality" : attribute)
                    .append(" of the response provided by an AI assistant to the user question displayed below.");
            if (rubric != null) {
                system.append(" Use the following rubric: ").append(rubric);
            }
        }
        return system.append(" Begin your evaluation by providing a short explanation. Be as objective as possible. "
                + "After providing your explanation, you must rate the response on a scale of ").append(min)
                .append(" to ").append(max).append(" by strictly following this format: \"Rating: [[")
                .append((min + max) / 2).append("]]\".").toString();
    }

    /** The user turn of a pairwise judgement: question, the reference (nullable) and both answers between markers. */
    public static String pairQuestion(String question, String reference, String answerA, String answerB) {
        StringBuilder user = new StringBuilder("[User Question]\n").append(question).append("\n\n");
        if (reference != null) {
            user.append("[The Start of Reference Answer]\n").append(reference)
                    .append("\n[The End of Reference Answer]\n\n");
        }
        return user.append(answerSection("A", answerA)).append("\n\n").append(answerSection("B", answerB)).toString();
    }

    /** The user turn of a single rating: the question and the one answer between single-v1's markers. */
    public static String singleQuestion(String question, String answer) {
        return "[Question]\n" + question + "\n\n[The Start of Assistant's Answer]\n" + answer
                + "\n[The End of Assistant's Answer]";
    }

    /** One answer between MT-Bench's markers for assistant {@code slot} ("A" or "B"). */
    public static String answerSection(String slot, String answer) {
        return "[The Start of Assistant " + slot + "'s Answer]\n" + answer + "\n[The End of Assistant " + slot
                + "'s Answer]";
    }
}
