package io.evalstream.scoring.rating;

import static io.evalstream.scoring.rating.Battle.Outcome.A;
import static io.evalstream.scoring.rating.Battle.Outcome.B;
import static io.evalstream.scoring.rating.Battle.Outcome.TIE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class BradleyTerryTest {
    private static final BradleyTerry.Config EXACT = BradleyTerry.Config.DEFAULT.withRidge(1e-10);

    /**
     * x beats y 3 times, y beats x once (once with y in slot A): the MLE has P(x beats y) = 3/4, b_x - b_y = ln 3,
     * a gap of 400 log10(3) = 190.848502 points; mean 1000 -> x = 1095.424251, y = 904.575749. The default 1e-6
     * ridge moves these by about 1e-3 on so few battles; with a 1e-10 ridge the fit is the MLE to 1e-6.
     */
    @Test
    void goldenTwoModels() {
        List<Battle> battles = List.of(Battle.of("x", "y", A), Battle.of("x", "y", A), Battle.of("y", "x", B),
                Battle.of("y", "x", A));
        Map<String, Double> r = BradleyTerry.fit(battles, EXACT).ratings();
        assertThat(r.get("x")).isCloseTo(1095.424251, within(1e-6));
        assertThat(r.get("y")).isCloseTo(904.575749, within(1e-6));
        Map<String, Double> ridged = BradleyTerry.fit(battles).ratings();
        assertThat(ridged.get("x")).isCloseTo(1095.424251, within(1e-2));
    }

    /**
     * Ties as half wins: x-y: x wins once, one tie -> w_xy = 1.5, w_yx = 0.5; y-z the same. The score equations
     * 1.5 = 2 sigma(b_x - b_y) and 1.5 = 2 sigma(b_y - b_z) give gaps of ln 3 each, so 190.848502 points apart:
     * mean 1000 -> 1190.848502, 1000, 809.151498; with z as the anchor -> 1381.697004, 1190.848502, 1000.
     * A 400-point gap (x over z: 381.7) means odds of 10^(381.697/400) = 9 : 1 = 3 x 3.
     */
    @Test
    void goldenTiesAndAnchor() {
        List<Battle> battles = List.of(Battle.of("x", "y", A), Battle.of("x", "y", TIE), Battle.of("y", "z", A),
                Battle.of("z", "y", TIE));
        Map<String, Double> mean = BradleyTerry.fit(battles, EXACT).ratings();
        assertThat(mean.get("x")).isCloseTo(1190.848502, within(1e-6));
        assertThat(mean.get("y")).isCloseTo(1000.0, within(1e-6));
        assertThat(mean.get("z")).isCloseTo(809.151498, within(1e-6));
        Map<String, Double> anchored = BradleyTerry.fit(battles, EXACT.withAnchor("z")).ratings();
        assertThat(anchored.get("z")).isEqualTo(1000.0);
        assertThat(anchored.get("x")).isCloseTo(1381.697004, within(1e-6));
        assertThatThrownBy(() -> BradleyTerry.fit(battles, BradleyTerry.Config.DEFAULT.withAnchor("w")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A model that never wins has no finite MLE; the tiny prior keeps it finite and last. */
    @Test
    void aModelWithoutWinsStaysFinite() {
        // x, y, z beat each other in a balanced way; w only plays y and loses.
        List<Battle> battles = List.of(Battle.of("x", "y", A), Battle.of("y", "x", A), Battle.of("y", "z", A),
                Battle.of("z", "y", A), Battle.of("x", "z", TIE), Battle.of("w", "y", B));
        BradleyTerry.Result fit = BradleyTerry.fit(battles);
        Map<String, Double> r = fit.ratings();
        assertThat(r.values()).allSatisfy(v -> assertThat(v).isFinite());
        for (String m : List.of("x", "y", "z")) {
            assertThat(r.get("w")).isLessThan(r.get(m) - 1000);
        }
        assertThat(r.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(4000.0, within(1e-6));
    }

    @Property(tries = 60)
    void invariantToBattleOrder(@ForAll("battles") List<Battle> battles, @ForAll long seed) {
        List<Battle> shuffled = new ArrayList<>(battles);
        Collections.shuffle(shuffled, new Random(seed));
        Map<String, Double> a = BradleyTerry.fit(battles).ratings();
        Map<String, Double> b = BradleyTerry.fit(shuffled).ratings();
        for (String m : a.keySet()) {
            assertThat(b.get(m)).isCloseTo(a.get(m), within(1e-6));
        }
    }

    @Property(tries = 60)
    void swappingTwoNamesSwapsTheirRatings(@ForAll("battles") List<Battle> battles) {
        List<Battle> renamed = battles.stream()
                .map(b -> Battle.of(swap(b.modelA()), swap(b.modelB()), b.outcome())).toList();
        Map<String, Double> a = BradleyTerry.fit(battles).ratings();
        Map<String, Double> b = BradleyTerry.fit(renamed).ratings();
        for (String m : a.keySet()) {
            assertThat(b.get(swap(m))).isCloseTo(a.get(m), within(1e-6));
        }
    }

    private static String swap(String model) {
        return switch (model) {
            case "m0" -> "m1";
            case "m1" -> "m0";
            default -> model;
        };
    }

    @Provide
    Arbitrary<List<Battle>> battles() {
        Arbitrary<String> model = Arbitraries.of("m0", "m1", "m2", "m3");
        Arbitrary<Battle> battle = Combinators.combine(model, model, Arbitraries.of(Battle.Outcome.class))
                .filter((a, b, o) -> !a.equals(b)).as(Battle::of);
        return battle.list().ofMinSize(1).ofMaxSize(40);
    }
}
