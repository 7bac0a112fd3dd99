package io.evalstream.scoring.pairwise;

import io.evalstream.scoring.rating.PositionConsistency;
import io.evalstream.scoring.statistics.Proportion;
import io.evalstream.scoring.store.ReportRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds one judge's score rows of {@code pairwise} items into MT-Bench games (PROTOCOLS.md, "Pairwise judging"):
 * per item, the verdict of game 1 (variant {@value #AB}: response A shown first) and of game 2 ({@value #BA}: B
 * first), read by slot from the stored answer (A = first slot, B = second, C = tie). A pair enters the metrics only
 * when both games were read; a game whose verdict was unparsable (UNSCORED) or that failed (ERROR) is counted apart
 * and its pair left out, never guessed. Rows of other variants (an arena's judge requests) are ignored.
 */
public final class PairwiseJudging {
    public static final String AB = "ab";
    public static final String BA = "ba";

    /**
     * @param judge          the judge model
     * @param pairs          pairs with both games read (n of every share)
     * @param consistency    share with the same winner in both orders, Wilson 95%
     * @param firstBias      share choosing the first slot in both games
     * @param secondBias     share choosing the second slot in both games
     * @param winRateA       response A's win rate under the consistent-only verdict, (W + 0.5 T) / n, Wilson 95%
     * @param unparsable     games whose verdict could not be read
     * @param errors         games without an answer (ERROR/TIMEOUT)
     * @param incomplete     pairs left out because a game is missing, unparsable or failed
     */
    public record JudgeRow(String judge, long pairs, Double consistency, Double consistencyLow,
            Double consistencyHigh, Double firstBias, Double firstBiasLow, Double firstBiasHigh, Double secondBias,
            Double secondBiasLow, Double secondBiasHigh, Double winRateA, Double winRateALow, Double winRateAHigh,
            int winsA, int winsB, int ties, int unparsable, int errors, int incomplete) {
    }

    private final Map<String, Map<String, PositionConsistency.Slot[]>> games = new LinkedHashMap<>();
    private final Map<String, int[]> skipped = new LinkedHashMap<>();

    /** Adds one stored row (rows of variants other than ab/ba are ignored). */
    public void add(ReportRow row) {
        int game = AB.equals(row.variantId()) ? 0 : BA.equals(row.variantId()) ? 1 : -1;
        if (game < 0) {
            return;
        }
        Map<String, PositionConsistency.Slot[]> byItem = games.computeIfAbsent(row.modelId(), m -> new LinkedHashMap<>());
        PositionConsistency.Slot[] slots = byItem.computeIfAbsent(row.itemId(), i -> new PositionConsistency.Slot[2]);
        int[] s = skipped.computeIfAbsent(row.modelId(), m -> new int[2]);
        PositionConsistency.Slot slot = row.scored() ? slot(row.answer()) : null;
        if (slot == null) {
            s["ERROR".equals(row.value()) ? 1 : 0]++;
            return;
        }
        slots[game] = slot;
    }

    private static PositionConsistency.Slot slot(String answer) {
        if (answer == null) {
            return null;
        }
        return switch (answer) {
            case "A" -> PositionConsistency.Slot.FIRST;
            case "B" -> PositionConsistency.Slot.SECOND;
            case "C" -> PositionConsistency.Slot.TIE;
            default -> null;
        };
    }

    public boolean isEmpty() {
        return games.isEmpty();
    }

    /** One row per judge, in the order the judges were first seen. */
    public List<JudgeRow> rows() {
        List<JudgeRow> rows = new ArrayList<>();
        for (Map.Entry<String, Map<String, PositionConsistency.Slot[]>> e : games.entrySet()) {
            List<PositionConsistency.Judgement> complete = new ArrayList<>();
            int incomplete = 0;
            for (PositionConsistency.Slot[] slots : e.getValue().values()) {
                if (slots[0] != null && slots[1] != null) {
                    complete.add(new PositionConsistency.Judgement(slots[0], slots[1]));
                } else {
                    incomplete++;
                }
            }
            PositionConsistency.Result r = PositionConsistency.of(complete);
            int[] s = skipped.getOrDefault(e.getKey(), new int[2]);
            Proportion c = r.consistency();
            Proportion f = r.firstBias();
            Proportion sb = r.secondBias();
            Proportion w = r.winRateA();
            rows.add(new JudgeRow(e.getKey(), complete.size(), c.estimate(), c.low(), c.high(), f.estimate(),
                    f.low(), f.high(), sb.estimate(), sb.low(), sb.high(), w.estimate(), w.low(), w.high(), r.winsA(),
                    r.winsB(), r.ties(), s[0], s[1], incomplete));
        }
        return rows;
    }
}
