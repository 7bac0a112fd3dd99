package io.evalstream.scoring.report.strange;

import com.fasterxml.jackson.databind.JsonNode;
import io.evalstream.scoring.scorer.LabelProbabilities;
import io.evalstream.scoring.scorer.StrangeTwins;
import io.evalstream.scoring.statistics.BootstrapInterval;
import io.evalstream.scoring.statistics.StrangeDatasetScores;
import io.evalstream.scoring.store.ReportRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Folds a run's true/false rows into the Strange Dataset scores (pure; {@link StrangeDatasetReport} feeds it).
 *
 * <ul>
 *   <li>A statement's score by one measure: {@code verification} (label_probs rows): 1 when the model gives the
 *   gold label the higher probability (c1 for a true statement: L(True) &lt; L(False); c2 mirrored), else 0;
 *   {@code chain_of_thought} (generate rows of the {@code cot/} template) and {@code generate} (zero-shot generate
 *   rows): 1 when the {@code true_false} filter read the gold label (the text says it and not the other), else 0.
 *   A response that could not be read scores 0 (as in the paper) and is counted as unscored. Several responses of
 *   one statement (samples) are averaged.</li>
 *   <li>An item: the statements sharing a {@code pair}, else the statement alone; its score is the mean of its
 *   statements' scores, so (c1 + c2) / 2 = 1, 0.5 or 0 for a true and a false statement
 *   ({@link StrangeDatasetScores#verification} when both are read by label probabilities).</li>
 *   <li>Subsets: an item holding a statement with {@code control_of} is a control; the item of the statement it
 *   names is self-referential; the twin of that pair is one {@link StrangeDatasetScores.Twin}.</li>
 * </ul>
 */
public final class StrangeDatasetAnalysis {
    public static final String METRIC_VERSION = "strange-dataset-v1";
    static final String VERIFICATION = "verification";
    static final String CHAIN_OF_THOUGHT = "chain_of_thought";
    static final String GENERATE = "generate";
    static final String COT_PREFIX = "cot/";

    private final int rounds;
    private final long seed;
    /** statement id -> pair id (or itself) and control target. */
    private final Map<String, String> unitOf = new HashMap<>();
    private final Map<String, String> controlOf = new HashMap<>();
    /** model + measure -> statement -> [sum, count]. */
    private final Map<String, Map<String, double[]>> statements = new TreeMap<>();
    /** model + measure -> label_probs log-probabilities of (True, False) per statement, with its label. */
    private final Map<String, Map<String, double[]>> logProbs = new TreeMap<>();
    private final Map<String, long[]> unscored = new HashMap<>();
    private final Map<String, String> filters = new HashMap<>();
    private boolean linked;

    public StrangeDatasetAnalysis(int rounds, long seed) {
        this.rounds = rounds;
        this.seed = seed;
    }

    public void add(ReportRow row) {
        JsonNode details = row.details();
        String pair = text(details, StrangeTwins.PAIR);
        String control = text(details, StrangeTwins.CONTROL_OF);
        linked |= pair != null || control != null;
        unitOf.putIfAbsent(row.itemId(), pair == null ? row.itemId() : pair);
        if (control != null) {
            controlOf.putIfAbsent(row.itemId(), control);
        }
        String measure = measure(row);
        if (measure == null) {
            return;
        }
        String key = row.modelId() + "\u0000" + measure;
        filters.putIfAbsent(measure, row.filter());
        double c = 0;
        if (VERIFICATION.equals(measure)) {
            double[] lp = trueFalseLogProbs(details);
            if (lp == null) {
                unscored.computeIfAbsent(key, k -> new long[1])[0]++;
            } else {
                // c1 = [L(True | true statement) < L(False | true statement)], c2 mirrored (L = -log P)
                boolean goldTrue = "True".equalsIgnoreCase(row.reference());
                c = goldTrue ? (lp[0] > lp[1] ? 1 : 0) : (lp[1] > lp[0] ? 1 : 0);
            }
        } else if (!row.scored()) {
            unscored.computeIfAbsent(key, k -> new long[1])[0]++;
        } else {
            c = row.score() == 1.0 ? 1 : 0;
        }
        double[] sum = statements.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(row.itemId(),
                s -> new double[2]);
        sum[0] += c;
        sum[1]++;
    }

    static String measure(ReportRow row) {
        boolean cot = row.variantId().startsWith(COT_PREFIX);
        if (LabelProbabilities.FILTER.equals(row.filter())) {
            return row.variantId().contains("/") ? null : VERIFICATION;
        }
        if (cot) {
            return CHAIN_OF_THOUGHT;
        }
        return row.variantId().contains("/") ? null : GENERATE;
    }

    /** [log P(True), log P(False)] from the stored label distribution, or null when there is none. */
    static double[] trueFalseLogProbs(JsonNode details) {
        JsonNode p = details == null ? null : details.get(LabelProbabilities.DETAIL_PROBABILITIES);
        if (p == null || !p.isObject()) {
            return null;
        }
        Double t = null;
        Double f = null;
        var fields = p.fields();
        while (fields.hasNext()) {
            var e = fields.next();
            if (e.getKey().strip().equalsIgnoreCase("true")) {
                t = e.getValue().asDouble();
            } else if (e.getKey().strip().equalsIgnoreCase("false")) {
                f = e.getValue().asDouble();
            }
        }
        if (t == null || f == null) {
            return null;
        }
        return new double[] { Math.log(Math.max(1e-12, t)), Math.log(Math.max(1e-12, f)) };
    }

    private static String text(JsonNode details, String field) {
        JsonNode value = details == null ? null : details.get(field);
        return value == null || !value.isTextual() || value.asText().isBlank() ? null : value.asText();
    }

    public Optional<StrangeDatasetSection> section(String scorer) {
        if (!linked || statements.isEmpty()) {
            return Optional.empty();
        }
        Set<String> controlUnits = new HashSet<>();
        Map<String, String> selfOfControl = new TreeMap<>();
        controlOf.forEach((statement, target) -> {
            String controlUnit = unitOf.get(statement);
            String selfUnit = unitOf.getOrDefault(target, target);
            controlUnits.add(controlUnit);
            selfOfControl.putIfAbsent(controlUnit, selfUnit);
        });
        Set<String> selfUnits = new HashSet<>(selfOfControl.values());
        List<StrangeRow> rows = new ArrayList<>();
        List<ControlDeltaRow> deltas = new ArrayList<>();
        statements.forEach((key, byStatement) -> {
            String[] parts = key.split("\u0000");
            String model = parts[0];
            String measure = parts[1];
            Map<String, double[]> units = new TreeMap<>();
            byStatement.forEach((statement, sum) -> {
                double[] unit = units.computeIfAbsent(unitOf.get(statement), u -> new double[2]);
                unit[0] += sum[0] / sum[1];
                unit[1]++;
            });
            Map<String, Double> unitScores = new TreeMap<>();
            units.forEach((unit, s) -> unitScores.put(unit, s[0] / s[1]));
            long missed = unscored.getOrDefault(key, new long[1])[0];
            String filter = filters.get(measure);
            row(rows, model, measure, scorer, filter, "all", unitScores.values(), missed);
            row(rows, model, measure, scorer, filter, "self_ref", unitScores.entrySet().stream()
                    .filter(e -> selfUnits.contains(e.getKey())).map(Map.Entry::getValue).toList(), missed);
            row(rows, model, measure, scorer, filter, "control", unitScores.entrySet().stream()
                    .filter(e -> controlUnits.contains(e.getKey())).map(Map.Entry::getValue).toList(), missed);
            List<StrangeDatasetScores.Twin> twins = new ArrayList<>();
            selfOfControl.forEach((control, self) -> {
                if (unitScores.containsKey(control) && unitScores.containsKey(self)) {
                    twins.add(new StrangeDatasetScores.Twin(self, unitScores.get(self), unitScores.get(control)));
                }
            });
            if (!twins.isEmpty()) {
                BootstrapInterval.Result delta = StrangeDatasetScores.controlDelta(twins, rounds, seed);
                deltas.add(new ControlDeltaRow(model, measure, twins.size(), delta.estimate(), delta.low(),
                        delta.high()));
            }
        });
        return Optional.of(new StrangeDatasetSection(METRIC_VERSION, scorer, 0.5, rounds, seed, rows, deltas));
    }

    private void row(List<StrangeRow> rows, String model, String measure, String scorer, String filter, String subset,
            java.util.Collection<Double> scores, long missed) {
        if (scores.isEmpty()) {
            return;
        }
        double[] values = scores.stream().mapToDouble(Double::doubleValue).toArray();
        BootstrapInterval.Result summary = StrangeDatasetScores.summary(values, rounds, seed);
        rows.add(new StrangeRow(model, measure, scorer, filter, subset, values.length, summary.estimate(),
                summary.low(), summary.high(), "all".equals(subset) ? missed : 0));
    }
}
