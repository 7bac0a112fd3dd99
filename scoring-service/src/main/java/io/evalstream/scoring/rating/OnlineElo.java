package io.evalstream.scoring.rating;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Online Elo over battles in the given order (PROTOCOLS.md, "Elo and Bradley-Terry (Chatbot Arena)": K = 4,
 * scale 400, base 10, initial 1000, tie = 0.5), as the Arena's {@code compute_online_elo}:
 *
 * <pre>
 *   E_A = 1 / (1 + base^((R_B - R_A) / scale)),  E_B = 1 - E_A
 *   R_A += K (S_A - E_A),  R_B += K (S_B - E_B)     with S_A = 1, 0 or 0.5 and S_B = 1 - S_A
 * </pre>
 *
 * Every update moves the same amount from one model to the other, so the total rating is conserved. Both-bad
 * verdicts count as ties unless configured to be skipped. The result depends on the order of battles (which is
 * why {@link EloOverOrderings} exists).
 */
public final class OnlineElo {

    /** Elo's parameters; {@link #ARENA} is PROTOCOLS.md's. */
    public record Config(double k, double scale, double base, double initial, Battle.BothBad bothBad) {
        public static final Config ARENA = new Config(4, 400, 10, 1000, Battle.BothBad.TIE);
    }

    /**
     * @param ratings  final rating per model, by name
     * @param battles  battles applied
     * @param skipped  battles skipped (both-bad when configured so)
     */
    public record Result(Map<String, Double> ratings, int battles, int skipped) {
    }

    private OnlineElo() {
    }

    public static Result compute(List<Battle> battles) {
        return compute(battles, Config.ARENA);
    }

    public static Result compute(List<Battle> battles, Config config) {
        Map<String, Double> r = new TreeMap<>();
        int used = 0;
        int skipped = 0;
        for (Battle b : battles) {
            r.putIfAbsent(b.modelA(), config.initial());
            r.putIfAbsent(b.modelB(), config.initial());
            if (!b.counts(config.bothBad())) {
                skipped++;
                continue;
            }
            double ra = r.get(b.modelA());
            double rb = r.get(b.modelB());
            double ea = 1 / (1 + Math.pow(config.base(), (rb - ra) / config.scale()));
            double delta = config.k() * (b.outcome().scoreOfA() - ea);
            r.put(b.modelA(), ra + delta);
            r.put(b.modelB(), rb - delta);
            used++;
        }
        return new Result(Collections.unmodifiableMap(r), used, skipped);
    }
}
