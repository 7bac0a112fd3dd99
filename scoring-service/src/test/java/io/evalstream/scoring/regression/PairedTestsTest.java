package io.evalstream.scoring.regression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The choice of paired test and its decisions on simulated models: a model whose knowledge dropped from 0.9 to 0.5
 * is flagged; an unchanged but noisy model (same knowledge, new random draws each run) is flagged at most about
 * as often as alpha allows.
 */
class PairedTestsTest {
    private static final double ALPHA = 0.05;

    /** One unit per item, right with probability {@code knowledge}; each run draws its own luck. */
    private static List<PairedUnit> simulate(int items, double before, double after, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<PairedUnit> units = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            units.add(new PairedUnit("item-" + i, random.nextDouble() < before ? 1 : 0,
                    random.nextDouble() < after ? 1 : 0));
        }
        return units;
    }

    @Test
    void aModelThatGotWorseIsFlaggedByMcNemar() {
        PairedComparison c = PairedTests.compare(simulate(300, 0.9, 0.5, 7), 2000, 1);
        assertThat(c.test()).isEqualTo(PairedTests.MCNEMAR);
        assertThat(c.units()).isEqualTo(300);
        assertThat(c.before()).isGreaterThan(0.8);
        assertThat(c.after()).isLessThan(0.6);
        assertThat(c.effect()).isEqualTo(c.after() - c.before());
        assertThat(c.pValue()).isLessThan(1e-6);
        assertThat(c.isRegression(ALPHA)).isTrue();
    }

    @Test
    void anImprovementIsNeverARegression() {
        PairedComparison c = PairedTests.compare(simulate(300, 0.5, 0.9, 7), 2000, 1);
        assertThat(c.pValue()).isLessThan(1e-6);
        assertThat(c.isRegression(ALPHA)).isFalse();
    }

    @Test
    void anIdenticalModelHasNoDiscordantItemsAndPOne() {
        List<PairedUnit> units = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            units.add(new PairedUnit("item-" + i, i % 3 == 0 ? 0 : 1, i % 3 == 0 ? 0 : 1));
        }
        PairedComparison c = PairedTests.compare(units, 2000, 1);
        assertThat(c.pValue()).isEqualTo(1.0);
        assertThat(c.isRegression(ALPHA)).isFalse();
    }

    @Test
    void anUnchangedNoisyModelIsRarelyFlaggedAcrossTwentySeeds() {
        int flagged = 0;
        for (long seed = 1; seed <= 20; seed++) {
            if (PairedTests.compare(simulate(300, 0.7, 0.7, seed), 2000, seed).isRegression(ALPHA)) {
                flagged++;
            }
        }
        // One-sided rate of a two-sided 5% test is at most 2.5%: expected 0.5 of 20; 3 or more has p < 0.02.
        assertThat(flagged).isLessThanOrEqualTo(2);
    }

    @Test
    void severalVariantsPerItemUseTheItemClusteredBootstrap() {
        SplittableRandom random = new SplittableRandom(3);
        List<PairedUnit> units = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            for (int v = 0; v < 4; v++) {
                units.add(new PairedUnit("item-" + i, random.nextDouble() < 0.9 ? 1 : 0,
                        random.nextDouble() < 0.5 ? 1 : 0));
            }
        }
        PairedComparison c = PairedTests.compare(units, 2000, 11);
        assertThat(c.test()).isEqualTo(PairedTests.BOOTSTRAP);
        assertThat(c.units()).isEqualTo(600);
        assertThat(c.items()).isEqualTo(150);
        assertThat(c.isRegression(ALPHA)).isTrue();
        assertThat(PairedTests.compare(units, 2000, 11).pValue()).isEqualTo(c.pValue());
    }
}
