package io.evalstream.scoring.rating;

import io.evalstream.scoring.statistics.Proportion;
import io.evalstream.scoring.statistics.WilsonInterval;
import java.util.List;

/**
 * Position consistency of a pairwise judge (MT-Bench, Zheng et al. 2023, section 3.3 and table 2; PROTOCOLS.md,
 * "Pairwise judging (MT-Bench)"). Each pair of answers is judged twice: game 1 shows (A, B), game 2 shows (B, A).
 * The judge's verdicts are given by slot (FIRST, SECOND or TIE) as it saw them.
 *
 * <ul>
 *   <li>consistent: both games name the same winner in model terms (A, B, or a tie in both);</li>
 *   <li>biased to the first (second) position: the judge chose the first (second) slot in both games;</li>
 *   <li>verdict: the winner when consistent, otherwise a tie; win rate of A = (W + 0.5 T) / N.</li>
 * </ul>
 * Shares carry their Wilson 95% interval and n.
 */
public final class PositionConsistency {
    private PositionConsistency() {
    }

    /** A judge's verdict by displayed slot. */
    public enum Slot {
        FIRST, SECOND, TIE
    }

    /** Verdict of game 1 over (A, B) and of game 2 over (B, A). */
    public record Judgement(Slot game1, Slot game2) {
    }

    /**
     * @param consistency   share with the same winner in both orders
     * @param firstBias     share choosing the first slot both times
     * @param secondBias    share choosing the second slot both times
     * @param winsA         consistent wins of A
     * @param winsB         consistent wins of B
     * @param ties          ties (consistent ties and inconsistent pairs)
     * @param winRateA      (winsA + 0.5 ties) / n with its Wilson interval (fractional successes)
     */
    public record Result(Proportion consistency, Proportion firstBias, Proportion secondBias, int winsA, int winsB,
            int ties, Proportion winRateA) {
        public long n() {
            return consistency.n();
        }
    }

    /** The winner in model terms: 'A', 'B' or 'T'. */
    static char winner(Slot slot, boolean swapped) {
        return switch (slot) {
            case TIE -> 'T';
            case FIRST -> swapped ? 'B' : 'A';
            case SECOND -> swapped ? 'A' : 'B';
        };
    }

    public static Result of(List<Judgement> judgements) {
        int consistent = 0;
        int first = 0;
        int second = 0;
        int winsA = 0;
        int winsB = 0;
        int ties = 0;
        for (Judgement j : judgements) {
            char w1 = winner(j.game1(), false);
            char w2 = winner(j.game2(), true);
            if (j.game1() == Slot.FIRST && j.game2() == Slot.FIRST) {
                first++;
            }
            if (j.game1() == Slot.SECOND && j.game2() == Slot.SECOND) {
                second++;
            }
            if (w1 == w2) {
                consistent++;
                if (w1 == 'A') {
                    winsA++;
                } else if (w1 == 'B') {
                    winsB++;
                } else {
                    ties++;
                }
            } else {
                ties++;
            }
        }
        int n = judgements.size();
        return new Result(WilsonInterval.of95(consistent, n), WilsonInterval.of95(first, n),
                WilsonInterval.of95(second, n), winsA, winsB, ties, WilsonInterval.of95(winsA + 0.5 * ties, n));
    }
}
