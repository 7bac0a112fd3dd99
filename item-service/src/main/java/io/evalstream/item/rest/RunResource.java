package io.evalstream.item.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.evalstream.item.run.RunCreated;
import io.evalstream.item.run.RunRequest;
import io.evalstream.item.run.RunService;
import io.evalstream.item.run.RunStatus;
import io.evalstream.item.run.RunStore;
import io.evalstream.item.run.RunView;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * Runs over HTTP. Creating a run answers 201 once every event is acknowledged by the broker, or 202 when the
 * run is stored but its emission has to be retried (status PLANNING); either way the run id is valid.
 */
@Path("/api/runs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "runs")
public class RunResource {
    static final int MAX_LIMIT = 1000;

    private final RunService runs;
    private final RunStore store;

    public RunResource(RunService runs, RunStore store) {
        this.runs = runs;
        this.store = store;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plan a run and emit its requests")
    public Response create(@RequestBody(content = @Content(schema = @Schema(implementation = RunRequest.class)))
            JsonNode body) throws JsonProcessingException {
        RunCreated created = runs.create(RunRequest.read(body));
        Response.Status status = created.status() == RunStatus.EMITTED ? Response.Status.CREATED
                : Response.Status.ACCEPTED;
        return Response.status(status).location(UriBuilder.fromPath("/api/runs/{id}").build(created.runId()))
                .entity(created).build();
    }

    @GET
    @Operation(summary = "Recent runs, newest first")
    public List<RunView> list(@QueryParam("limit") @DefaultValue("100") int limit) {
        return store.recent(Math.max(1, Math.min(limit, MAX_LIMIT)));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One run")
    public RunView get(@PathParam("id") String id) {
        return store.view(id);
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(summary = "Cancel a run: no further model calls for it (404 unknown run, 409 already cancelled "
            + "or still being emitted)")
    public RunView cancel(@PathParam("id") String id, @QueryParam("reason") String reason) {
        return runs.cancel(id, reason);
    }

    @POST
    @Path("/{id}/resume")
    @Operation(summary = "Resume a cancelled run: its requests are emitted again and it completes with exactly "
            + "its planned count (404 unknown run, 409 not cancelled)")
    public Response resume(@PathParam("id") String id) {
        RunView view = runs.resume(id);
        return Response.status(view.status() == RunStatus.EMITTED ? Response.Status.OK : Response.Status.ACCEPTED)
                .entity(view).build();
    }
}
