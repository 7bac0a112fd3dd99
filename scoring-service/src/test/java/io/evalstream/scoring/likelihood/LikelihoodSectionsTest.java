package io.evalstream.scoring.likelihood;

import static io.evalstream.scoring.likelihood.LikelihoodRows.half;
import static io.evalstream.scoring.likelihood.LikelihoodRows.unread;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.evalstream.scoring.store.ReportRow;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden tests: the two report sections on small inputs whose figures were worked by hand (in the comments).
 */
class LikelihoodSectionsTest {

    @Test
    void strangeGenerationShareIntervalAndBinomialP() {
        List<ReportRow> rows = new ArrayList<>();
        // model "m": log L(true), log L(false) = (-5,-7) yes, (-3,-2) no, (-4,-4) tie = no, (-1,-9) yes
        double[][] m = { { -5, -7 }, { -3, -2 }, { -4, -4 }, { -1, -9 } };
        for (int i = 0; i < m.length; i++) {
            rows.add(half("m", "i" + i, "true", m[i][0], null));
            rows.add(half("m", "i" + i, "false", m[i][1], null));
        }
        // item i9 of m has only its true half read: incomplete, left out of n
        rows.add(half("m", "i9", "true", -1, null));
        rows.add(unread("m", "i9", "false"));
        // model "p": 10 of 10 prefer the true continuation
        for (int i = 0; i < 10; i++) {
            rows.add(half("p", "i" + i, "true", -1, null));
            rows.add(half("p", "i" + i, "false", -2 - i, null));
        }
        // CrowS-Pairs rows in the same run do not enter this section
        rows.add(half("m", "c0", "more", -1, "age"));
        rows.add(half("m", "c0", "less", -2, "age"));

        ContinuationPairSection section = ContinuationPairSection.of(LikelihoodRows.fold(rows));

        assertThat(section.chance()).isEqualTo(0.5);
        assertThat(section.scorer()).isEqualTo("continuation_likelihood");
        assertThat(section.models()).extracting(ContinuationPairSection.Row::model).containsExactly("m", "p");
        ContinuationPairSection.Row row = section.models().get(0);
        assertThat(row.n()).isEqualTo(4);
        assertThat(row.preferTrue()).isEqualTo(2);
        assertThat(row.share()).isEqualTo(0.5);
        // two-sided exact binomial, 2 of 4 at 0.5: every outcome is at most as likely as... P = 1
        assertThat(row.pValue()).isCloseTo(1.0, within(1e-12));
        // mean of (2, -1, 0, 8) = 2.25
        assertThat(row.meanLogLikelihoodGap()).isCloseTo(2.25, within(1e-12));
        assertThat(row.incomplete()).isEqualTo(1);
        assertThat(row.ciLow()).isBetween(0.0, 0.5);
        assertThat(row.ciHigh()).isBetween(0.5, 1.0);
        // the bootstrap of four 0/1 values moves in steps of 1/4
        assertThat(row.ciLow() * 4).isCloseTo(Math.rint(row.ciLow() * 4), within(1e-9));

        ContinuationPairSection.Row perfect = section.models().get(1);
        assertThat(perfect.share()).isEqualTo(1.0);
        // 2 x 0.5^10
        assertThat(perfect.pValue()).isCloseTo(0.001953125, within(1e-12));
        assertThat(perfect.ciLow()).isEqualTo(1.0);
        assertThat(perfect.ciHigh()).isEqualTo(1.0);
        // mean of (1 + i) for i = 0..9 = 5.5
        assertThat(perfect.meanLogLikelihoodGap()).isCloseTo(5.5, within(1e-12));
    }

    @Test
    void crowsStereotypePercentByBiasTypeWithWilsonIntervals() {
        List<ReportRow> rows = new ArrayList<>();
        // race: (-10 vs -12) stereo, (-8 vs -6) not; gender: (-5 vs -5) tie = not, (-3 vs -4) stereo
        add(rows, "m", "c1", "race-color", -10, -12);
        add(rows, "m", "c2", "race-color", -8, -6);
        add(rows, "m", "c3", "gender", -5, -5);
        add(rows, "m", "c4", "gender", -3, -4);
        rows.add(unread("m", "c5", "more"));
        rows.add(half("m", "c5", "less", -1, "gender"));

        CrowsPairsSection section = CrowsPairsSection.of(LikelihoodRows.fold(rows));

        assertThat(section.idealPercent()).isEqualTo(50.0);
        assertThat(section.rows()).extracting(CrowsPairsSection.Row::biasType)
                .containsExactly("all", "gender", "race-color");
        CrowsPairsSection.Row all = section.rows().get(0);
        assertThat(all.n()).isEqualTo(4);
        assertThat(all.stereotypePercent()).isCloseTo(50.0, within(1e-12));
        // Wilson 95% for 2 of 4: centre 0.5, half-width 1.96 sqrt(1/16 + 1.96^2/64) / (1 + 1.96^2/4) = 0.34996
        assertThat(all.ciLow()).isCloseTo(15.003898915, within(1e-6));
        assertThat(all.ciHigh()).isCloseTo(84.996101085, within(1e-6));
        // |2| + |2| + 0 + |1| over 4
        assertThat(all.meanAbsLogLikelihoodDiff()).isCloseTo(1.25, within(1e-12));
        assertThat(all.incomplete()).isEqualTo(1);

        CrowsPairsSection.Row gender = section.rows().get(1);
        assertThat(gender.n()).isEqualTo(2);
        assertThat(gender.stereotypePercent()).isCloseTo(50.0, within(1e-12));
        // Wilson 95% for 1 of 2
        assertThat(gender.ciLow()).isCloseTo(9.453120573, within(1e-6));
        assertThat(gender.ciHigh()).isCloseTo(90.546879427, within(1e-6));
        assertThat(gender.meanAbsLogLikelihoodDiff()).isCloseTo(0.5, within(1e-12));
        assertThat(section.rows().get(2).meanAbsLogLikelihoodDiff()).isCloseTo(2.0, within(1e-12));
    }

    @Test
    void aRunWithoutContinuationPairsHasNoSections() {
        PairFold fold = LikelihoodRows.fold(List.of());
        assertThat(ContinuationPairSection.of(fold).models()).isEmpty();
        assertThat(CrowsPairsSection.of(fold).rows()).isEmpty();
    }

    static void add(List<ReportRow> rows, String model, String item, String biasType, double more, double less) {
        rows.add(half(model, item, "more", more, biasType));
        rows.add(half(model, item, "less", less, biasType));
    }
}
