package io.evalstream.scoring.report.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.NullNode;
import io.evalstream.scoring.store.ReportRow;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden values worked by hand. Four true/false items (chance 1/2), one response each. m1 right on i1-i3: 3/4;
 * exact two-sided binomial p = P(outcomes no likelier than 3 of 4) = (1 + 4 + 4 + 1)/16 = 0.625; clustered SE with
 * one response per item = SD(1,1,1,0)/2 = 0.5/2 = 0.25. m2 right on i3 only: 1/4. McNemar: b = 2 (i1, i2), c = 0,
 * exact p = 2 x 0.5^2 = 0.5; one pair, so Holm leaves 0.5; difference 0.5.
 */
class AccuracyAnalysisTest {

    @Test
    void handWorkedTrueFalseRun() {
        AccuracyAnalysis analysis = new AccuracyAnalysis(500, 1);
        double[] m1 = { 1, 1, 1, 0 };
        double[] m2 = { 0, 0, 1, 0 };
        for (int i = 0; i < 4; i++) {
            analysis.add(row("m1", "i" + (i + 1), "original", m1[i]));
            analysis.add(row("m2", "i" + (i + 1), "original", m2[i]));
        }
        analysis.add(new ReportRow("r", "m1", "i5", "original", 0, "UNSCORED", null, null, "True", List.of(),
                List.of("True", "False"), "true_false", "true_false", NullNode.getInstance()));

        AccuracySection section = analysis.section().orElseThrow();

        AccuracyRow first = section.models().stream().filter(r -> r.modelId().equals("m1")).findFirst().orElseThrow();
        assertThat(first.n()).isEqualTo(4);
        assertThat(first.items()).isEqualTo(4);
        assertThat(first.accuracy()).isEqualTo(0.75);
        assertThat(first.low()).isLessThan(0.75);
        assertThat(first.high()).isGreaterThan(0.75);
        assertThat(first.chance()).isEqualTo(0.5);
        assertThat(first.pValueVsChance()).isCloseTo(0.625, within(1e-12));
        assertThat(first.clusteredStandardError()).isCloseTo(0.25, within(1e-12));
        assertThat(first.unscored()).isEqualTo(1);
        assertThat(section.comparisons()).hasSize(1);
        ComparisonRow pair = section.comparisons().get(0);
        assertThat(pair.modelId()).isEqualTo("m1");
        assertThat(pair.otherModelId()).isEqualTo("m2");
        assertThat(pair.test()).isEqualTo("mcnemar");
        assertThat(pair.items()).isEqualTo(4);
        assertThat(pair.difference()).isEqualTo(0.5);
        assertThat(pair.mcnemarPValue()).isCloseTo(0.5, within(1e-12));
        assertThat(pair.adjustedPValue()).isCloseTo(0.5, within(1e-12));
        assertThat(pair.low()).isLessThanOrEqualTo(0.5);
        assertThat(pair.high()).isGreaterThanOrEqualTo(0.5);
    }

    /**
     * Variants of one item are one cluster: item a scored (1, 0), item b (1, 1); mean 3/4; cluster residual sums -0.5
     * and 0.5; SE = sqrt(2/1) x sqrt(0.25 + 0.25) / 4 = 0.25. The pair of two models with variants is tested by the
     * paired bootstrap of item means, not McNemar.
     */
    @Test
    void variantsOfOneItemAreOneCluster() {
        AccuracyAnalysis analysis = new AccuracyAnalysis(500, 1);
        analysis.add(row("m1", "a", "cyclic-0", 1));
        analysis.add(row("m1", "a", "cyclic-1", 0));
        analysis.add(row("m1", "b", "cyclic-0", 1));
        analysis.add(row("m1", "b", "cyclic-1", 1));
        analysis.add(row("m2", "a", "cyclic-0", 0));
        analysis.add(row("m2", "a", "cyclic-1", 0));
        analysis.add(row("m2", "b", "cyclic-0", 1));
        analysis.add(row("m2", "b", "cyclic-1", 0));

        AccuracySection section = analysis.section().orElseThrow();

        AccuracyRow first = section.models().get(0);
        assertThat(first.n()).isEqualTo(4);
        assertThat(first.items()).isEqualTo(2);
        assertThat(first.clusteredStandardError()).isCloseTo(0.25, within(1e-12));
        ComparisonRow pair = section.comparisons().get(0);
        assertThat(pair.test()).isEqualTo("paired-bootstrap");
        assertThat(pair.mcnemarPValue()).isNull();
        assertThat(pair.items()).isEqualTo(2);
        assertThat(pair.difference()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void noRowsNoSection() {
        assertThat(new AccuracyAnalysis(10, 1).section()).isEmpty();
    }

    private static ReportRow row(String model, String item, String variant, double score) {
        return new ReportRow("r-" + model + item + variant, model, item, variant, 0, score == 1 ? "CORRECT" : "INCORRECT",
                score, score == 1 ? "True" : "False", "True", List.of(), List.of("True", "False"), "true_false",
                "true_false", NullNode.getInstance());
    }
}
