package io.evalstream.scoring.stream;

import io.evalstream.scoring.comparison.RankedLeaderboards;
import io.evalstream.scoring.config.ScoringConfig;
import io.evalstream.scoring.regression.RegressionStore;
import io.evalstream.scoring.store.ResultsQueries;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * Live event streams for server-sent events. Each subscription polls PostgreSQL at
 * {@code evalstream.scoring.stream-poll-interval} on a worker thread and emits only what changed. Polling the
 * shared store instead of listening to this instance's consumers is deliberate: with several scoring instances
 * each sees only its own partitions, while the database sees everything.
 */
@ApplicationScoped
public class LiveEvents {
    private static final Duration FIRST_POLL = Duration.ofMillis(1);

    private final ResultsQueries queries;
    private final RegressionStore regressions;
    private final Duration interval;
    private final RankedLeaderboards leaderboards;

    public LiveEvents(ResultsQueries queries, RegressionStore regressions, ScoringConfig config,
            RankedLeaderboards leaderboards) {
        this.queries = queries;
        this.regressions = regressions;
        this.leaderboards = leaderboards;
        this.interval = config.streamPollInterval();
    }

    /** Progress and metrics of one run; completes after the event carrying its terminal state. */
    public Multi<LiveEvent> run(String runId) {
        RunWatch watch = new RunWatch(runId, queries, leaderboards);
        return polls(() -> watch.isOver() ? null : watch.poll());
    }

    /** Progress of every recently active run and regressions detected from now on; never completes. */
    public Multi<LiveEvent> allRuns() {
        AllRunsWatch watch = new AllRunsWatch(queries, regressions);
        return polls(watch::poll);
    }

    /** Ticks, a blocking poll per tick on a worker thread, until the poll returns null. */
    private Multi<LiveEvent> polls(Supplier<List<LiveEvent>> poll) {
        return Multi.createFrom().ticks().startingAfter(FIRST_POLL).every(interval)
                .onOverflow().drop()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(tick -> {
                    List<LiveEvent> events = poll.get();
                    return events == null ? Poll.END : new Poll(events);
                })
                .select().first(p -> p != Poll.END)
                .onItem().transformToIterable(Poll::events);
    }

    private record Poll(List<LiveEvent> events) {
        static final Poll END = new Poll(List.of());
    }
}
