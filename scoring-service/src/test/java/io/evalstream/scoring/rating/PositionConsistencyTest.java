package io.evalstream.scoring.rating;

import static io.evalstream.scoring.rating.PositionConsistency.Slot.FIRST;
import static io.evalstream.scoring.rating.PositionConsistency.Slot.SECOND;
import static io.evalstream.scoring.rating.PositionConsistency.Slot.TIE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PositionConsistencyTest {

    /**
     * Five pairs (game 1 shows A,B; game 2 shows B,A):
     * (FIRST, SECOND) = A, A: consistent, A wins;  (FIRST, FIRST) = A, B: inconsistent, first slot both times, tie;
     * (SECOND, SECOND) = B, A: inconsistent, second slot both times, tie;  (TIE, TIE): consistent tie;
     * (SECOND, FIRST) = B, B: consistent, B wins.
     * consistency 3/5 = 0.6, first bias 1/5, second bias 1/5, W = 1, T = 3, win rate of A = (1 + 1.5)/5 = 0.5.
     */
    @Test
    void golden() {
        PositionConsistency.Result r = PositionConsistency.of(List.of(
                new PositionConsistency.Judgement(FIRST, SECOND), new PositionConsistency.Judgement(FIRST, FIRST),
                new PositionConsistency.Judgement(SECOND, SECOND), new PositionConsistency.Judgement(TIE, TIE),
                new PositionConsistency.Judgement(SECOND, FIRST)));
        assertThat(r.consistency().estimate()).isCloseTo(0.6, within(1e-12));
        assertThat(r.firstBias().estimate()).isCloseTo(0.2, within(1e-12));
        assertThat(r.secondBias().estimate()).isCloseTo(0.2, within(1e-12));
        assertThat(r.winsA()).isEqualTo(1);
        assertThat(r.winsB()).isEqualTo(1);
        assertThat(r.ties()).isEqualTo(3);
        assertThat(r.winRateA().estimate()).isCloseTo(0.5, within(1e-12));
        assertThat(r.n()).isEqualTo(5);
        assertThat(r.consistency().low()).isLessThan(0.6);
    }

    /** An always-first judge is never consistent and always position-biased; every verdict becomes a tie. */
    @Test
    void alwaysFirstJudge() {
        PositionConsistency.Result r = PositionConsistency.of(List.of(
                new PositionConsistency.Judgement(FIRST, FIRST), new PositionConsistency.Judgement(FIRST, FIRST)));
        assertThat(r.consistency().estimate()).isZero();
        assertThat(r.firstBias().estimate()).isEqualTo(1.0);
        assertThat(r.winRateA().estimate()).isEqualTo(0.5);
        assertThat(PositionConsistency.of(List.of()).consistency().isDefined()).isFalse();
    }
}
