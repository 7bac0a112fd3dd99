package io.evalstream.scoring.comparison;

import io.evalstream.scoring.metric.LeaderboardRow;
import io.evalstream.scoring.metric.Leaderboards;
import io.evalstream.scoring.store.ResultsQueries;
import io.evalstream.scoring.store.RunRecord;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Leaderboards as served (REST and live events): ranked rows from the aggregates, each carrying the paired test
 * against its neighbour below, computed from the stored per-item scores of the rows' runs.
 */
@ApplicationScoped
public class RankedLeaderboards {
    private final ResultsQueries queries;

    public RankedLeaderboards(ResultsQueries queries) {
        this.queries = queries;
    }

    /** The leaderboard of one run (models planned but without responses get a row too). */
    public List<LeaderboardRow> ofRun(RunRecord run) {
        return annotate(Leaderboards.rank(queries.accuracy(run.runId()), run.runId(), run.models()));
    }

    /** The leaderboard of one run without neighbour tests (cheap: aggregates only). */
    public List<LeaderboardRow> ofRunUntested(RunRecord run) {
        return Leaderboards.rank(queries.accuracy(run.runId()), run.runId(), run.models());
    }

    /** Adds the neighbour tests to rows from {@link #ofRunUntested}. */
    public List<LeaderboardRow> tested(List<LeaderboardRow> rows) {
        return annotate(rows);
    }

    /** Each model from its latest run of {@code suite}; paired on item ids across those runs. */
    public List<LeaderboardRow> ofSuite(String suite) {
        return annotate(Leaderboards.rank(queries.latestAccuracyOfSuite(suite), null, List.of()));
    }

    private List<LeaderboardRow> annotate(List<LeaderboardRow> rows) {
        return NeighbourTests.annotate(rows, row -> queries.itemMeans(row.runId(), row.modelId()));
    }
}
