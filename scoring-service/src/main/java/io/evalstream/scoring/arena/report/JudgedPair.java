package io.evalstream.scoring.arena.report;

import io.evalstream.scoring.rating.Battle;
import io.evalstream.scoring.rating.PositionConsistency;
import java.time.Instant;

/**
 * One judge's order-averaged judgement of a pair (a, b) on one prompt (MT-Bench): from game 1 (a shown first) and
 * game 2 (b shown first), P(a better) = 1/2 [P1(first) + (1 - P2(first))]; the winner is a or b only when both games
 * agree, otherwise a tie. Imported battle logs have one game, taken as it is ({@code game1} only, no order audit).
 *
 * @param prompt item id, or an imported question id (null when unknown)
 */
public record JudgedPair(String prompt, String judge, String a, String b, Battle.Outcome outcome, double pA,
        int wordsA, int wordsB, Instant time, PositionConsistency.Judgement orders) {

    public Battle battle() {
        return new Battle(a, b, outcome, judge, time);
    }

    /** P(model better), for either member of the pair. */
    public double preferenceFor(String model) {
        return model.equals(a) ? pA : 1 - pA;
    }

    public boolean involves(String model) {
        return a.equals(model) || b.equals(model);
    }

    /** The judges' agreement key: the same prompt and pair. */
    public String key() {
        return prompt + "\u0000" + a + "\u0000" + b;
    }

    /** Order-averages two games of one judge over one pair: {@code g1} shows a first, {@code g2} shows b first. */
    static JudgedPair of(Game g1, Game g2) {
        double pA = 0.5 * (g1.pFirst() + (1 - g2.pFirst()));
        PositionConsistency.Slot s1 = slot(g1.verdict());
        PositionConsistency.Slot s2 = slot(g2.verdict());
        char w1 = winner(s1, false);
        char w2 = winner(s2, true);
        Battle.Outcome outcome = w1 == w2 ? (w1 == 'A' ? Battle.Outcome.A : w1 == 'B' ? Battle.Outcome.B
                : Battle.Outcome.TIE) : Battle.Outcome.TIE;
        Instant time = g1.time() == null ? g2.time()
                : g2.time() == null || g1.time().isAfter(g2.time()) ? g1.time() : g2.time();
        return new JudgedPair(g1.itemId(), g1.judge(), g1.first(), g1.second(), outcome, pA, g1.wordsFirst(),
                g1.wordsSecond(), time, new PositionConsistency.Judgement(s1, s2));
    }

    static PositionConsistency.Slot slot(String verdict) {
        return switch (verdict) {
            case "A" -> PositionConsistency.Slot.FIRST;
            case "B" -> PositionConsistency.Slot.SECOND;
            default -> PositionConsistency.Slot.TIE;
        };
    }

    private static char winner(PositionConsistency.Slot slot, boolean swapped) {
        return switch (slot) {
            case TIE -> 'T';
            case FIRST -> swapped ? 'B' : 'A';
            case SECOND -> swapped ? 'A' : 'B';
        };
    }
}
