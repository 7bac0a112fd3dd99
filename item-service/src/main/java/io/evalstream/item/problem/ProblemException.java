package io.evalstream.item.problem;

import java.util.List;

/**
 * Thrown by services and resources to end a request with a problem document; the mapper turns it into the
 * HTTP response, so business code never builds responses for errors itself.
 */
public class ProblemException extends RuntimeException {
    private final transient Problem problem;

    public ProblemException(ProblemType type, String detail, List<ProblemError> errors) {
        super(detail);
        this.problem = new Problem(type.uri(), type.title(), type.status(), detail, errors);
    }

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    /** A single invalid field of a JSON body. */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, field + ": " + message,
                List.of(ProblemError.field(field, message)));
    }

    public Problem problem() {
        return problem;
    }
}
