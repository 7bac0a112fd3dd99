package io.evalstream.scoring.arena.verdict;

import io.evalstream.contracts.ModelInput;
import java.util.List;
import java.util.Map;

/**
 * The judge prompts, versioned: a changed wording changes what a verdict means, so every template has an id with
 * its version ({@code pairwise-v1}) recorded in the run's arena plan and in every judge request's scoring context.
 * The texts follow MT-Bench's judge prompts (Zheng et al. 2023, "pair-v2", "pair-v2-with-ref", "single-v1"):
 * pairwise verdicts end in {@code [[A]]}, {@code [[B]]} or {@code [[C]]} (tie), single ratings in
 * {@code Rating: [[n]]} with n from 1 to 10. The answer sections use MT-Bench's markers, which the built-in judges
 * (inference-service) also read.
 */
public final class JudgeTemplates {
    public static final String PAIRWISE = "pairwise-v1";
    public static final String PAIRWISE_WITH_REFERENCE = "pairwise-ref-v1";
    public static final String SINGLE = "single-v1";
    public static final List<String> ALL = List.of(PAIRWISE, PAIRWISE_WITH_REFERENCE, SINGLE);

    static final String PAIR_SYSTEM = "Please act as an impartial judge and evaluate the quality of the responses "
            + "provided by two AI assistants to the user question displayed below. You should choose the assistant "
            + "that follows the user's instructions and answers the user's question better. Your evaluation should "
            + "consider factors such as the helpfulness, relevance, accuracy, depth, creativity, and level of detail "
            + "of their responses. Begin your evaluation by comparing the two responses and provide a short "
            + "explanation. Avoid any position biases and ensure that the order in which the responses were "
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
    static final String SINGLE_SYSTEM = "Please act as an impartial judge and evaluate the quality of the response "
            + "provided by an AI assistant to the user question displayed below. Your evaluation should consider "
            + "factors such as the helpfulness, relevance, accuracy, depth, creativity, and level of detail of the "
            + "response. Begin your evaluation by providing a short explanation. Be as objective as possible. After "
            + "providing your explanation, you must rate the response on a scale of 1 to 10 by strictly following "
            + "this format: \"Rating: [[5]]\".";
    /** Appended in LABEL_PROBS mode: the verdict must be the first token. */
    static final String LABEL_INSTRUCTION = "\n\nAnswer with a single letter: A if assistant A is better, B if "
            + "assistant B is better.";

    private JudgeTemplates() {
    }

    /** Whether {@code id} names a template this service can render. */
    public static boolean known(String id) {
        return ALL.contains(id);
    }

    /** A pairwise judge prompt; {@code reference} is used by {@code pairwise-ref-v1} (and ignored when null). */
    public static ModelInput pairwise(String template, String question, String answerA, String answerB,
            String reference, boolean labelProbs) {
        boolean withReference = PAIRWISE_WITH_REFERENCE.equals(template) && reference != null;
        if (!PAIRWISE.equals(template) && !PAIRWISE_WITH_REFERENCE.equals(template)) {
            throw new IllegalArgumentException("not a pairwise template: " + template);
        }
        StringBuilder user = new StringBuilder("[User Question]\n").append(question).append("\n\n");
        if (withReference) {
            user.append("[The Start of Reference Answer]\n").append(reference)
                    .append("\n[The End of Reference Answer]\n\n");
        }
        user.append(section("A", answerA)).append("\n\n").append(section("B", answerB));
        if (labelProbs) {
            user.append(LABEL_INSTRUCTION);
        }
        return new ModelInput(withReference ? PAIR_REF_SYSTEM : PAIR_SYSTEM,
                List.of(new io.evalstream.contracts.ChatMessage("user", user.toString())), null);
    }

    /** A single-answer rating prompt (1-10). */
    public static ModelInput single(String question, String answer) {
        String user = "[Question]\n" + question + "\n\n[The Start of Assistant's Answer]\n" + answer
                + "\n[The End of Assistant's Answer]";
        return ModelInput.chat(SINGLE_SYSTEM, user);
    }

    private static String section(String slot, String answer) {
        return "[The Start of Assistant " + slot + "'s Answer]\n" + answer + "\n[The End of Assistant " + slot
                + "'s Answer]";
    }

    /** Template ids with a one-line description, for the API. */
    public static Map<String, String> describe() {
        return Map.of(PAIRWISE, "MT-Bench pair-v2: pairwise, verdict [[A]]/[[B]]/[[C]]",
                PAIRWISE_WITH_REFERENCE, "MT-Bench pair-v2-with-ref: pairwise against a reference answer",
                SINGLE, "MT-Bench single-v1: one answer rated 1-10, Rating: [[n]]");
    }
}
