package io.evalstream.scoring.arena.human;

import io.evalstream.contracts.ArenaPlan;
import io.evalstream.scoring.arena.join.ArenaJoinStore;
import io.evalstream.scoring.rest.NotFoundProblem;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/**
 * Human verdicts for an arena run's own pairs. The judge audit of {@code GET /api/runs/{id}/arena} compares each
 * judge's order-averaged verdicts with them (Cohen's kappa and raw agreement, n). A submission is all or nothing.
 */
@Path("/api/runs/{runId}/arena/human-labels")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "arena")
public class HumanLabelResource {
    private final ArenaJoinStore joins;
    private final HumanLabelStore store;

    public HumanLabelResource(ArenaJoinStore joins, HumanLabelStore store) {
        this.joins = joins;
        this.store = store;
    }

    @POST
    @Consumes({ MediaType.APPLICATION_JSON, "application/x-ndjson", "application/jsonl", MediaType.TEXT_PLAIN })
    @Operation(summary = "Submit human verdicts for pairs of an arena run: [{prompt, model_a, model_b, winner: "
            + "model_a|model_b|tie|tie (bothbad), labeler?}]; all or nothing; a repeated (prompt, pair, labeler) "
            + "replaces the earlier label")
    public Map<String, Object> submit(@RestPath String runId, String body) {
        ArenaPlan plan = plan(runId);
        HumanLabelParser.Parsed parsed = HumanLabelParser.parse(body, runId, plan, store.prompts(runId));
        if (!parsed.errors().isEmpty()) {
            HumanLabelParser.RowError first = parsed.errors().get(0);
            throw new HumanLabelsRejected("row " + first.row() + (first.field() == null ? "" : ", " + first.field())
                    + ": " + first.message() + (parsed.errors().size() > 1 ? " (and " + (parsed.errors().size() - 1)
                            + " more)" : ""), parsed.errors());
        }
        store.store(runId, parsed.labels());
        return Map.of("runId", runId, "stored", parsed.labels().size(), "labels", store.labels(runId).size());
    }

    @GET
    @Operation(summary = "The human verdicts stored for an arena run's pairs (canonical: model_a < model_b)")
    public List<HumanLabel> labels(@RestPath String runId) {
        plan(runId);
        return store.labels(runId);
    }

    private ArenaPlan plan(String runId) {
        return joins.plan(runId).orElseThrow(() -> new NotFoundProblem("run '" + runId + "' has no arena (unknown "
                + "run, not an arena run, or its RunPlanned has not arrived yet)"));
    }
}
