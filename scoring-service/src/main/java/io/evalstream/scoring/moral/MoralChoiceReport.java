package io.evalstream.scoring.moral;

import io.evalstream.scoring.report.ProtocolReport;
import io.evalstream.scoring.store.ReportRows;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * Report section {@code moral_choice}: MoralChoice's action likelihoods per question form, marginal action
 * likelihood, its entropy, question-form consistency, refusal and invalid rates and, on scenarios with a
 * common-sense action, its likelihood, per model and slice ({@link MoralChoiceSection}). Read from the stored rows
 * of the {@link DilemmaScorer} (their {@code details}), the same rows the leaderboard counts.
 */
@ApplicationScoped
public class MoralChoiceReport implements ProtocolReport {
    public static final String NAME = "moral_choice";

    private final ReportRows rows;

    public MoralChoiceReport(ReportRows rows) {
        this.rows = rows;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<?> report(String runId) {
        MoralChoiceAggregation aggregation = new MoralChoiceAggregation();
        rows.forEach(runId, List.of(DilemmaScorer.NAME), aggregation::add);
        return aggregation.isEmpty() ? Optional.empty() : Optional.of(aggregation.section());
    }
}
