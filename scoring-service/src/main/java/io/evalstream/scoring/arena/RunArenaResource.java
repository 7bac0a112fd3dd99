package io.evalstream.scoring.arena;

import io.evalstream.scoring.arena.report.ArenaReport;
import io.evalstream.scoring.arena.report.ArenaReports;
import io.evalstream.scoring.rest.NotFoundProblem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * A run's arena over HTTP. Its own class with the full path: JAX-RS matches the longest class path first, so
 * {@code /api/runs} (RunResource) would otherwise take the request and answer 404.
 */
@Path("/api/runs/{runId}/arena")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "arena")
public class RunArenaResource {
    private final ArenaReports reports;

    public RunArenaResource(ArenaReports reports) {
        this.reports = reports;
    }

    @GET
    @Operation(summary = "An arena run's ratings (Bradley-Terry with bootstrap intervals and ranks, Elo over orderings), "
            + "win-rate matrix, judge audit and agreement")
    public ArenaReport run(@RestPath String runId, @RestQuery String anchor, @RestQuery String baseline) {
        return reports.report(runId, blankToNull(anchor), blankToNull(baseline))
                .orElseThrow(() -> new NotFoundProblem("run '" + runId + "' has no arena (unknown run, not an arena "
                        + "run, or its RunPlanned has not arrived yet)"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
