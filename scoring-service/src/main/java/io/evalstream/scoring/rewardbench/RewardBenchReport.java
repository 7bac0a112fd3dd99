package io.evalstream.scoring.rewardbench;

import io.evalstream.scoring.report.ProtocolReport;
import io.evalstream.scoring.store.ReportRows;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** The {@code reward_bench} section of a run report, from the stored reward-pair rows ({@link RewardBenchMetrics}). */
@ApplicationScoped
public class RewardBenchReport implements ProtocolReport {
    private final ReportRows rows;

    public RewardBenchReport(ReportRows rows) {
        this.rows = rows;
    }

    @Override
    public String name() {
        return "reward_bench";
    }

    @Override
    public Optional<?> report(String runId) {
        RewardBenchMetrics metrics = new RewardBenchMetrics();
        rows.forEach(runId, List.of(RewardPairVerdicts.NAME), metrics::add);
        return Optional.ofNullable(metrics.section());
    }
}
