package io.evalstream.scoring.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem ({@code application/problem+json}); {@code errors} names the offending fields. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid input: {@code line} is null for query parameters. */
    public record FieldError(Integer line, String field, String message) {
    }
}
