package io.evalstream.scoring.arena;

import io.evalstream.scoring.arena.human.HumanLabelsRejected;
import io.evalstream.scoring.rest.Problem;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The arena API's own problems (a rejected import or human labels), as {@code application/problem+json}. */
public class ArenaProblemMappers {
    @ServerExceptionMapper
    public Response rejectedLabels(HumanLabelsRejected e) {
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(new Problem(
                "https://evalstream.io/problems/invalid-human-labels", "Invalid human labels", 400, e.getMessage(),
                e.errors().stream().map(x -> new Problem.FieldError(x.row() == 0 ? null : x.row(), x.field(),
                        x.message())).toList())).build();
    }

    @ServerExceptionMapper
    public Response rejected(ImportRejected e) {
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(new Problem(
                "https://evalstream.io/problems/invalid-import", "Invalid battle log", 400, e.getMessage(),
                e.errors().stream().map(x -> new Problem.FieldError(x.line() == 0 ? null : x.line(), x.field(),
                        x.message())).toList())).build();
    }
}
