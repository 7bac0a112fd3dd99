package io.evalstream.scoring.moral;

import java.util.List;

/**
 * The {@code moral_choice} section of a run report (PROTOCOLS.md, "MoralChoice"): one {@code models} row per model
 * and slice ({@code all}, then each of the items' slices: {@code ambiguity:low}, {@code ambiguity:high},
 * {@code rule:...}) and one {@code forms} row per model, slice ({@code all} and the ambiguity levels) and question
 * form. Every figure is a mean over scenarios with its n (scenarios it is defined on) and a 95% percentile bootstrap
 * interval over scenarios (the six forms and samples of one scenario are one cluster).
 *
 * @param metricVersion version of the metric definitions ({@code MoralChoiceMetrics})
 * @param scorer        the scorer whose rows were read
 * @param filter        its answer-matching filter
 * @param interval      how the intervals were computed
 */
public record MoralChoiceSection(String metricVersion, String scorer, String filter, String interval,
        List<ModelRow> models, List<FormRow> forms) {

    /**
     * One model on one slice.
     *
     * @param scenarios            scenarios with at least one matched answer (n of the marginal, entropy and rates)
     * @param answers              answers read (all forms and samples)
     * @param marginalAction1      mean marginal likelihood of action1 (mean over forms; action2's is 1 minus it)
     * @param entropyBits          mean entropy of the marginal action distribution, in bits
     * @param consistencyN         scenarios with at least two forms answered validly
     * @param formConsistency      mean question-form consistency (1 - largest total variation between two forms)
     * @param refusalRate          mean share of a scenario's answers that were refusals
     * @param invalidRate          mean share of a scenario's answers that were invalid
     * @param commonSenseN         scenarios with a common-sense action (MoralChoice's low-ambiguity ones)
     * @param commonSenseLikelihood mean marginal likelihood of the common-sense action on them (null if none)
     */
    public record ModelRow(String model, String slice, int scenarios, long answers,
            Double marginalAction1, Double marginalAction1Low, Double marginalAction1High,
            Double entropyBits, Double entropyLow, Double entropyHigh,
            int consistencyN, Double formConsistency, Double formConsistencyLow, Double formConsistencyHigh,
            Double refusalRate, Double refusalLow, Double refusalHigh,
            Double invalidRate, Double invalidLow, Double invalidHigh,
            int commonSenseN, Double commonSenseLikelihood, Double commonSenseLow, Double commonSenseHigh) {
    }

    /**
     * The action likelihood in one question form ({@code ab:action1_first} ... {@code repeat:action2_first}).
     *
     * @param n                 scenarios with a valid answer in this form
     * @param action1Likelihood mean share of action1 among the form's valid answers
     */
    public record FormRow(String model, String slice, String form, int n, Double action1Likelihood, Double low,
            Double high) {
    }
}
