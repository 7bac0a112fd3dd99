package io.evalstream.scoring.likelihood;

import io.evalstream.scoring.report.ProtocolReport;
import io.evalstream.scoring.scorer.ContinuationPairScorer;
import io.evalstream.scoring.store.ReportRows;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Section {@code continuation_pair}: {@link ContinuationPairSection} over a run's stored likelihood halves. */
@ApplicationScoped
public class ContinuationPairReport implements ProtocolReport {
    private final ReportRows rows;

    public ContinuationPairReport(ReportRows rows) {
        this.rows = rows;
    }

    @Override
    public String name() {
        return "continuation_pair";
    }

    @Override
    public Optional<?> report(String runId) {
        PairFold fold = new PairFold();
        rows.forEach(runId, List.of(ContinuationPairScorer.NAME), fold);
        ContinuationPairSection section = ContinuationPairSection.of(fold);
        return section.models().isEmpty() ? Optional.empty() : Optional.of(section);
    }
}
