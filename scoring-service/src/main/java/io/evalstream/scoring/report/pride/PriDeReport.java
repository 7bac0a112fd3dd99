package io.evalstream.scoring.report.pride;

import io.evalstream.scoring.report.ProtocolReport;
import io.evalstream.scoring.scorer.LabelProbabilities;
import io.evalstream.scoring.scorer.MultipleChoiceGenerateScorer;
import io.evalstream.scoring.store.ReportRows;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The {@code pride} section (PROTOCOLS.md, "Selection bias" and "PriDe debiasing"): for every model that read a
 * multiple-choice run's label probabilities with at least one item under all its cyclic shifts (a run with
 * {@code "debias": "pride"}, or any CYCLIC run), the accuracy and RStd before and after debiasing, the estimated
 * prior and the cost in forward passes per item. Reads the stored label distributions ({@code details.probabilities})
 * of the {@code choice} scorer's {@code label_probs} rows; only zero-shot variants (ids without a template prefix).
 */
@ApplicationScoped
public class PriDeReport implements ProtocolReport {
    public static final String NAME = "pride";
    static final String METRIC_VERSION = "pride-v1";
    static final int ROUNDS = 2_000;
    static final long SEED = 7L;

    private final ReportRows rows;

    public PriDeReport(ReportRows rows) {
        this.rows = rows;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<PriDeSection> report(String runId) {
        Map<String, Map<Integer, Map<String, List<LabelReading>>>> byModel = new TreeMap<>();
        Map<String, Map<Integer, long[]>> requests = new TreeMap<>();
        Map<Integer, List<String>> labels = new TreeMap<>();
        rows.forEach(runId, List.of(MultipleChoiceGenerateScorer.NAME), row -> {
            if (!LabelProbabilities.FILTER.equals(row.filter()) || row.variantId().contains("/")) {
                return;
            }
            int k = row.labels() == null ? 0 : row.labels().size();
            requests.computeIfAbsent(row.modelId(), m -> new TreeMap<>()).computeIfAbsent(k, x -> new long[1])[0]++;
            LabelReading.of(row).ifPresent(reading -> {
                labels.putIfAbsent(k, row.labels());
                byModel.computeIfAbsent(row.modelId(), m -> new TreeMap<>())
                        .computeIfAbsent(k, x -> new LinkedHashMap<>())
                        .computeIfAbsent(row.itemId(), i -> new ArrayList<>()).add(reading);
            });
        });
        List<PriDeRow> models = new ArrayList<>();
        List<PriorRow> prior = new ArrayList<>();
        byModel.forEach((model, byK) -> byK.forEach((k, items) -> PriDeAnalysis
                .analyse(model, k, items, requests.get(model).get(k)[0], labels.get(k), ROUNDS, SEED)
                .ifPresent(result -> {
                    models.add(result.row());
                    prior.addAll(result.prior());
                })));
        if (models.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PriDeSection(METRIC_VERSION, MultipleChoiceGenerateScorer.NAME, LabelProbabilities.FILTER,
                ROUNDS, SEED, models, prior));
    }

}
