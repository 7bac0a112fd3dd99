package io.evalstream.scoring.survey;

import io.evalstream.scoring.report.ProtocolReport;
import io.evalstream.scoring.store.ReportRows;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** The {@code survey} section of a run report, from the stored survey score rows ({@link SurveyMetrics}). */
@ApplicationScoped
public class SurveyReport implements ProtocolReport {
    private final ReportRows rows;

    public SurveyReport(ReportRows rows) {
        this.rows = rows;
    }

    @Override
    public String name() {
        return "survey";
    }

    @Override
    public Optional<?> report(String runId) {
        SurveyMetrics metrics = new SurveyMetrics();
        rows.forEach(runId, List.of(SurveyReading.NAME), metrics::add);
        return Optional.ofNullable(metrics.section());
    }
}
