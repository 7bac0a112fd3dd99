package io.evalstream.scoring.stream;

import io.evalstream.scoring.comparison.NeighbourTests;
import io.evalstream.scoring.comparison.RankedLeaderboards;
import io.evalstream.scoring.metric.LeaderboardRow;
import io.evalstream.scoring.store.ResultsQueries;
import io.evalstream.scoring.store.RunRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The state of one live stream of one run: what it sent last, so that each poll sends only what changed. The
 * leaderboard is read only when the progress moved, since both change in the same transaction; its neighbour
 * tests are recomputed at most every 2 s (and on the terminal state), kept in between. After the poll
 * that sent a terminal state (COMPLETED, CANCELLED, FAILED) the watch is over.
 */
final class RunWatch {
    private final String runId;
    private final ResultsQueries queries;
    private final RankedLeaderboards leaderboards;
    /** Paired tests read every score of the run: re-run at most this often while it moves, and at its end. */
    private static final long TEST_INTERVAL_NANOS = 2_000_000_000L;

    private long lastTested;
    private ProgressView lastProgress;
    private List<LeaderboardRow> lastRows;
    private boolean over;

    RunWatch(String runId, ResultsQueries queries, RankedLeaderboards leaderboards) {
        this.runId = runId;
        this.queries = queries;
        this.leaderboards = leaderboards;
    }

    /** Events to send now; empty when nothing changed. */
    List<LiveEvent> poll() {
        if (over) {
            return List.of();
        }
        Optional<RunRecord> found = queries.run(runId);
        if (found.isEmpty()) {
            return List.of(); // not known yet: a client may subscribe before the first event arrives
        }
        RunRecord run = found.get();
        ProgressView progress = ProgressView.of(run);
        if (progress.equals(lastProgress)) {
            return List.of();
        }
        List<LiveEvent> events = new ArrayList<>(2);
        boolean terminal = switch (run.state()) {
            case COMPLETED, CANCELLED, FAILED -> true;
            default -> false;
        };
        List<LeaderboardRow> rows = leaderboards.ofRunUntested(run);
        long now = System.nanoTime();
        if (terminal || lastTested == 0 || now - lastTested >= TEST_INTERVAL_NANOS) {
            rows = leaderboards.tested(rows);
            lastTested = now;
        } else {
            rows = NeighbourTests.carryOver(rows, lastRows);
        }
        if (!rows.equals(lastRows)) {
            events.add(new LiveEvent(LiveEvent.METRICS, new MetricsView(runId, rows)));
            lastRows = rows;
        }
        events.add(new LiveEvent(LiveEvent.PROGRESS, progress));
        lastProgress = progress;
        over = terminal;
        return events;
    }

    /** Whether the terminal state has been sent. */
    boolean isOver() {
        return over;
    }
}
