package io.evalstream.scoring.arena;

import io.evalstream.scoring.arena.imports.BattleImports;
import io.evalstream.scoring.arena.imports.BattleLogParser;
import io.evalstream.scoring.arena.report.ArenaReport;
import io.evalstream.scoring.arena.verdict.JudgeTemplates;
import io.evalstream.scoring.rest.NotFoundProblem;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Arena resources that are not a run's: imported battle logs and the judge templates ({@link RunArenaResource} has
 * the runs'). Errors are
 * {@code application/problem+json}; a bad import names every bad line and field.
 */
@Path("/api/arena")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "arena")
public class ArenaResource {
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    private final BattleImports imports;

    public ArenaResource(BattleImports imports) {
        this.imports = imports;
    }

    @POST
    @Path("/imports/{name}")
    @Consumes({ "application/x-ndjson", "application/jsonl", MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON })
    @Operation(summary = "Import a battle log (JSONL: model_a, model_b, winner, judge, question_id, time); "
            + "replaces the log of that name; all or nothing")
    public Response importLog(@RestPath String name, String body) {
        if (!NAME.matcher(name).matches()) {
            throw new ImportRejected("invalid name", List.of(new BattleLogParser.LineError(0, "name",
                    "1-100 letters, digits, '.', '_' or '-'")));
        }
        BattleLogParser.Parsed parsed = BattleLogParser.parse(body);
        if (!parsed.errors().isEmpty()) {
            BattleLogParser.LineError first = parsed.errors().get(0);
            throw new ImportRejected("line " + first.line() + (first.field() == null ? "" : ", " + first.field())
                    + ": " + first.message() + (parsed.errors().size() > 1 ? " (and " + (parsed.errors().size() - 1)
                            + " more)" : ""), parsed.errors());
        }
        imports.replace(name, parsed.battles());
        TreeSet<String> models = new TreeSet<>();
        TreeSet<String> judges = new TreeSet<>();
        parsed.battles().forEach(b -> {
            models.add(b.modelA());
            models.add(b.modelB());
            judges.add(b.judge());
        });
        return Response.status(Response.Status.CREATED).entity(Map.of("name", name, "battles",
                parsed.battles().size(), "models", models, "judges", judges)).build();
    }

    @GET
    @Path("/imports/{name}")
    @Operation(summary = "Ratings of an imported battle log, through the same rating code as arena runs")
    public ArenaReport imported(@RestPath String name, @RestQuery String anchor, @RestQuery String baseline) {
        return imports.report(name, blankToNull(anchor), blankToNull(baseline))
                .orElseThrow(() -> new NotFoundProblem("no battle log named '" + name + "'"));
    }

    @GET
    @Path("/templates")
    @Operation(summary = "The judge prompt templates, by versioned id")
    public Map<String, String> templates() {
        return JudgeTemplates.describe();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
