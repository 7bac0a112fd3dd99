package io.evalstream.scoring.rating;

import static io.evalstream.scoring.rating.Battle.Outcome.A;
import static io.evalstream.scoring.rating.Battle.Outcome.B;
import static io.evalstream.scoring.rating.Battle.Outcome.TIE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AggregatedBootstrapTest {

    /**
     * Hand-worked: x and y tie every battle, so every resample is all ties, every fit puts both at 1000 (mean
     * 1000), and both intervals are exactly [1000, 1000]; neither interval lies above the other: both rank 1.
     */
    @Test
    void goldenAllTies() {
        List<Battle> battles = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            battles.add(Battle.of(i % 2 == 0 ? "x" : "y", i % 2 == 0 ? "y" : "x", TIE));
        }
        BradleyTerryBootstrap.Result r = AggregatedBootstrap.compute(
                AggregatedBootstrap.aggregate(battles, Battle.BothBad.TIE), BradleyTerry.Config.DEFAULT, 100, 3);
        for (String m : List.of("x", "y")) {
            assertThat(r.of(m).rating()).isCloseTo(1000.0, within(1e-9));
            assertThat(r.of(m).low()).isCloseTo(1000.0, within(1e-9));
            assertThat(r.of(m).high()).isCloseTo(1000.0, within(1e-9));
            assertThat(r.of(m).rank()).isEqualTo(1);
        }
    }

    /** Same point ratings as the per-battle fit; intervals of the same width as the per-battle bootstrap's. */
    @Test
    void agreesWithThePerBattleBootstrap() {
        Random random = new Random(5);
        List<Battle> battles = new ArrayList<>();
        String[] models = { "a", "b", "c", "d" };
        double[] strength = { 1.0, 0.5, 0.0, -0.7 };
        for (int k = 0; k < 4000; k++) {
            int i = random.nextInt(4);
            int j = (i + 1 + random.nextInt(3)) % 4;
            double p = 1 / (1 + Math.exp(strength[j] - strength[i]));
            double u = random.nextDouble();
            battles.add(Battle.of(models[i], models[j], u < 0.1 ? TIE : u < 0.1 + 0.9 * p ? A : B));
        }
        BradleyTerryBootstrap.Result perBattle = BradleyTerryBootstrap.compute(battles,
                BradleyTerry.Config.DEFAULT.withAnchor("d"), 200, 1);
        List<Battle> shuffled = new ArrayList<>(battles);
        Collections.shuffle(shuffled, new Random(9));
        BradleyTerryBootstrap.Result aggregated = AggregatedBootstrap.compute(
                AggregatedBootstrap.aggregate(shuffled, Battle.BothBad.TIE), BradleyTerry.Config.DEFAULT.withAnchor("d"),
                200, 1);
        for (String m : models) {
            var x = perBattle.of(m);
            var y = aggregated.of(m);
            assertThat(y.rating()).isCloseTo(x.rating(), within(1e-6));
            assertThat(y.rank()).isEqualTo(x.rank());
            if (!m.equals("d")) {
                double w1 = x.high() - x.low();
                double w2 = y.high() - y.low();
                assertThat(w2).isBetween(0.7 * w1, 1.3 * w1);
                assertThat(y.low()).isLessThan(y.rating());
                assertThat(y.high()).isGreaterThan(y.rating());
            }
        }
        assertThat(aggregated.models()).extracting(BradleyTerryBootstrap.ModelRating::model)
                .containsExactly("a", "b", "c", "d");
    }
}
