package io.evalstream.scoring.arena.verdict;

import io.evalstream.contracts.ModelInput;
import io.evalstream.contracts.judge.MtBenchWording;
import java.util.List;
import java.util.Map;

/**
 * The judge prompts, versioned: a changed wording changes what a verdict means, so every template has an id with
 * its version ({@code pairwise-v1}) recorded in the run's arena plan and in every judge request's scoring context.
 * The texts are MT-Bench's judge prompts ({@link MtBenchWording}, shared with item-service's judge items):
 * pairwise verdicts end in {@code [[A]]}, {@code [[B]]} or {@code [[C]]} (tie), single ratings in
 * {@code Rating: [[n]]} with n from 1 to 10.
 */
public final class JudgeTemplates {
    public static final String PAIRWISE = "pairwise-v1";
    public static final String PAIRWISE_WITH_REFERENCE = "pairwise-ref-v1";
    public static final String SINGLE = "single-v1";
    public static final List<String> ALL = List.of(PAIRWISE, PAIRWISE_WITH_REFERENCE, SINGLE);

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
        String user = MtBenchWording.pairQuestion(question, withReference ? reference : null, answerA, answerB)
                + (labelProbs ? MtBenchWording.PAIR_LABEL_INSTRUCTION : "");
        return new ModelInput(withReference ? MtBenchWording.PAIR_WITH_REFERENCE_SYSTEM
                : MtBenchWording.pairSystem(null, MtBenchWording.Verdicts.WITH_TIE),
                List.of(new io.evalstream.contracts.ChatMessage("user", user)), null);
    }

    /** A single-answer rating prompt (1-10). */
    public static ModelInput single(String question, String answer) {
        return ModelInput.chat(MtBenchWording.singleSystem(null, null, 1, 10),
                MtBenchWording.singleQuestion(question, answer));
    }

    /** Template ids with a one-line description, for the API. */
    public static Map<String, String> describe() {
        return Map.of(PAIRWISE, "MT-Bench pair-v2: pairwise, verdict [[A]]/[[B]]/[[C]]",
                PAIRWISE_WITH_REFERENCE, "MT-Bench pair-v2-with-ref: pairwise against a reference answer",
                SINGLE, "MT-Bench single-v1: one answer rated 1-10, Rating: [[n]]");
    }
}
