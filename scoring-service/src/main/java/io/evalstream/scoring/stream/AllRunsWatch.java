package io.evalstream.scoring.stream;

import io.evalstream.scoring.regression.Regression;
import io.evalstream.scoring.regression.RegressionStore;
import io.evalstream.scoring.store.ResultsQueries;
import io.evalstream.scoring.store.RunRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of one live stream of every run's progress: sends a run's progress when it changed, and every
 * regression detected after the stream started.
 */
final class AllRunsWatch {
    /** Runs watched: the most recently updated ones; older runs do not move. */
    static final int RUNS = 200;
    /** Regressions sent per poll at most; the rest follow on the next polls. */
    static final int REGRESSIONS = 100;

    private final ResultsQueries queries;
    private final RegressionStore regressions;
    private final Map<String, ProgressView> last = new HashMap<>();
    private long lastRegression = -1;

    AllRunsWatch(ResultsQueries queries, RegressionStore regressions) {
        this.queries = queries;
        this.regressions = regressions;
    }

    List<LiveEvent> poll() {
        List<LiveEvent> events = new ArrayList<>();
        for (RunRecord run : queries.recentlyUpdated(RUNS)) {
            ProgressView view = ProgressView.of(run);
            if (!view.equals(last.put(run.runId(), view))) {
                events.add(new LiveEvent(LiveEvent.PROGRESS, view));
            }
        }
        if (lastRegression < 0) {
            lastRegression = regressions.lastSeq();
        } else {
            for (Regression regression : regressions.after(lastRegression, REGRESSIONS)) {
                events.add(new LiveEvent(LiveEvent.REGRESSION, regression));
                lastRegression = regression.seq();
            }
        }
        return events;
    }
}
