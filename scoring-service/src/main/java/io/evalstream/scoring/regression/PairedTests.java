package io.evalstream.scoring.regression;

import io.evalstream.scoring.statistics.McNemarTest;
import io.evalstream.scoring.statistics.PairedBootstrap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses and runs the paired test for two runs of one model (docs/architecture.md, "Regression detection"):
 * <ul>
 * <li>one right/wrong unit per item: McNemar's exact test ({@code mcnemar-exact}), which uses only the items that
 * changed and is exact at any sample size;</li>
 * <li>otherwise (several variants or samples per item, or partial credit): a seeded paired bootstrap over the
 * per-item mean scores ({@code paired-bootstrap}), since the units of one item are not independent and McNemar
 * would count them as if they were.</li>
 * </ul>
 */
public final class PairedTests {
    public static final String MCNEMAR = "mcnemar-exact";
    public static final String BOOTSTRAP = "paired-bootstrap";

    private PairedTests() {
    }

    /** Compares {@code units} (non-empty); {@code seed} makes the bootstrap repeatable. */
    public static PairedComparison compare(List<PairedUnit> units, int bootstrapRounds, long seed) {
        if (units.isEmpty()) {
            throw new IllegalArgumentException("no paired units to compare");
        }
        Map<String, List<PairedUnit>> byItem = new LinkedHashMap<>();
        double beforeSum = 0;
        double afterSum = 0;
        boolean binary = true;
        for (PairedUnit unit : units) {
            byItem.computeIfAbsent(unit.itemId(), id -> new ArrayList<>()).add(unit);
            beforeSum += unit.before();
            afterSum += unit.after();
            binary &= isBinary(unit.before()) && isBinary(unit.after());
        }
        int n = units.size();
        double before = beforeSum / n;
        double after = afterSum / n;
        if (binary && byItem.size() == n) {
            int b = 0;
            int c = 0;
            for (PairedUnit unit : units) {
                if (unit.before() == 1.0 && unit.after() == 0.0) {
                    b++;
                } else if (unit.before() == 0.0 && unit.after() == 1.0) {
                    c++;
                }
            }
            McNemarTest.Result result = McNemarTest.fromDiscordant(n, b, c);
            return new PairedComparison(before, after, after - before, result.pValue(), MCNEMAR, n, n);
        }
        double[] afterMeans = new double[byItem.size()];
        double[] beforeMeans = new double[byItem.size()];
        int i = 0;
        for (List<PairedUnit> item : byItem.values()) {
            for (PairedUnit unit : item) {
                afterMeans[i] += unit.after() / item.size();
                beforeMeans[i] += unit.before() / item.size();
            }
            i++;
        }
        PairedBootstrap.Result result = PairedBootstrap.test(afterMeans, beforeMeans, bootstrapRounds, seed);
        return new PairedComparison(before, after, after - before, result.pValue(), BOOTSTRAP, n, byItem.size());
    }

    private static boolean isBinary(double score) {
        return score == 0.0 || score == 1.0;
    }
}
