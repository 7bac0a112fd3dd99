package io.evalstream.scoring.report.strange;

import io.evalstream.scoring.report.ProtocolReport;
import io.evalstream.scoring.scorer.TrueFalseGenerateScorer;
import io.evalstream.scoring.store.ReportRows;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * The {@code strange_dataset} section of runs whose true/false statements carry Strange Dataset links
 * ({@code pair}, {@code control_of}): read from the {@code true_false} scorer's stored rows, both read modes.
 */
@ApplicationScoped
public class StrangeDatasetReport implements ProtocolReport {
    public static final String NAME = "strange_dataset";
    static final int ROUNDS = 2_000;
    static final long SEED = 7L;

    private final ReportRows rows;

    public StrangeDatasetReport(ReportRows rows) {
        this.rows = rows;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<StrangeDatasetSection> report(String runId) {
        StrangeDatasetAnalysis analysis = new StrangeDatasetAnalysis(ROUNDS, SEED);
        rows.forEach(runId, List.of(TrueFalseGenerateScorer.NAME), analysis::add);
        return analysis.section(TrueFalseGenerateScorer.NAME);
    }
}
