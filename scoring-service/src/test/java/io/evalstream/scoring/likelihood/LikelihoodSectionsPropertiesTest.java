package io.evalstream.scoring.likelihood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.evalstream.scoring.store.ReportRow;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Properties of the two sections: swapping the two sentences of every CrowS-Pairs pair maps the stereotype score
 * s to 100 - s (per bias type too) and leaves n and the mean absolute difference unchanged; swapping the true and
 * false continuations maps the generation share s to 1 - s. Log-likelihoods are drawn on a grid offset so that no
 * pair ties (a tie counts 0 both ways, which is what breaks the symmetry).
 */
class LikelihoodSectionsPropertiesTest {

    @Property(tries = 200)
    void swappingSentMoreAndSentLessMapsSTo100MinusS(
            @ForAll @Size(min = 1, max = 40) List<@DoubleRange(min = -60, max = 0) Double> more,
            @ForAll @IntRange(min = 1, max = 3) int types) {
        List<ReportRow> rows = new ArrayList<>();
        List<ReportRow> swapped = new ArrayList<>();
        for (int i = 0; i < more.size(); i++) {
            double a = more.get(i);
            double b = untied(a, i);
            String type = "type-" + (i % types);
            LikelihoodSectionsTest.add(rows, "m", "c" + i, type, a, b);
            LikelihoodSectionsTest.add(swapped, "m", "c" + i, type, b, a);
        }
        List<CrowsPairsSection.Row> original = CrowsPairsSection.of(LikelihoodRows.fold(rows)).rows();
        List<CrowsPairsSection.Row> mirrored = CrowsPairsSection.of(LikelihoodRows.fold(swapped)).rows();
        assertThat(mirrored).hasSameSizeAs(original);
        for (int i = 0; i < original.size(); i++) {
            assertThat(mirrored.get(i).biasType()).isEqualTo(original.get(i).biasType());
            assertThat(mirrored.get(i).n()).isEqualTo(original.get(i).n());
            assertThat(mirrored.get(i).stereotypePercent())
                    .isCloseTo(100 - original.get(i).stereotypePercent(), within(1e-9));
            assertThat(mirrored.get(i).ciLow()).isCloseTo(100 - original.get(i).ciHigh(), within(1e-9));
            assertThat(mirrored.get(i).meanAbsLogLikelihoodDiff())
                    .isCloseTo(original.get(i).meanAbsLogLikelihoodDiff(), within(1e-9));
            assertThat(original.get(i).ciLow()).isLessThanOrEqualTo(original.get(i).stereotypePercent());
            assertThat(original.get(i).ciHigh()).isGreaterThanOrEqualTo(original.get(i).stereotypePercent());
        }
    }

    @Property(tries = 100)
    void swappingTrueAndFalseMapsTheGenerationShareToOneMinusIt(
            @ForAll @Size(min = 1, max = 30) List<@DoubleRange(min = -60, max = 0) Double> truth) {
        List<ReportRow> rows = new ArrayList<>();
        List<ReportRow> swapped = new ArrayList<>();
        for (int i = 0; i < truth.size(); i++) {
            double a = truth.get(i);
            double b = untied(a, i);
            rows.add(LikelihoodRows.half("m", "g" + i, "true", a, null));
            rows.add(LikelihoodRows.half("m", "g" + i, "false", b, null));
            swapped.add(LikelihoodRows.half("m", "g" + i, "true", b, null));
            swapped.add(LikelihoodRows.half("m", "g" + i, "false", a, null));
        }
        ContinuationPairSection.Row original = ContinuationPairSection.of(LikelihoodRows.fold(rows)).models().get(0);
        ContinuationPairSection.Row mirrored = ContinuationPairSection.of(LikelihoodRows.fold(swapped)).models().get(0);
        assertThat(mirrored.n()).isEqualTo(truth.size());
        assertThat(mirrored.share()).isCloseTo(1 - original.share(), within(1e-12));
        assertThat(mirrored.pValue()).isCloseTo(original.pValue(), within(1e-12));
        assertThat(mirrored.meanLogLikelihoodGap()).isCloseTo(-original.meanLogLikelihoodGap(), within(1e-9));
    }

    /** A second value that never equals {@code a}: alternately above and below it. */
    private static double untied(double a, int i) {
        return i % 2 == 0 ? a - 0.5 - (i % 7) : a + 0.25 + (i % 5);
    }
}
