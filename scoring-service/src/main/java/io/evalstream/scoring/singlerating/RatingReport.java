package io.evalstream.scoring.singlerating;

import io.evalstream.scoring.report.ProtocolReport;
import io.evalstream.scoring.store.ReportRows;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** The {@code rating} section of a run report, from the stored rating rows ({@link RatingMetrics}). */
@ApplicationScoped
public class RatingReport implements ProtocolReport {
    private final ReportRows rows;

    public RatingReport(ReportRows rows) {
        this.rows = rows;
    }

    @Override
    public String name() {
        return "rating";
    }

    @Override
    public Optional<?> report(String runId) {
        RatingMetrics metrics = new RatingMetrics();
        rows.forEach(runId, List.of(RatingScores.NAME), metrics::add);
        return Optional.ofNullable(metrics.section());
    }
}
