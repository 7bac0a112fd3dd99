package io.evalstream.scoring.report;

import io.evalstream.scoring.store.ReportRow;
import io.evalstream.scoring.store.ReportRows;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A report used only by {@link RunReportResourceTest}: per model, the number of label-probability readings and
 * the summed probability the scorer stored for the gold label. It exercises the whole read path a real protocol
 * report uses: score details written by the scorer, streamed back by {@link ReportRows}, served by the resource.
 */
@ApplicationScoped
public class GoldMassReport implements ProtocolReport {
    private final ReportRows rows;

    public GoldMassReport(ReportRows rows) {
        this.rows = rows;
    }

    @Override
    public String name() {
        return "test_gold_mass";
    }

    @Override
    public Optional<?> report(String runId) {
        Map<String, double[]> perModel = new TreeMap<>();
        rows.forEach(runId, List.of("choice"), row -> add(perModel, row));
        return perModel.isEmpty() ? Optional.empty() : Optional.of(perModel);
    }

    private static void add(Map<String, double[]> perModel, ReportRow row) {
        if (!row.details().has("probabilities")) {
            return;
        }
        double[] sums = perModel.computeIfAbsent(row.modelId(), m -> new double[2]);
        sums[0] += 1;
        sums[1] += row.details().path("probabilities").path(row.reference()).asDouble();
    }
}
