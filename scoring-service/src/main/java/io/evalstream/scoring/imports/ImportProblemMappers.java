package io.evalstream.scoring.imports;

import io.evalstream.scoring.rest.Problem;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A rejected response import as {@code application/problem+json}: each error names its file, line and field. */
public class ImportProblemMappers {
    @ServerExceptionMapper
    public Response rejected(ImportRejectedException e) {
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(new Problem(
                "https://evalstream.io/problems/invalid-import", "Invalid response import", 400, e.getMessage(),
                e.errors().stream().map(x -> new Problem.FieldError(x.line(), x.field(),
                        (x.file() == null ? "" : x.file() + ": ") + x.message())).toList())).build();
    }
}
