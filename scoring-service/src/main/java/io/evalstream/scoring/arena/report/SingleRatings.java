package io.evalstream.scoring.arena.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Single-rating arenas: per judge, each contestant's mean 1-10 rating with its n (rated answers, one per prompt) and a
 * 95% Student-t interval (mean +- t(n-1) sd / sqrt(n): one rating per prompt, prompts independent); unparsable
 * ratings and errors are counted apart, never averaged. Pure.
 */
public final class SingleRatings {
    private SingleRatings() {
    }

    /** One stored rating (a row of {@code arena_rating}); {@code rating} null unless status is RATED. */
    public record Rated(String itemId, String judge, String model, String status, Double rating, int words) {
    }

    public static List<ArenaReport.SingleRatingSet> of(List<String> judges, List<String> contestants,
            List<Rated> rows) {
        List<ArenaReport.SingleRatingSet> sets = new ArrayList<>();
        for (String judge : judges) {
            Map<String, List<Double>> byModel = new TreeMap<>();
            Map<String, long[]> apart = new TreeMap<>(); // unparsable, errors
            contestants.forEach(m -> {
                byModel.put(m, new ArrayList<>());
                apart.put(m, new long[2]);
            });
            for (Rated r : rows) {
                if (!r.judge().equals(judge)) {
                    continue;
                }
                byModel.computeIfAbsent(r.model(), k -> new ArrayList<>());
                long[] counts = apart.computeIfAbsent(r.model(), k -> new long[2]);
                switch (r.status()) {
                    case "RATED" -> byModel.get(r.model()).add(r.rating());
                    case "UNPARSABLE" -> counts[0]++;
                    default -> counts[1]++;
                }
            }
            List<ArenaReport.SingleRating> ratings = new ArrayList<>();
            byModel.forEach((model, values) -> ratings.add(rating(model, values, apart.get(model))));
            ratings.sort(Comparator.comparing((ArenaReport.SingleRating r) -> r.mean() == null ? Double.NEGATIVE_INFINITY
                    : r.mean()).reversed().thenComparing(ArenaReport.SingleRating::model));
            sets.add(new ArenaReport.SingleRatingSet(judge, ratings));
        }
        return sets;
    }

    static ArenaReport.SingleRating rating(String model, List<Double> values, long[] apart) {
        int n = values.size();
        if (n == 0) {
            return new ArenaReport.SingleRating(model, null, null, null, null, 0, apart[0], apart[1]);
        }
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        if (n < 2) {
            return new ArenaReport.SingleRating(model, mean, null, null, null, n, apart[0], apart[1]);
        }
        double sd = Math.sqrt(values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / (n - 1));
        double half = new TDistribution(n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n);
        return new ArenaReport.SingleRating(model, mean, sd, mean - half, mean + half, n, apart[0], apart[1]);
    }
}
