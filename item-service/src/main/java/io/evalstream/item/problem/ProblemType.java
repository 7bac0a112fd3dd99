package io.evalstream.item.problem;

/**
 * The kinds of problem item-service reports. The {@code type} URI is stable so that clients can branch on it
 * rather than on titles or messages, which may be reworded.
 */
public enum ProblemType {
    VALIDATION(400, "Invalid request"),
    INVALID_IMPORT(400, "Invalid dataset file"),
    MALFORMED_BODY(400, "Malformed request body"),
    NOT_FOUND(404, "Not found"),
    CONFLICT(409, "Conflict"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    HTTP_ERROR(400, "Request failed"),
    INTERNAL(500, "Internal error");

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String uri() {
        return "urn:evalstream:problem:" + name().toLowerCase().replace('_', '-');
    }
}
