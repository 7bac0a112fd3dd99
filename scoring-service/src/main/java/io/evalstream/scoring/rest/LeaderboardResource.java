package io.evalstream.scoring.rest;

import io.evalstream.scoring.metric.LeaderboardRow;
import io.evalstream.scoring.comparison.RankedLeaderboards;
import io.evalstream.scoring.store.ResultsQueries;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/** The leaderboard of a suite across runs. */
@Path("/api/leaderboard")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "leaderboard")
public class LeaderboardResource {
    private final ResultsQueries queries;
    private final RankedLeaderboards leaderboards;

    public LeaderboardResource(ResultsQueries queries, RankedLeaderboards leaderboards) {
        this.queries = queries;
        this.leaderboards = leaderboards;
    }

    /**
     * One row per model from the latest run of the suite that has results for that model; each row names its
     * run, so mixed runs stay traceable.
     */
    @GET
    @Operation(summary = "Models ranked by accuracy, each from its latest run of the suite, with the paired test "
            + "against the next model below (vsNext)")
    public List<LeaderboardRow> suite(@RestQuery String suite) {
        if (suite == null || suite.isBlank()) {
            throw new InvalidParameterProblem("suite", "query parameter suite is required");
        }
        if (queries.runsOfSuite(suite).isEmpty()) {
            throw new NotFoundProblem("no run of suite " + suite);
        }
        return leaderboards.ofSuite(suite);
    }
}
