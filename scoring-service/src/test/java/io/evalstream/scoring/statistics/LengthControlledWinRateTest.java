package io.evalstream.scoring.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LengthControlledWinRateTest {

    private static LengthControlledWinRate.Row row(String instruction, int baseline, int model, Double preference) {
        return new LengthControlledWinRate.Row(instruction, baseline, model, preference);
    }

    /**
     * Equal length differences (SD 0, length feature 0) and no difficulty: the intercept-only soft-label MLE solves
     * sum (y - sigma(theta)) = 0, so sigma(theta) = mean y and LC = WR. Preferences [2, 1, 0, 1.8] -> y = [1, 0,
     * 0.5, 0.8], mean 0.575 -> LC 57.5.
     */
    @Test
    void withoutLengthVariationLcEqualsTheWinRate() {
        List<LengthControlledWinRate.Row> rows = List.of(row("a", 10, 20, 2.0), row("b", 10, 20, 1.0),
                row("c", 10, 20, 0.0), row("d", 10, 20, 1.8));
        LengthControlledWinRate.Result r = LengthControlledWinRate.compute(Map.of("m", rows)).get(0);
        assertThat(r.lengthControlledWinRate()).isCloseTo(57.5, within(1e-6));
        assertThat(r.winRate().winRate()).isCloseTo(57.5, within(1e-9));
        assertThat(r.lengthCoefficient()).isCloseTo(0.0, within(1e-6));
    }

    /**
     * Two rows, length differences +100 and -100 (SD sqrt(20000) = 141.42, features +t and -t with t = tanh(0.7071)),
     * targets 0.9 (longer) and 0.5 (shorter). Two parameters, two rows: the fit is exact, theta + phi t =
     * logit 0.9 = ln 9 and theta - phi t = logit 0.5 = 0, so theta = ln 9 / 2 = ln 3 and LC = 100 sigma(ln 3) =
     * 100 * 3/4 = 75, against a raw WR of 70: the long answer's advantage is removed.
     */
    @Test
    void theLengthAdvantageIsRemoved() {
        List<LengthControlledWinRate.Row> rows = List.of(row("a", 100, 200, 1.9), row("b", 200, 100, 1.5));
        LengthControlledWinRate.Result r = LengthControlledWinRate.compute(Map.of("m", rows)).get(0);
        assertThat(r.intercept()).isCloseTo(Math.log(3), within(1e-6));
        assertThat(r.lengthControlledWinRate()).isCloseTo(75.0, within(1e-5));
        assertThat(r.winRate().winRate()).isCloseTo(70.0, within(1e-9));
    }

    /**
     * Supplied difficulties enter with a fitted coefficient. Rows of equal length, d = [-1, 1], targets
     * sigma(-1) and sigma(1): the exact fit has theta = 0, gamma = 1, so LC = 100 (sigma(-1) + sigma(1)) / 2 = 50.
     */
    @Test
    void suppliedDifficulties() {
        double low = 1 / (1 + Math.exp(1));
        List<LengthControlledWinRate.Row> rows = List.of(row("hard", 10, 10, 1 + low), row("easy", 10, 10, 2 - low));
        LengthControlledWinRate.Result r = LengthControlledWinRate.compute(Map.of("m", rows),
                Map.of("hard", -1.0, "easy", 1.0)).get(0);
        assertThat(r.difficultyCoefficient()).isCloseTo(1.0, within(1e-5));
        assertThat(r.intercept()).isCloseTo(0.0, within(1e-6));
        assertThat(r.lengthControlledWinRate()).isCloseTo(50.0, within(1e-6));
    }

    /**
     * The published files, read in place (skipped when absent): difficulties estimated jointly over the five models.
     * alpaca-7b_verbose and alpaca-7b_concise are one model prompted to be longer or shorter.
     */
    @Test
    void publishedFiles() throws IOException {
        Path dir = AlpacaEvalPublishedTest.datasets().resolve("alpaca-eval").resolve("annotations");
        List<String> names = List.of("alpaca-7b", "alpaca-7b_concise", "alpaca-7b_verbose", "gpt4_gamed", "vicuna-7b");
        for (String name : names) {
            assumeTrue(Files.isRegularFile(dir.resolve(name + ".json")),
                    "AlpacaEval annotations not found at " + dir.toAbsolutePath() + "; skipping");
        }
        Map<String, List<LengthControlledWinRate.Row>> models = new LinkedHashMap<>();
        for (String name : names) {
            models.put(name, LengthControlledWinRate.rows(AlpacaEvalAnnotations.read(dir.resolve(name + ".json"))));
        }
        Map<String, LengthControlledWinRate.Result> byModel = new LinkedHashMap<>();
        for (LengthControlledWinRate.Result r : LengthControlledWinRate.compute(models)) {
            byModel.put(r.model(), r);
            System.out.printf("%-20s n=%d WR=%.4f SE=%.4f LC=%.4f phi=%.4f%n", r.model(), r.winRate().n(),
                    r.winRate().winRate(), r.winRate().standardError(), r.lengthControlledWinRate(),
                    r.lengthCoefficient());
            assertThat(r.lengthControlledWinRate()).isBetween(0.0, 100.0);
        }
        assertThat(byModel.get("alpaca-7b").winRate().winRate()).isCloseTo(2.5914505, within(1e-6));
        // one model prompted shorter or longer: the raw win rate moves by 0.94 points, LC by much less
        double raw = Math.abs(byModel.get("alpaca-7b_verbose").winRate().winRate()
                - byModel.get("alpaca-7b_concise").winRate().winRate());
        double lc = Math.abs(byModel.get("alpaca-7b_verbose").lengthControlledWinRate()
                - byModel.get("alpaca-7b_concise").lengthControlledWinRate());
        assertThat(raw).isGreaterThan(0.9);
        assertThat(lc).isLessThan(raw / 2);
        // the length coefficient is shared by the joint fit, and longer answers are preferred (phi > 0)
        assertThat(byModel.values()).extracting(LengthControlledWinRate.Result::lengthCoefficient)
                .containsOnly(byModel.get("vicuna-7b").lengthCoefficient());
        assertThat(byModel.get("vicuna-7b").lengthCoefficient()).isPositive();
    }

    /**
     * Two models sharing the length coefficient, golden by construction. Model "long" answers 100 and 300 characters
     * longer than the baseline on instructions a and b, model "short" 100 and 300 shorter (pooled differences
     * +100, +300, -100, -300: mean 0, sample SD sqrt(200000 / 3)), and every target is sigma(x) of its own length
     * feature x. theta = 0, phi = 1, d = 0 fits every row exactly with no penalty (and is the only exact fit with
     * d = 0, since each model's two rows fix phi), so both LCs are 50 although the raw win rates differ: the whole
     * difference is length.
     */
    @Test
    void aSharedLengthCoefficientRemovesAPureLengthEffect() {
        double sd = Math.sqrt(200000.0 / 3);
        Map<String, List<LengthControlledWinRate.Row>> models = new LinkedHashMap<>();
        models.put("long", List.of(row("a", 100, 200, 1 + sigma(Math.tanh(100 / sd))),
                row("b", 100, 400, 1 + sigma(Math.tanh(300 / sd)))));
        models.put("short", List.of(row("a", 200, 100, 1 + sigma(Math.tanh(-100 / sd))),
                row("b", 400, 100, 1 + sigma(Math.tanh(-300 / sd)))));
        List<LengthControlledWinRate.Result> results = LengthControlledWinRate.compute(models);
        for (LengthControlledWinRate.Result r : results) {
            assertThat(r.lengthCoefficient()).isCloseTo(1.0, within(1e-5));
            assertThat(r.intercept()).isCloseTo(0.0, within(1e-5));
            assertThat(r.lengthControlledWinRate()).isCloseTo(50.0, within(1e-4));
        }
        assertThat(results.get(0).winRate().winRate()).isGreaterThan(55.0);
        assertThat(results.get(1).winRate().winRate()).isLessThan(45.0);
    }

    private static double sigma(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
