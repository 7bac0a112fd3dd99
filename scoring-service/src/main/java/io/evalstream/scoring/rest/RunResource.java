package io.evalstream.scoring.rest;

import io.evalstream.scoring.comparison.RankedLeaderboards;
import io.evalstream.scoring.config.ScoringConfig;
import io.evalstream.scoring.metric.LeaderboardRow;
import io.evalstream.scoring.store.ResultsQueries;
import io.evalstream.scoring.store.RunRecord;
import io.evalstream.scoring.store.ScoreRecord;
import io.evalstream.scoring.stream.LiveEvents;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Results of runs: the list, one run's metrics, its leaderboard, its score rows and its live events. */
@Path("/api/runs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "runs")
public class RunResource {
    private static final int RUN_LIST_MAX = 1000;

    private final ResultsQueries queries;
    private final LiveEvents liveEvents;
    private final LiveEventWriter writer;
    private final ScoringConfig config;
    private final RankedLeaderboards leaderboards;

    public RunResource(ResultsQueries queries, LiveEvents liveEvents, LiveEventWriter writer, ScoringConfig config,
            RankedLeaderboards leaderboards) {
        this.queries = queries;
        this.leaderboards = leaderboards;
        this.liveEvents = liveEvents;
        this.writer = writer;
        this.config = config;
    }

    @GET
    @Operation(summary = "Runs, newest first, with their progress")
    public List<RunSummary> list(@RestQuery Integer limit) {
        return queries.runs(Pages.limit(limit, 200, RUN_LIST_MAX)).stream().map(RunSummary::of).toList();
    }

    @GET
    @Path("/{runId}")
    @Operation(summary = "One run with accuracy per model and slice (value, Wilson 95% interval, n)")
    public RunDetail get(@RestPath String runId) {
        RunRecord run = find(runId);
        return RunDetail.of(run, queries.accuracy(runId).stream().map(MetricView::of).toList());
    }

    @GET
    @Path("/{runId}/leaderboard")
    @Operation(summary = "Models of a run ranked by accuracy, with intervals, per-slice accuracy and the paired "
            + "test (McNemar or paired bootstrap, Holm-adjusted) against the next model below")
    public List<LeaderboardRow> leaderboard(@RestPath String runId) {
        return leaderboards.ofRun(find(runId));
    }

    @GET
    @Path("/{runId}/items")
    @Operation(summary = "Stored score rows of a run, for drill-down (paged)")
    public List<ScoreRecord> items(@RestPath String runId, @RestQuery Integer limit, @RestQuery Integer offset,
            @RestQuery String modelId, @RestQuery String value) {
        find(runId);
        return queries.scores(runId, modelId, value,
                Pages.limit(limit, config.itemsPageSize(), config.itemsMaxPageSize()), Pages.offset(offset));
    }

    /**
     * Server-sent events {@code progress} and {@code metrics}, sent when they change; the stream ends after the
     * event carrying the run's terminal state. A run not known yet is waited for (a client may subscribe right
     * after submitting it).
     */
    @GET
    @Path("/{runId}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Live progress and metrics of a run (text/event-stream)")
    public Multi<OutboundSseEvent> events(@RestPath String runId, @Context Sse sse) {
        return liveEvents.run(runId).map(event -> writer.toSse(sse, event));
    }

    private RunRecord find(String runId) {
        return queries.run(runId).orElseThrow(() -> new NotFoundProblem("no run " + runId));
    }
}
