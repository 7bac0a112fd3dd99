package io.evalstream.scoring.report.pride;

import java.util.List;

/**
 * The {@code pride} section of a run report (PROTOCOLS.md, "PriDe debiasing"): per model (and option count) the
 * accuracy and RStd before and after debiasing, the cost, and the estimated prior per position.
 */
public record PriDeSection(String metricVersion, String scorer, String filter, int bootstrapRounds, long seed,
        List<PriDeRow> models, List<PriorRow> prior) {
}
