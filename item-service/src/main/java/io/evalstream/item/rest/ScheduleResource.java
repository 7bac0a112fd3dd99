package io.evalstream.item.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.evalstream.item.schedule.ScheduleService;
import io.evalstream.item.schedule.ScheduleStore;
import io.evalstream.item.schedule.ScheduleView;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Cron-style schedules of runs. */
@Path("/api/schedules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "schedules")
public class ScheduleResource {
    private final ScheduleService schedules;
    private final ScheduleStore store;

    public ScheduleResource(ScheduleService schedules, ScheduleStore store) {
        this.schedules = schedules;
        this.store = store;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a schedule: {cron (UNIX, UTC), suite, version?, models, permutations?, samples?, "
            + "readMode?, scorers?}")
    public Response create(JsonNode body) throws JsonProcessingException {
        ScheduleView created = schedules.create(body);
        return Response.created(UriBuilder.fromPath("/api/schedules/{id}").build(created.id())).entity(created)
                .build();
    }

    @GET
    @Operation(summary = "Schedules, oldest first")
    public List<ScheduleView> list() {
        return store.list();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One schedule with the runs it started")
    public ScheduleView get(@PathParam("id") String id) {
        return store.view(id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a schedule (its runs are kept)")
    public Response delete(@PathParam("id") String id) {
        store.delete(id);
        return Response.noContent().build();
    }
}
