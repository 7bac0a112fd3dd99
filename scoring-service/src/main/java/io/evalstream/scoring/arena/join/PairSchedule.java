package io.evalstream.scoring.arena.join;

import io.evalstream.contracts.ArenaPlan;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Which pairs of contestants are judged on one prompt. ALL: every pair; BASELINE: each contestant with the
 * baseline; SAMPLED: {@code pairsPerPrompt} distinct pairs drawn without replacement, seeded by the plan's seed, the
 * run and the prompt, so every instance and every replay schedules the same pairs. Pairs are canonical
 * ({@code a < b}); each is judged in both orders.
 */
public final class PairSchedule {
    private PairSchedule() {
    }

    public record Pair(String a, String b) {
        public Pair {
            if (a.compareTo(b) >= 0) {
                throw new IllegalArgumentException("pair must be canonical (a < b): " + a + ", " + b);
            }
        }

        public static Pair of(String x, String y) {
            return x.compareTo(y) < 0 ? new Pair(x, y) : new Pair(y, x);
        }

        public boolean involves(String model) {
            return a.equals(model) || b.equals(model);
        }
    }

    public static List<Pair> pairs(ArenaPlan plan, String runId, String itemId) {
        List<String> c = plan.contestants();
        List<Pair> all = new ArrayList<>();
        switch (plan.pairing()) {
            case ArenaPlan.BASELINE -> {
                for (String m : c) {
                    if (!m.equals(plan.baseline())) {
                        all.add(Pair.of(m, plan.baseline()));
                    }
                }
                return all;
            }
            default -> {
                for (int i = 0; i < c.size(); i++) {
                    for (int j = i + 1; j < c.size(); j++) {
                        all.add(Pair.of(c.get(i), c.get(j)));
                    }
                }
            }
        }
        if (!ArenaPlan.SAMPLED.equals(plan.pairing()) || plan.pairsPerPrompt() >= all.size()) {
            return all;
        }
        SplittableRandom random = new SplittableRandom(seed(plan.seed(), runId, itemId));
        for (int i = 0; i < plan.pairsPerPrompt(); i++) { // partial Fisher-Yates
            int j = i + random.nextInt(all.size() - i);
            Pair t = all.get(i);
            all.set(i, all.get(j));
            all.set(j, t);
        }
        return List.copyOf(all.subList(0, plan.pairsPerPrompt()));
    }

    static long seed(long seed, String runId, String itemId) {
        long h = seed * 0x9E3779B97F4A7C15L;
        for (byte b : (runId + "\u0000" + itemId).getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        return h;
    }
}
