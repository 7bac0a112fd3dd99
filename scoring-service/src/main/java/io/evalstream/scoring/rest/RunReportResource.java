package io.evalstream.scoring.rest;

import io.evalstream.scoring.report.ProtocolReports;
import io.evalstream.scoring.report.RunReport;
import io.evalstream.scoring.store.ResultsQueries;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/**
 * A run's protocol report (PROTOCOLS.md metrics beyond the leaderboard's accuracy): one section per protocol
 * whose scores the run has. Unknown runs and unknown sections are 404 problems naming what was not found.
 */
@Path("/api/runs/{runId}/report")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "runs")
public class RunReportResource {
    private final ResultsQueries queries;
    private final ProtocolReports reports;

    public RunReportResource(ResultsQueries queries, ProtocolReports reports) {
        this.queries = queries;
        this.reports = reports;
    }

    @GET
    @Operation(summary = "Every protocol section with data for the run (e.g. crows_pairs, pride, alpaca_eval), each "
            + "figure with n and an interval")
    public RunReport report(@RestPath String runId) {
        find(runId);
        return new RunReport(runId, reports.sections(runId));
    }

    @GET
    @Path("/{section}")
    @Operation(summary = "One protocol section of the run's report")
    public Object section(@RestPath String runId, @RestPath String section) {
        find(runId);
        if (!reports.knows(section)) {
            throw new NotFoundProblem("no report section " + section + "; known: " + String.join(", ", reports.names()));
        }
        return reports.section(runId, section)
                .orElseThrow(() -> new NotFoundProblem("run " + runId + " has no " + section + " scores"));
    }

    private void find(String runId) {
        if (queries.run(runId).isEmpty()) {
            throw new NotFoundProblem("no run " + runId);
        }
    }
}
