package io.evalstream.scoring.rating;

import static io.evalstream.scoring.rating.Battle.Outcome.A;
import static io.evalstream.scoring.rating.Battle.Outcome.B;
import static io.evalstream.scoring.rating.Battle.Outcome.BOTH_BAD;
import static io.evalstream.scoring.rating.Battle.Outcome.TIE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class OnlineEloTest {

    /**
     * From 1000/1000, x beats y: E_x = 0.5, x = 1000 + 4 (1 - 0.5) = 1002, y = 998. Then y beats x (y in slot A):
     * E_y = 1 / (1 + 10^((1002 - 998)/400)) = 1 / (1 + 10^0.01) = 0.494244, y = 998 + 4 (1 - 0.494244) = 1000.023025,
     * x = 999.976975.
     */
    @Test
    void golden() {
        OnlineElo.Result r = OnlineElo.compute(List.of(Battle.of("x", "y", A), Battle.of("y", "x", A)));
        assertThat(r.ratings().get("x")).isCloseTo(999.9769751664, within(1e-9));
        assertThat(r.ratings().get("y")).isCloseTo(1000.0230248336, within(1e-9));
        assertThat(r.battles()).isEqualTo(2);
    }

    /** A tie between equals changes nothing (S = E = 0.5); both-bad is a tie, or skipped when configured. */
    @Test
    void tiesAndBothBad() {
        OnlineElo.Result tie = OnlineElo.compute(List.of(Battle.of("x", "y", TIE), Battle.of("x", "y", BOTH_BAD)));
        assertThat(tie.ratings().get("x")).isEqualTo(1000.0);
        OnlineElo.Config skip = new OnlineElo.Config(4, 400, 10, 1000, Battle.BothBad.SKIP);
        // after x beats y (1002/998) a both-bad tie would move 4 (0.5 - 0.505756) = -0.023 from x; skipped: no move
        OnlineElo.Result skipped = OnlineElo.compute(List.of(Battle.of("x", "y", A), Battle.of("x", "y", BOTH_BAD)),
                skip);
        assertThat(skipped.ratings().get("x")).isEqualTo(1002.0);
        assertThat(skipped.skipped()).isEqualTo(1);
        OnlineElo.Result counted = OnlineElo.compute(List.of(Battle.of("x", "y", A), Battle.of("x", "y", BOTH_BAD)));
        assertThat(counted.ratings().get("x")).isCloseTo(1002 + 4 * (0.5 - 0.5057562), within(1e-6));
    }

    @Test
    void aModelCannotBattleItself() {
        assertThatThrownBy(() -> Battle.of("x", "x", A)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void conservesTheTotalRating(@ForAll("battles") List<Battle> battles) {
        OnlineElo.Result r = OnlineElo.compute(battles);
        double total = r.ratings().values().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(total).isCloseTo(1000.0 * r.ratings().size(), within(1e-7));
    }

    /** Averaging over orders of [x beats y, y beats x]: each order ends at 999.976975 / 1000.023025. */
    @Test
    void eloOverOrderingsGolden() {
        List<Battle> battles = List.of(Battle.of("x", "y", A), Battle.of("x", "y", B));
        EloOverOrderings.Result r = EloOverOrderings.compute(battles, OnlineElo.Config.ARENA, 200, 5);
        EloOverOrderings.ModelElo x = r.of("x");
        assertThat(x.p025()).isCloseTo(999.9769751664, within(1e-9));
        assertThat(x.p975()).isCloseTo(1000.0230248336, within(1e-9));
        assertThat(x.mean()).isCloseTo(1000.0, within(0.01));
        assertThat(x.sd()).isCloseTo(0.023, within(0.002));
        assertThat(x.mean() + r.of("y").mean()).isCloseTo(2000.0, within(1e-9));
        assertThat(r.permutations()).isEqualTo(200);
        assertThat(EloOverOrderings.compute(battles, OnlineElo.Config.ARENA, 200, 5)).isEqualTo(r);
        assertThatThrownBy(() -> EloOverOrderings.compute(battles, OnlineElo.Config.ARENA, 99, 5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Identical battles: every order gives the same ratings, so the spread is 0. */
    @Test
    void eloOverOrderingsOfIdenticalBattlesHasNoSpread() {
        List<Battle> battles = new ArrayList<>(Collections.nCopies(5, Battle.of("x", "y", A)));
        EloOverOrderings.Result r = EloOverOrderings.compute(battles, OnlineElo.Config.ARENA, 100, 1);
        assertThat(r.of("x").sd()).isZero();
        assertThat(r.of("x").mean()).isEqualTo(OnlineElo.compute(battles).ratings().get("x"));
        assertThat(r.models().get(0).model()).isEqualTo("x");
    }

    @Provide
    Arbitrary<List<Battle>> battles() {
        Arbitrary<String> model = Arbitraries.of("m0", "m1", "m2", "m3", "m4");
        Arbitrary<Battle> battle = Combinators.combine(model, model, Arbitraries.of(Battle.Outcome.class))
                .filter((a, b, o) -> !a.equals(b)).as(Battle::of);
        return battle.list().ofMaxSize(60);
    }
}
