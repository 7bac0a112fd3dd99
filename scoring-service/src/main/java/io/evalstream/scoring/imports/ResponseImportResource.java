package io.evalstream.scoring.imports;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/**
 * {@code POST /api/imports/{format}} with {@code {"files":[{"name":..., "content":...}]}}: imports outputs or
 * judgements produced elsewhere as a new run, scored through the pipeline (formats: {@code alpaca-eval},
 * {@code responses}). Answers 201 once every record is on the broker; a bad file is a 400 problem naming file, line
 * and field, and then nothing was sent.
 */
@Path("/api/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "imports")
public class ResponseImportResource {
    private final ResponseImports imports;

    public ResponseImportResource(ResponseImports imports) {
        this.imports = imports;
    }

    @GET
    @Path("/formats")
    @Operation(summary = "The response import formats")
    public Map<String, String> formats() {
        return imports.formats();
    }

    @POST
    @Path("/{format}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import responses or judgements produced elsewhere as a new run scored by the pipeline")
    public Response importFiles(@RestPath String format, ImportRequest request) {
        ImportedRun run = imports.importFiles(format, request == null ? null : request.files());
        return Response.status(Response.Status.CREATED).entity(run).build();
    }
}
