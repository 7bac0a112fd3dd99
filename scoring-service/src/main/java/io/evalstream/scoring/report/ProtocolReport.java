package io.evalstream.scoring.report;

import java.util.Optional;

/**
 * One protocol's section of a run report (PROTOCOLS.md, "Metrics"): CrowS-Pairs by bias type, PriDe before and
 * after, MoralChoice action likelihoods, AlpacaEval win rates and so on. Adding a protocol's report is one
 * {@code @ApplicationScoped} class implementing this; {@link ProtocolReports} finds every bean, asks each for
 * the run and keeps the sections that have data, so a run shows exactly the protocols its items used.
 *
 * <p>A section is read from the stored score rows (and their {@code details}), the same rows the leaderboard
 * counts: a report is never a side calculation. Every figure it shows carries its n and an interval, and names
 * the scorer, filter and metric version that produced it.
 */
public interface ProtocolReport {

    /** The section's key in the report, e.g. {@code crows_pairs}; stable, lower case, unique. */
    String name();

    /** The section for {@code runId}, or empty when the run has no scores this protocol reads. */
    Optional<?> report(String runId);
}
