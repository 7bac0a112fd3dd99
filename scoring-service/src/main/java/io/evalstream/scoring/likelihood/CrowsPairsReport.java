package io.evalstream.scoring.likelihood;

import io.evalstream.scoring.report.ProtocolReport;
import io.evalstream.scoring.scorer.ContinuationPairScorer;
import io.evalstream.scoring.store.ReportRows;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Section {@code crows_pairs}: {@link CrowsPairsSection} over a run's stored likelihood halves. */
@ApplicationScoped
public class CrowsPairsReport implements ProtocolReport {
    private final ReportRows rows;

    public CrowsPairsReport(ReportRows rows) {
        this.rows = rows;
    }

    @Override
    public String name() {
        return "crows_pairs";
    }

    @Override
    public Optional<?> report(String runId) {
        PairFold fold = new PairFold();
        rows.forEach(runId, List.of(ContinuationPairScorer.NAME), fold);
        CrowsPairsSection section = CrowsPairsSection.of(fold);
        return section.rows().isEmpty() ? Optional.empty() : Optional.of(section);
    }
}
