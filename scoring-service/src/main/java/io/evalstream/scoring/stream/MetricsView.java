package io.evalstream.scoring.stream;

import io.evalstream.scoring.metric.LeaderboardRow;
import java.util.List;

/** Data of a {@code metrics} event: the run's current leaderboard. */
public record MetricsView(String runId, List<LeaderboardRow> rows) {
}
