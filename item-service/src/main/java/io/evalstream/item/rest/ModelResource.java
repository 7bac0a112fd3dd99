package io.evalstream.item.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.evalstream.item.model.ModelRegistration;
import io.evalstream.item.model.ModelRegistrationReader;
import io.evalstream.item.model.ModelService;
import io.evalstream.item.model.ModelView;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The model catalogue over HTTP. Registration takes the raw JSON so that a secret field can be refused by name. */
@Path("/api/models")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "models")
public class ModelResource {
    private final ModelService models;

    public ModelResource(ModelService models) {
        this.models = models;
    }

    @GET
    @Operation(summary = "List models, built-ins first")
    public List<ModelView> list() {
        return models.list();
    }

    @GET
    @Path("/{id: .+}")
    @Operation(summary = "One model")
    public ModelView get(@PathParam("id") String id) {
        return models.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a model; credentials are named by environment variable (apiKeyEnv), never given")
    public Response register(
            @RequestBody(content = @Content(schema = @Schema(implementation = ModelRegistration.class))) JsonNode body) {
        ModelView created = models.register(ModelRegistrationReader.read(body));
        return Response.created(UriBuilder.fromPath("/api/models/{id}").build(created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id: .+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Point a registered model id at another target (provider, model name, endpoint); runs "
            + "planned before keep the target they were planned with. Built-in ids cannot be changed (400).")
    public ModelView update(@PathParam("id") String id, JsonNode body) {
        ModelRegistration registration = ModelRegistrationReader.read(body);
        if (!id.equals(registration.id())) {
            throw io.evalstream.item.problem.ProblemException.invalidField("id",
                    "must equal the id in the path ('" + id + "')");
        }
        return models.update(registration);
    }
}
