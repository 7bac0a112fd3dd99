package io.evalstream.item.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.evalstream.item.kind.ItemKinds;
import io.evalstream.item.problem.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The JSON Schema every imported line of a kind is checked against, so that dataset authors and tools can
 * validate a file before uploading it. A resource of its own so that the dataset resource is left alone.
 */
@Path("/api/datasets/kinds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "datasets")
public class KindSchemaResource {
    private final ItemKinds kinds;

    public KindSchemaResource(ItemKinds kinds) {
        this.kinds = kinds;
    }

    @GET
    @Path("/{kind}/schema")
    @Operation(summary = "The JSON Schema (draft 2020-12) of one item kind's JSONL line")
    public JsonNode schema(@PathParam("kind") String kind) {
        if (kinds.find(kind).isEmpty()) {
            throw ProblemException.notFound("no item kind '" + kind + "'; known kinds: "
                    + String.join(", ", kinds.names()));
        }
        return kinds.schema(kind).document();
    }
}
