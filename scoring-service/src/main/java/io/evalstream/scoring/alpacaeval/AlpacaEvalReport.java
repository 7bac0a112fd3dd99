package io.evalstream.scoring.alpacaeval;

import com.fasterxml.jackson.databind.JsonNode;
import io.evalstream.scoring.report.ProtocolReport;
import io.evalstream.scoring.statistics.AlpacaEvalWinRate;
import io.evalstream.scoring.statistics.LengthControlledWinRate;
import io.evalstream.scoring.store.ReportRow;
import io.evalstream.scoring.store.ReportRows;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The {@code alpaca_eval} section of a run report: per model, the AlpacaEval 2.0 win rate against the baseline with
 * its standard error ({@link AlpacaEvalWinRate}) and the length-controlled win rate ({@link LengthControlledWinRate},
 * all of the run's models fitted jointly), read from the score rows {@link PreferenceScorer} stored: the same rows
 * the leaderboard counts, so an imported file's numbers come out of the pipeline, not a side calculation.
 * Draws, unannotated rows (counted as draws), unscored rows (unreadable preferences) and errors are counted apart.
 */
@ApplicationScoped
public class AlpacaEvalReport implements ProtocolReport {
    public static final String NAME = "alpaca_eval";
    public static final String METRIC_VERSION = "alpaca-eval-wr-v1+lc-shared-length-v1";
    private static final double Z95 = 1.959963984540054;

    private final ReportRows rows;

    public AlpacaEvalReport(ReportRows rows) {
        this.rows = rows;
    }

    /**
     * @param metricVersion win rate and LC procedure versions
     * @param scorer        the scorer whose rows are read
     * @param filter        its extraction filter
     * @param baseline      the baseline the preferences are against (most frequent), null when not recorded
     * @param lengthControl how LC was fitted
     * @param models        one row per model, in model order
     */
    public record Section(String metricVersion, String scorer, String filter, String baseline, String lengthControl,
            List<ModelRow> models) {
    }

    /**
     * One model. {@code winRate} = 100 mean(p - 1) with {@code standardError} (100 SEM) and its normal 95% interval;
     * {@code lengthControlledWinRate} has no interval yet (a bootstrap of the joint fit is too slow per request).
     * {@code n} counts scored rows (unannotated ones included, as draws); {@code unscored} and {@code errors} are
     * rows that did not enter n.
     */
    public record ModelRow(String model, int n, Double winRate, Double standardError, Double ci95Low, Double ci95High,
            Double lengthControlledWinRate, Double lengthCoefficient, int wins, int losses, int draws,
            int unannotated, int unscored, int errors) {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<?> report(String runId) {
        Map<String, List<LengthControlledWinRate.Row>> byModel = new TreeMap<>();
        Map<String, int[]> skipped = new TreeMap<>();
        Map<String, Integer> baselines = new TreeMap<>();
        rows.forEach(runId, List.of(PreferenceScorer.NAME), row -> add(row, byModel, skipped, baselines));
        if (byModel.isEmpty() && skipped.isEmpty()) {
            return Optional.empty();
        }
        Map<String, LengthControlledWinRate.Result> fitted = new TreeMap<>();
        Map<String, List<LengthControlledWinRate.Row>> nonEmpty = new TreeMap<>(byModel);
        nonEmpty.values().removeIf(List::isEmpty);
        if (!nonEmpty.isEmpty()) {
            LengthControlledWinRate.compute(nonEmpty).forEach(r -> fitted.put(r.model(), r));
        }
        java.util.Set<String> models = new java.util.TreeSet<>(byModel.keySet());
        models.addAll(skipped.keySet());
        List<ModelRow> out = new ArrayList<>();
        for (String model : models) {
            int[] s = skipped.getOrDefault(model, new int[2]);
            LengthControlledWinRate.Result r = fitted.get(model);
            if (r == null) {
                out.add(new ModelRow(model, 0, null, null, null, null, null, null, 0, 0, 0, 0, s[0], s[1]));
                continue;
            }
            AlpacaEvalWinRate.Result wr = r.winRate();
            Double low = wr.standardError() == null ? null : wr.winRate() - Z95 * wr.standardError();
            Double high = wr.standardError() == null ? null : wr.winRate() + Z95 * wr.standardError();
            out.add(new ModelRow(model, wr.n(), wr.winRate(), wr.standardError(), low, high,
                    finite(r.lengthControlledWinRate()), finite(r.lengthCoefficient()), wr.wins(), wr.losses(),
                    wr.draws(), wr.unannotated(), s[0], s[1]));
        }
        String baseline = baselines.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(null);
        String lengthControl = nonEmpty.size() > 1
                ? "joint logistic fit over the run's " + nonEmpty.size() + " models: per-model intercept, one shared "
                        + "length coefficient on tanh(length difference / pooled SD), L2-penalised instruction "
                        + "difficulty; LC = 100 mean sigmoid(intercept + difficulty)"
                : "single model: logistic fit of intercept and length coefficient; LC = 100 sigmoid(intercept)";
        return Optional.of(new Section(METRIC_VERSION, PreferenceScorer.NAME, PreferenceScorer.FILTER, baseline,
                lengthControl, out));
    }

    private static void add(ReportRow row, Map<String, List<LengthControlledWinRate.Row>> byModel,
            Map<String, int[]> skipped, Map<String, Integer> baselines) {
        if (!row.scored()) {
            int[] s = skipped.computeIfAbsent(row.modelId(), m -> new int[2]);
            s[("ERROR".equals(row.value())) ? 1 : 0]++;
            return;
        }
        JsonNode d = row.details();
        JsonNode p = d.path("preference");
        Double preference = p.isNumber() ? p.doubleValue() : null;
        String instruction = d.path(PreferenceScorer.INSTRUCTION_ID).asText(row.itemId());
        byModel.computeIfAbsent(row.modelId(), m -> new ArrayList<>()).add(new LengthControlledWinRate.Row(
                instruction, d.path(PreferenceScorer.BASELINE_LENGTH).asInt(0),
                d.path(PreferenceScorer.MODEL_LENGTH).asInt(0), preference));
        if (d.hasNonNull(PreferenceScorer.BASELINE)) {
            baselines.merge(d.get(PreferenceScorer.BASELINE).asText(), 1, Integer::sum);
        }
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
