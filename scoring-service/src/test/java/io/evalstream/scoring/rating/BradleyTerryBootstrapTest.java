package io.evalstream.scoring.rating;

import static io.evalstream.scoring.rating.Battle.Outcome.A;
import static io.evalstream.scoring.rating.Battle.Outcome.B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BradleyTerryBootstrapTest {

    /** n battles between a and b, the first {@code aWins} won by a. */
    private static void add(List<Battle> battles, String a, String b, int n, int aWins) {
        for (int i = 0; i < n; i++) {
            battles.add(Battle.of(a, b, i < aWins ? A : B));
        }
    }

    /**
     * x beats y 180 of 200 and y beats z 180 of 200: each gap is 400 log10(9) = 381.7 points with a bootstrap
     * spread of about 400/ln 10 * sqrt(1/(200 * 0.9 * 0.1)) = 74, so the intervals do not overlap and the ranks are
     * 1, 2, 3. A fourth model w level with x (100 of 200) shares rank 1 with it.
     */
    @Test
    void separatedModelsGetDistinctRanks() {
        List<Battle> battles = new ArrayList<>();
        add(battles, "x", "y", 200, 180);
        add(battles, "y", "z", 200, 180);
        add(battles, "w", "x", 200, 100);
        BradleyTerryBootstrap.Result r = BradleyTerryBootstrap.compute(battles,
                BradleyTerry.Config.DEFAULT.withAnchor("z"), 100, 17);
        assertThat(r.of("z").rating()).isEqualTo(1000.0);
        assertThat(r.of("x").rank()).isEqualTo(1);
        assertThat(r.of("w").rank()).isEqualTo(1);
        assertThat(r.of("y").rank()).isEqualTo(3);
        assertThat(r.of("z").rank()).isEqualTo(4);
        for (BradleyTerryBootstrap.ModelRating m : r.models()) {
            assertThat(m.low()).isLessThanOrEqualTo(m.rating() + 1e-9);
            assertThat(m.high()).isGreaterThanOrEqualTo(m.rating() - 1e-9);
            assertThat(m.rounds()).isEqualTo(100);
        }
        assertThat(r.of("y").rating()).isBetween(1381.7 - 1, 1381.7 + 1);
        assertThat(BradleyTerryBootstrap.compute(battles, BradleyTerry.Config.DEFAULT.withAnchor("z"), 100, 17))
                .isEqualTo(r);
    }

    @Test
    void roundsAreBounded() {
        List<Battle> battles = List.of(Battle.of("x", "y", A));
        assertThatThrownBy(() -> BradleyTerryBootstrap.compute(battles, BradleyTerry.Config.DEFAULT, 99, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BradleyTerryBootstrap.compute(battles, BradleyTerry.Config.DEFAULT, 1001, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
