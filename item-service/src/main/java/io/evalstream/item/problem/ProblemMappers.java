package io.evalstream.item.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/**
 * Turns every failure into {@code application/problem+json} (architecture invariant 6: bad input is rejected
 * and explained). Jackson failures name the field when Jackson knows it, so a client sees {@code models[1]}
 * instead of a parser message mentioning Java classes. Mappers exist for each Jackson exception type because
 * JAX-RS picks the most specific mapper, and Quarkus ships built-in ones for some of the subtypes.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final ObjectMapper mapper;

    public ProblemMappers(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.problem());
    }

    @ServerExceptionMapper
    public Response unrecognized(UnrecognizedPropertyException e) {
        return malformed(JsonPaths.of(e), "unknown field");
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e) {
        return malformed(JsonPaths.of(e), "must be " + JsonPaths.describe(e.getTargetType()));
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        String field = JsonPaths.of(e);
        if (field == null && e.getTargetType() != null && isEmpty(e)) {
            return malformed(null, "a JSON body is required");
        }
        return malformed(field, e.getTargetType() == null ? "has the wrong type"
                : "must be " + JsonPaths.describe(e.getTargetType()));
    }

    @ServerExceptionMapper
    public Response instantiation(ValueInstantiationException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return malformed(JsonPaths.of(e), String.valueOf(cause.getMessage()));
    }

    @ServerExceptionMapper
    public Response mapping(JsonMappingException e) {
        return malformed(JsonPaths.of(e), "cannot be read: " + e.getOriginalMessage());
    }

    @ServerExceptionMapper
    public Response parse(JsonParseException e) {
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return respond(new Problem(ProblemType.MALFORMED_BODY.uri(), ProblemType.MALFORMED_BODY.title(), 400,
                "not valid JSON" + where + ": " + e.getOriginalMessage(), List.of()));
    }

    @ServerExceptionMapper
    public Response processing(JsonProcessingException e) {
        return respond(new Problem(ProblemType.MALFORMED_BODY.uri(), ProblemType.MALFORMED_BODY.title(), 400,
                "not valid JSON: " + e.getOriginalMessage(), List.of()));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        ProblemType type = switch (status) {
            case 404 -> ProblemType.NOT_FOUND;
            case 409 -> ProblemType.CONFLICT;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? ProblemType.INTERNAL : ProblemType.HTTP_ERROR;
        };
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return processing(json);
        }
        String title = status == type.status() ? type.title()
                : Response.Status.fromStatusCode(status) == null ? type.title()
                        : Response.Status.fromStatusCode(status).getReasonPhrase();
        return respond(new Problem(type.uri(), title, status, e.getMessage(), List.of()));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("unexpected failure", e);
        return respond(new Problem(ProblemType.INTERNAL.uri(), ProblemType.INTERNAL.title(), 500,
                "an unexpected error occurred; see the service log", List.of()));
    }

    private Response malformed(String field, String message) {
        String detail = field == null ? message : field + ": " + message;
        List<ProblemError> errors = field == null ? List.of() : List.of(ProblemError.field(field, message));
        return respond(new Problem(ProblemType.MALFORMED_BODY.uri(), ProblemType.MALFORMED_BODY.title(), 400,
                detail, errors));
    }

    private static boolean isEmpty(MismatchedInputException e) {
        return e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("No content to map");
    }

    private Response respond(Problem problem) {
        String body;
        try {
            body = mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"title\":\"" + problem.title() + "\",\"status\":" + problem.status() + "}";
        }
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
