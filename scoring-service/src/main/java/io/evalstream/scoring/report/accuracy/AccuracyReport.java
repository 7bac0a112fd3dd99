package io.evalstream.scoring.report.accuracy;

import io.evalstream.scoring.report.ProtocolReport;
import io.evalstream.scoring.scorer.MultipleChoiceGenerateScorer;
import io.evalstream.scoring.scorer.TrueFalseGenerateScorer;
import io.evalstream.scoring.store.ReportRows;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * The {@code accuracy} section (PROTOCOLS.md, "Accuracy and proportions") of runs with multiple-choice or true/false
 * items, read from the {@code choice} and {@code true_false} scorers' stored rows (both read modes).
 */
@ApplicationScoped
public class AccuracyReport implements ProtocolReport {
    public static final String NAME = "accuracy";
    static final int ROUNDS = 2_000;
    static final long SEED = 20_240_501L;

    private final ReportRows rows;

    public AccuracyReport(ReportRows rows) {
        this.rows = rows;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<AccuracySection> report(String runId) {
        AccuracyAnalysis analysis = new AccuracyAnalysis(ROUNDS, SEED);
        rows.forEach(runId, List.of(MultipleChoiceGenerateScorer.NAME, TrueFalseGenerateScorer.NAME), analysis::add);
        return analysis.section();
    }
}
