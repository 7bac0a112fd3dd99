package io.evalstream.inference.provider.builtin;

import io.evalstream.contracts.Generation;
import io.evalstream.contracts.ScoringContext;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The text a built-in model writes for its chosen label. Multiple-choice answers in GENERATE mode vary
 * between {@code "B"}, {@code "Answer: B"} and {@code "The answer is B."} (seeded per request), so that the
 * scorers' extraction filters are exercised and not only an exact match; every form holds the label as a
 * separate word. Everything else is the bare label: true_false ({@code "True"} / {@code "False"}), the
 * LABEL_PROBS read mode (one token), other kinds (the oracle's free-text reference), and calls whose
 * {@code maxTokens} is below {@value #LONGEST_PHRASING_TOKENS}, which the longer forms would not fit.
 */
final class AnswerPhrasing {
    static final int LONGEST_PHRASING_TOKENS = 4;
    private static final List<String> PREFIXES = List.of("", "Answer: ", "The answer is ");
    private static final List<String> SUFFIXES = List.of("", "", ".");

    private AnswerPhrasing() {
    }

    static String phrase(ScoringContext scoring, Generation generation, String label, SplittableRandom random) {
        boolean varied = "multiple_choice".equals(scoring.kind())
                && !"LABEL_PROBS".equals(scoring.readMode())
                && (generation.maxTokens() == null || generation.maxTokens() >= LONGEST_PHRASING_TOKENS);
        if (!varied) {
            return label;
        }
        int form = random.nextInt(PREFIXES.size());
        return PREFIXES.get(form) + label + SUFFIXES.get(form);
    }
}
