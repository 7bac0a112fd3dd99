package io.evalstream.inference.rest;

import io.evalstream.inference.stats.ModelCall;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * {@code GET /api/runs/{runId}/model-calls}: the calls this service made for a run, per model and status,
 * redeliveries included (so {@code calls} can exceed the planned requests; scoring-service counts distinct
 * responses). Runs on a worker thread: it reads the database.
 */
@Path("/api/runs/{runId}/model-calls")
@Produces(MediaType.APPLICATION_JSON)
public class ModelCallResource {

    /** One {@code model_call} row, with the mean latency worked out. */
    public record ModelCallView(String modelId, String status, long calls, long inputTokens, long outputTokens,
            double meanLatencyMs, double costUsd, OffsetDateTime firstCallAt, OffsetDateTime lastCallAt) {
        static ModelCallView of(ModelCall row) {
            return new ModelCallView(row.modelId, row.status, row.calls, row.inputTokens, row.outputTokens,
                    row.calls == 0 ? 0.0 : (double) row.latencyMsTotal / row.calls, row.costUsd, row.firstCallAt,
                    row.lastCallAt);
        }
    }

    @GET
    public List<ModelCallView> list(@PathParam("runId") String runId) {
        return ModelCall.forRun(runId).stream().map(ModelCallView::of).toList();
    }
}
