package io.evalstream.scoring.arena;

import io.evalstream.scoring.arena.report.Game;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A small arena simulated in memory with judges of known behaviour (the same rules as inference-service's built-in
 * judges): contestants of known quality and seeded answer lengths, judged in both orders by a fair judge, an
 * always-first judge, a longer-answer judge and a judge favouring one contestant. For unit tests of the audit.
 */
final class SimulatedArena {
    static final Map<String, Integer> QUALITY = Map.of("q8", 8, "q6", 6, "q4", 4, "q3-verbose", 3, "q2", 2);
    static final List<String> CONTESTANTS = List.of("q2", "q3-verbose", "q4", "q6", "q8");
    static final List<String> JUDGES = List.of("fair", "first", "longer", "self-q4");

    private SimulatedArena() {
    }

    static List<Game> games(int prompts, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Game> games = new ArrayList<>();
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        for (int p = 0; p < prompts; p++) {
            Map<String, Integer> words = new java.util.HashMap<>();
            for (String c : CONTESTANTS) {
                words.put(c, c.endsWith("verbose") ? 160 + random.nextInt(101) : 30 + random.nextInt(81));
            }
            for (int i = 0; i < CONTESTANTS.size(); i++) {
                for (int j = i + 1; j < CONTESTANTS.size(); j++) {
                    String a = CONTESTANTS.get(i);
                    String b = CONTESTANTS.get(j);
                    for (String judge : JUDGES) {
                        double u = random.nextDouble(); // one draw per unordered pair: the fair part is order-free
                        for (boolean swapped : new boolean[] { false, true }) {
                            String first = swapped ? b : a;
                            String second = swapped ? a : b;
                            double uFirst = swapped ? 1 - u : u;
                            String verdict = verdict(judge, first, second, words, uFirst, random.nextDouble());
                            double pFirst = "A".equals(verdict) ? 1.0 : "B".equals(verdict) ? 0.0 : 0.5;
                            t = t.plusSeconds(1);
                            games.add(new Game("p" + p, judge, first, second, "JUDGED", verdict, pFirst,
                                    words.get(first), words.get(second), 0.001, 300, 10, t));
                        }
                    }
                }
            }
        }
        return games;
    }

    private static String verdict(String judge, String first, String second, Map<String, Integer> words, double u,
            double bias) {
        double qa = QUALITY.get(first) + (judge.equals("self-q4") && first.equals("q4") ? 3 : 0);
        double qb = QUALITY.get(second) + (judge.equals("self-q4") && second.equals("q4") ? 3 : 0);
        double p = 1 / (1 + Math.exp(-0.9 * (qa - qb)));
        String fair = Math.abs(u - p) < 0.04 ? "C" : u < p ? "A" : "B";
        return switch (judge) {
            case "first" -> bias < 0.8 ? "A" : fair;
            case "longer" -> bias < 0.85 && !words.get(first).equals(words.get(second))
                    ? (words.get(first) > words.get(second) ? "A" : "B") : fair;
            default -> fair;
        };
    }
}
