package io.evalstream.scoring.stream;

import io.evalstream.scoring.store.ResultsQueries;
import io.evalstream.scoring.store.RunProgress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The state of one live stream of every run's progress: sends a run's progress when it changed. */
final class AllRunsWatch {
    /** Runs watched: the most recently updated ones; older runs do not move. */
    static final int RUNS = 200;

    private final ResultsQueries queries;
    private final Map<String, ProgressView> last = new HashMap<>();

    AllRunsWatch(ResultsQueries queries) {
        this.queries = queries;
    }

    List<LiveEvent> poll() {
        List<LiveEvent> events = new ArrayList<>();
        for (RunProgress run : queries.allProgress(RUNS)) {
            ProgressView view = new ProgressView(run.runId(), run.planned(), run.received(), run.errors(),
                    run.state());
            if (!view.equals(last.put(run.runId(), view))) {
                events.add(new LiveEvent(LiveEvent.PROGRESS, view));
            }
        }
        return events;
    }
}
