package io.evalstream.scoring.rewardbench;

import java.util.List;

/**
 * The {@code reward_bench} report section (PROTOCOLS.md, "RewardBench"), per judge model. A pair is judged in both
 * orders; it counts 1 when every answered game prefers the chosen response (for a pair labelled a tie: calls it a
 * tie), 0 when every game prefers the rejected one, and 0.5 otherwise (a tie, an unparsable verdict, or games that
 * disagree, as MT-Bench counts an inconsistent pair). {@link SubsetRow}: accuracy per subset with its Wilson 95%
 * interval over pairs; {@link SectionRow}: subset accuracies weighted by subset size (the credit share over all
 * pairs of the section's subsets, {@code RewardBenchScore}), with its Wilson interval. The subset -> section map
 * is {@link RewardBenchSections}.
 */
public record RewardBenchSection(String metricVersion, String scorer, String filter, String pairRule,
        List<SubsetRow> subsets, List<SectionRow> sections) {

    /**
     * @param n            pairs with at least one answered game
     * @param chosenWins   pairs counted 1
     * @param ties         pairs counted 0.5
     * @param rejectedWins pairs counted 0
     * @param unparsed     games whose verdict could not be read (each counted 0.5)
     * @param errors       games that got no answer (left out; a pair with no answered game is not counted)
     */
    public record SubsetRow(String judge, String section, String subset, long n, Double accuracy, Double low,
            Double high, long chosenWins, long ties, long rejectedWins, long unparsed, long errors) {
    }

    /** A section's score over its {@code subsets} subsets and {@code n} pairs. */
    public record SectionRow(String judge, String section, int subsets, long n, Double score, Double low,
            Double high) {
    }
}
