package io.evalstream.scoring.pairwise;

import io.evalstream.scoring.arena.verdict.PairwiseTextScorer;
import io.evalstream.scoring.report.ProtocolReport;
import io.evalstream.scoring.store.ReportRows;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * The {@code pairwise_judging} section of a run report: for every judge model of a run of {@code pairwise} items,
 * MT-Bench's position consistency, position bias (first and second slot) and the consistent-only verdict's win rate
 * of response A, each with n (pairs judged in both orders) and a Wilson 95% interval, plus unparsable verdicts and
 * errors counted apart ({@link PairwiseJudging}). Read from the rows of the pairwise verdict scorers (GENERATE
 * {@code [[A]]}/{@code [[B]]}/{@code [[C]]} and LABEL_PROBS), the same rows the leaderboard counts.
 */
@ApplicationScoped
public class PairwiseJudgingReport implements ProtocolReport {
    public static final String NAME = "pairwise_judging";
    public static final String METRIC_VERSION = "mt-bench-position-consistency-v1";

    private final ReportRows rows;

    public PairwiseJudgingReport(ReportRows rows) {
        this.rows = rows;
    }

    /** The section: which scorer and filter read the verdicts, and one row per judge. */
    public record Section(String metricVersion, String scorer, String filter, List<PairwiseJudging.JudgeRow> judges) {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<?> report(String runId) {
        PairwiseJudging judging = new PairwiseJudging();
        java.util.Set<String> filters = new java.util.TreeSet<>();
        rows.forEach(runId, List.of(PairwiseTextScorer.NAME), row -> {
            if (PairwiseJudging.AB.equals(row.variantId()) || PairwiseJudging.BA.equals(row.variantId())) {
                if (row.filter() != null) {
                    filters.add(row.filter());
                }
                judging.add(row);
            }
        });
        return judging.isEmpty() ? Optional.empty() : Optional.of(new Section(METRIC_VERSION, PairwiseTextScorer.NAME,
                String.join(",", filters), judging.rows()));
    }
}
