package io.evalstream.scoring.rating;

import static io.evalstream.scoring.rating.Battle.Outcome.A;
import static io.evalstream.scoring.rating.Battle.Outcome.B;
import static io.evalstream.scoring.rating.Battle.Outcome.TIE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WinRatesAndTransitivityTest {

    /**
     * x beats y, y (in slot A) beats x, x and y tie, x beats z. x against y: (1 + 0 + 0.5) / 3 = 0.5 either way;
     * x against z: 1/1; z against x: 0; y and z never met: no rate.
     */
    @Test
    void winRateMatrix() {
        WinRateMatrix m = WinRateMatrix.of(List.of(Battle.of("x", "y", A), Battle.of("y", "x", A),
                Battle.of("x", "y", TIE), Battle.of("x", "z", A)));
        assertThat(m.models()).containsExactly("x", "y", "z");
        assertThat(m.rate("x", "y")).isEqualTo(0.5);
        assertThat(m.rate("y", "x")).isEqualTo(0.5);
        assertThat(m.games("x", "y")).isEqualTo(3);
        assertThat(m.rate("x", "z")).isEqualTo(1.0);
        assertThat(m.rate("z", "x")).isEqualTo(0.0);
        assertThat(m.rate("y", "z")).isNull();
    }

    /**
     * Rock-paper-scissors: x beats y, y beats z, z beats x: one cycle (x, y, z). With ratings x 1010 > y 1000 >
     * z 990 the pairs x>y and y>z agree, z>x (z beats x head to head but is rated lower) disagrees: 2 of 3.
     */
    @Test
    void cycleAndDisagreement() {
        WinRateMatrix m = WinRateMatrix.of(List.of(Battle.of("x", "y", A), Battle.of("y", "z", A),
                Battle.of("x", "z", B)));
        TransitivityCheck.Result r = TransitivityCheck.check(m, Map.of("x", 1010.0, "y", 1000.0, "z", 990.0));
        assertThat(r.cycles()).containsExactly(new TransitivityCheck.Cycle("x", "y", "z"));
        assertThat(r.transitive()).isFalse();
        assertThat(r.pairsCompared()).isEqualTo(3);
        assertThat(r.pairsAgreeing()).isEqualTo(2);
        assertThat(r.disagreements()).containsExactly(new TransitivityCheck.Pair("z", "x"));
    }

    /** x beats y and z, y beats z: transitive, and Bradley-Terry's order agrees with the win rates. */
    @Test
    void transitiveAndAgreeing() {
        List<Battle> battles = List.of(Battle.of("x", "y", A), Battle.of("x", "y", A), Battle.of("x", "y", B),
                Battle.of("y", "z", A), Battle.of("y", "z", A), Battle.of("z", "y", A), Battle.of("x", "z", A),
                Battle.of("z", "x", B), Battle.of("x", "z", B));
        TransitivityCheck.Result r = TransitivityCheck.check(WinRateMatrix.of(battles),
                BradleyTerry.fit(battles).ratings());
        assertThat(r.transitive()).isTrue();
        assertThat(r.ratingAgrees()).isTrue();
        assertThat(r.pairsCompared()).isEqualTo(3);
    }
}
