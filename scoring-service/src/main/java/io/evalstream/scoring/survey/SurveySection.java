package io.evalstream.scoring.survey;

import java.util.List;

/**
 * The {@code survey} report section (PROTOCOLS.md, "Survey"). Per model ({@link ModelRow}) the question-level
 * figures averaged over questions, each with its n (questions) and a percentile bootstrap interval over
 * questions ({@link #bootstrapRounds} resamples, seed {@link #bootstrapSeed}; null bounds with fewer than two
 * questions); per model and displayed position ({@link PositionRow}) the probability of that position averaged
 * over orders and questions; per question ({@link QuestionRow}) the figures of that question over its orders;
 * per question and option ({@link OptionRow}) the adjusted answer distribution mapped back to the option codes,
 * beside the human reference share.
 */
public record SurveySection(String metricVersion, String scorer, String filter, int bootstrapRounds,
        long bootstrapSeed, List<ModelRow> models, List<PositionRow> positions, List<QuestionRow> questions,
        List<OptionRow> options) {

    /**
     * @param questions    questions with at least one read order (n of every mean below except the reference ones)
     * @param readings     read orders (score rows) used
     * @param unscored     responses whose distribution could not be read (counted apart)
     * @param errors       requests that got no answer
     * @param aBias        mean over questions of P(first position) - 1/k
     * @param normalisedEntropy mean over questions of H(adjusted distribution) / log2 k
     * @param referenced   questions with a human reference (n of KL and 1 - JS)
     * @param klBits       mean KL(reference || adjusted) in bits; null when some question's KL is infinite
     * @param klInfinite   questions where the model gives zero probability to an option the reference uses
     * @param oneMinusJs   mean 1 - Jensen-Shannon divergence (bits) to the reference, in [0, 1]
     */
    public record ModelRow(String model, int questions, long readings, long unscored, long errors, Double aBias,
            Double aBiasLow, Double aBiasHigh, Double normalisedEntropy, Double entropyLow, Double entropyHigh,
            int referenced, Double klBits, Double klLow, Double klHigh, int klInfinite, Double oneMinusJs,
            Double oneMinusJsLow, Double oneMinusJsHigh) {
    }

    /** P(position) averaged over the orders of each question, then over the {@code n} questions showing it. */
    public record PositionRow(String model, String position, int n, double probability, Double low, Double high) {
    }

    /** One question's figures over its {@code orders} read orders. */
    public record QuestionRow(String model, String item, int k, int orders, double pFirst, double aBias,
            double normalisedEntropy, Double klBits, Double oneMinusJs) {
    }

    /** The adjusted (order-averaged) probability of one option, by its code, and the reference share. */
    public record OptionRow(String model, String item, String code, double adjusted, Double reference) {
    }
}
