package io.evalstream.scoring.statistics;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The three scores of "I am a Strange Dataset" (Thrush et al., 2024; PROTOCOLS.md, "Strange Dataset"), chance 0.5
 * everywhere, each reported as a mean with a seeded 95% bootstrap interval over items:
 * <ul>
 *   <li><b>generation</b>: 1 when the model gives the true continuation a lower negative log-likelihood than the
 *       false one, else 0;</li>
 *   <li><b>verification</b> (label probabilities): c1 = [L(True | true statement) &lt; L(False | true statement)]
 *       with L the loss (negative log-likelihood), i.e. 1 when the model prefers "True" for the true statement;
 *       c2 mirrored for the false statement; the item's score is (c1 + c2) / 2, so 1, 0.5 or 0;</li>
 *   <li><b>chain of thought</b>: c1 = the reasoning output for the true statement says "true" and not "false",
 *       c2 mirrored for the false statement; score (c1 + c2) / 2.</li>
 * </ul>
 * The control delta is the paired mean over twin items of (control score - self-referential score): the
 * paper's measure of how much harder self-reference is than the same property asked about quoted text.
 */
public final class StrangeDatasetScores {
    private StrangeDatasetScores() {
    }

    /** Generation: 1 when NLL(beginning + true) &lt; NLL(beginning + false). */
    public static double generation(double nllTrueContinuation, double nllFalseContinuation) {
        return nllTrueContinuation < nllFalseContinuation ? 1.0 : 0.0;
    }

    /**
     * Verification from log-likelihoods (log-probabilities, higher is more likely) of the labels "True" and
     * "False" given the true statement and given the false statement.
     */
    public static double verification(double logpTrueGivenTrue, double logpFalseGivenTrue, double logpTrueGivenFalse,
            double logpFalseGivenFalse) {
        double c1 = logpTrueGivenTrue > logpFalseGivenTrue ? 1 : 0;
        double c2 = logpFalseGivenFalse > logpTrueGivenFalse ? 1 : 0;
        return (c1 + c2) / 2;
    }

    /** Chain of thought: the final text for the true statement says true (and not false), mirrored for the false. */
    public static double chainOfThought(String outputForTrueStatement, String outputForFalseStatement) {
        double c1 = says(outputForTrueStatement, "true", "false") ? 1 : 0;
        double c2 = says(outputForFalseStatement, "false", "true") ? 1 : 0;
        return (c1 + c2) / 2;
    }

    private static boolean says(String text, String wanted, String other) {
        if (text == null) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.matches("(?s).*\\b" + wanted + "\\b.*") && !lower.matches("(?s).*\\b" + other + "\\b.*");
    }

    /** Mean per-item score with its seeded 95% percentile bootstrap interval. */
    public static BootstrapInterval.Result summary(double[] itemScores, int rounds, long seed) {
        if (itemScores.length == 0) {
            throw new IllegalArgumentException("no items to summarise");
        }
        return BootstrapInterval.ofMean(itemScores, rounds, seed);
    }

    /** One self-referential item and its control twin, each already scored by the same measure. */
    public record Twin(String id, double selfReferential, double control) {
        public Twin {
            Objects.requireNonNull(id, "id");
        }
    }

    /** Paired mean of (control - self-referential) over twins, with its seeded 95% bootstrap interval over twins. */
    public static BootstrapInterval.Result controlDelta(List<Twin> twins, int rounds, long seed) {
        if (twins.isEmpty()) {
            throw new IllegalArgumentException("no twin pairs: the control delta needs items with a control twin");
        }
        double[] deltas = twins.stream().mapToDouble(t -> t.control() - t.selfReferential()).toArray();
        return BootstrapInterval.ofMean(deltas, rounds, seed);
    }
}
