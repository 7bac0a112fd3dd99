package io.evalstream.scoring.singlerating;

import io.evalstream.scoring.store.ReportRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * Folds a run's rating rows into the {@link RatingSection}: raw ratings grouped by judge, rated model, attribute and
 * scale, each group's mean with a Student-t 95% interval (commons-math3). Pure, for golden tests.
 */
public final class RatingMetrics {
    public static final String METRIC_VERSION = "rating-v1";

    private final Map<List<String>, Group> groups = new TreeMap<>((a, b) -> String.join("\u0000", a)
            .compareTo(String.join("\u0000", b)));
    private final Map<String, long[]> judges = new TreeMap<>();
    private final java.util.Set<String> filters = new TreeSet<>();

    public void add(ReportRow row) {
        if (!RatingScores.NAME.equals(row.scorer())) {
            return;
        }
        long[] judge = judges.computeIfAbsent(row.modelId(), j -> new long[3]);
        if ("ERROR".equals(row.value())) {
            judge[2]++;
            return;
        }
        if (row.filter() != null) {
            filters.add(row.filter());
        }
        var d = row.details();
        boolean hasDetails = d != null && d.isObject();
        String ratedModel = hasDetails ? d.path(RatingScores.RATED_MODEL).asText(RatingScores.UNNAMED)
                : RatingScores.UNNAMED;
        String attribute = hasDetails ? d.path(RatingScores.ATTRIBUTE).asText(RatingScores.UNNAMED)
                : RatingScores.UNNAMED;
        String scale = hasDetails ? d.path(RatingScores.SCALE_MIN).asInt(1) + "-" + d.path(RatingScores.SCALE_MAX)
                .asInt(10) : "1-10";
        Group group = groups.computeIfAbsent(List.of(row.modelId(), ratedModel, attribute, scale), k -> new Group());
        if ("PARTIAL".equals(row.value()) && hasDetails && d.has(RatingScores.RATING)) {
            group.ratings.addValue(d.path(RatingScores.RATING).asDouble());
            judge[0]++;
        } else {
            group.unparsed++;
            judge[1]++;
        }
    }

    /** The section, or null when no rating row was seen. */
    public RatingSection section() {
        if (judges.isEmpty()) {
            return null;
        }
        List<RatingSection.RatedRow> rated = new ArrayList<>();
        groups.forEach((key, group) -> {
            SummaryStatistics s = group.ratings;
            long n = s.getN();
            Double mean = n == 0 ? null : s.getMean();
            Double sd = n < 2 ? null : s.getStandardDeviation();
            Double low = null;
            Double high = null;
            if (n >= 2) {
                double half = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n);
                low = mean - half;
                high = mean + half;
            }
            rated.add(new RatingSection.RatedRow(key.get(0), key.get(1), key.get(2), key.get(3), n, mean, low, high,
                    sd, group.unparsed));
        });
        List<RatingSection.JudgeRow> judgeRows = new ArrayList<>();
        judges.forEach((judge, c) -> judgeRows.add(new RatingSection.JudgeRow(judge, c[0], c[1], c[2])));
        return new RatingSection(METRIC_VERSION, RatingScores.NAME, String.join(",", filters), rated, judgeRows);
    }

    private static final class Group {
        final SummaryStatistics ratings = new SummaryStatistics();
        long unparsed;
    }
}
