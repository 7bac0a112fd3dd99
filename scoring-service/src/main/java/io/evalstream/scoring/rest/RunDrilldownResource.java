package io.evalstream.scoring.rest;

import io.evalstream.scoring.drilldown.ErrorKindCount;
import io.evalstream.scoring.drilldown.ItemDetail;
import io.evalstream.scoring.drilldown.ModelLatency;
import io.evalstream.scoring.drilldown.ModelSelectionBias;
import io.evalstream.scoring.drilldown.SelectionBiasViews;
import io.evalstream.scoring.store.DrilldownQueries;
import io.evalstream.scoring.store.ResultsQueries;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/**
 * The dashboard's drill-down into one run: latency and cost per model, selection bias, errors by kind, and one
 * item with its prompt, response and score. Every answer is a 404 problem for an unknown run.
 */
@Path("/api/runs/{runId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "runs")
public class RunDrilldownResource {
    private final ResultsQueries queries;
    private final DrilldownQueries drilldown;

    public RunDrilldownResource(ResultsQueries queries, DrilldownQueries drilldown) {
        this.queries = queries;
        this.drilldown = drilldown;
    }

    @GET
    @Path("/latency")
    @Operation(summary = "Latency percentiles (50, 90, 95, 99 with order-statistic 95% intervals), n, cost and "
            + "tokens per model")
    public List<ModelLatency> latency(@RestPath String runId) {
        find(runId);
        return drilldown.latency(runId);
    }

    @GET
    @Path("/selection-bias")
    @Operation(summary = "Option-position distribution, recall per gold position and RStd (bootstrap 95% "
            + "interval) per model and option count")
    public List<ModelSelectionBias> selectionBias(@RestPath String runId) {
        find(runId);
        return SelectionBiasViews.of(drilldown.positions(runId));
    }

    @GET
    @Path("/errors")
    @Operation(summary = "Responses without an answer per model and error kind")
    public List<ErrorKindCount> errors(@RestPath String runId) {
        find(runId);
        return drilldown.errorKinds(runId);
    }

    @GET
    @Path("/items/{requestId}")
    @Operation(summary = "One scored request: score row, rendered prompt, raw response, labels, error kind")
    public ItemDetail item(@RestPath String runId, @RestPath String requestId) {
        find(runId);
        return drilldown.item(runId, requestId)
                .orElseThrow(() -> new NotFoundProblem("no scored request " + requestId + " in run " + runId));
    }

    private void find(String runId) {
        if (queries.run(runId).isEmpty()) {
            throw new NotFoundProblem("no run " + runId);
        }
    }
}
