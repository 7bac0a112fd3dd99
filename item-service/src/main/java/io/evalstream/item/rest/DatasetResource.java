package io.evalstream.item.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.evalstream.item.dataset.AppendResult;
import io.evalstream.item.dataset.DatasetDetail;
import io.evalstream.item.dataset.DatasetService;
import io.evalstream.item.dataset.DatasetSummary;
import io.evalstream.item.dataset.ImportResult;
import io.evalstream.item.demo.DemoService;
import io.evalstream.item.importer.DatasetFormat;
import io.evalstream.item.importer.DatasetFormats;
import io.evalstream.item.importer.ImportBundle;
import io.evalstream.item.kind.ItemKinds;
import io.evalstream.item.problem.ProblemException;
import io.evalstream.item.watch.WatchService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * Datasets over HTTP. An import answers 201 when it created a version and 200 when identical content was
 * already the latest version, with the same body either way, so clients can treat both as success.
 */
@Path("/api/datasets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "datasets")
public class DatasetResource {
    static final String NDJSON = "application/x-ndjson";
    static final String JSONL = "application/jsonl";

    private final DatasetService datasets;
    private final DemoService demo;
    private final WatchService watches;

    private final DatasetFormats formats;
    private final ItemKinds kinds;

    public DatasetResource(DatasetService datasets, DemoService demo, WatchService watches, DatasetFormats formats,
            ItemKinds kinds) {
        this.formats = formats;
        this.kinds = kinds;
        this.datasets = datasets;
        this.demo = demo;
        this.watches = watches;
    }

    @GET
    @Operation(summary = "List datasets with their latest version")
    public List<DatasetSummary> list() {
        return datasets.list();
    }

    @GET
    @Path("/{name}")
    @Operation(summary = "One dataset with all its versions")
    public DatasetDetail get(@PathParam("name") String name) {
        return datasets.detail(name);
    }

    @POST
    @Path("/{name}/items")
    @Consumes({ NDJSON, JSONL, MediaType.TEXT_PLAIN })
    @Operation(summary = "Import a JSONL file as the next version (atomic; identical content is a no-op); with "
            + "?append=true add its items to the latest version instead (ids already present with the same content "
            + "are skipped, with different content the append is refused, 409). Watches of the dataset evaluate "
            + "the new items.")
    public Response importItems(@PathParam("name") String name, @QueryParam("append") boolean append,
            String body) {
        if (append) {
            AppendResult result = datasets.appendJsonl(name, body);
            watches.datasetChanged(name);
            return Response.status(result.dataset().created() ? Response.Status.CREATED : Response.Status.OK)
                    .location(UriBuilder.fromPath("/api/datasets/{name}").build(name)).entity(result).build();
        }
        Response response = imported(datasets.importJsonl(name, body));
        watches.datasetChanged(name);
        return response;
    }

    @GET
    @Path("/formats")
    @Operation(summary = "The published dataset formats that /import/{format} converts, with what each reads")
    public java.util.Map<String, String> formats() {
        return formats.describe();
    }

    /**
     * The JSON Schema every imported line of a kind is checked against, so that authors and tools can check a file
     * before uploading it. Here rather than in a resource of its own, whose {@code /api/datasets/kinds} root would
     * hide a dataset named {@code kinds}.
     */
    @GET
    @Path("/kinds/{kind}/schema")
    @Operation(summary = "The JSON Schema (draft 2020-12) of one item kind's JSONL line")
    public JsonNode kindSchema(@PathParam("kind") String kind) {
        if (kinds.find(kind).isEmpty()) {
            throw ProblemException.notFound("no item kind '" + kind + "'; known kinds: "
                    + String.join(", ", kinds.names()));
        }
        return kinds.schema(kind).document();
    }

    @POST
    @Path("/{name}/import/{format}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import published files (e.g. crows-pairs CSV, moralchoice scenarios + templates) as the next "
            + "version: body {files: [{name, content}]}; converted items are validated like JSONL lines and errors "
            + "name the file and line; atomic, identical content is a no-op")
    public Response importFormat(@PathParam("name") String name, @PathParam("format") String format,
            ImportBundle bundle) {
        DatasetFormat converter = formats.find(format).orElseThrow(() -> ProblemException.notFound(
                "no dataset format " + format + "; known: " + String.join(", ", formats.describe().keySet())));
        Response response = imported(datasets.importFormat(name, converter,
                bundle == null ? java.util.List.of() : bundle.files()));
        watches.datasetChanged(name);
        return response;
    }

    @POST
    @Path("/demo")
    @Operation(summary = "Import the generated metalinguistic demo suite (idempotent)")
    public Response importDemo() {
        return imported(demo.importDemo());
    }

    @POST
    @Path("/arena-demo")
    @Operation(summary = "Import the built-in arena prompt set (generation items; idempotent)")
    public Response importArenaDemo() {
        return imported(demo.importArenaDemo());
    }

    private static Response imported(ImportResult result) {
        return Response.status(result.created() ? Response.Status.CREATED : Response.Status.OK)
                .location(UriBuilder.fromPath("/api/datasets/{name}").build(result.name()))
                .entity(result).build();
    }
}
