package io.evalstream.item.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.evalstream.item.watch.WatchService;
import io.evalstream.item.watch.WatchView;
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

/** Watches: models evaluated on every item added to a dataset later, in one open-ended run per watch. */
@Path("/api/watches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "watches")
public class WatchResource {
    private final WatchService watches;

    public WatchResource(WatchService watches) {
        this.watches = watches;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Watch a dataset: {dataset, models, permutations?, samples?, readMode?, scorers?}; items "
            + "present now are the baseline, every item added later is evaluated in the watch's run")
    public Response create(JsonNode body) throws JsonProcessingException {
        WatchView created = watches.create(body);
        return Response.created(UriBuilder.fromPath("/api/watches/{id}").build(created.id())).entity(created).build();
    }

    @GET
    @Operation(summary = "Watches, oldest first")
    public List<WatchView> list() {
        return watches.list();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One watch")
    public WatchView get(@PathParam("id") String id) {
        return watches.view(id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Stop a watch: its run is cancelled (results are kept) and the watch removed")
    public Response delete(@PathParam("id") String id) {
        watches.delete(id);
        return Response.noContent().build();
    }
}
