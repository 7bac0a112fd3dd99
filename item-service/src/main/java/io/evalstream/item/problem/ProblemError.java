package io.evalstream.item.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One thing wrong with a request: the JSONL line (1-based, null for JSON bodies) and the field, named as the
 * client wrote it ({@code answer}, {@code models[1]}), so the client can point at it without reading prose.
 * {@code file} names the uploaded file of a multi-file format import (e.g. {@code scenarios/moralchoice_low_ambiguity.csv})
 * whose {@code line} is meant; null otherwise.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemError(Integer line, String field, String message, String file) {

    /** An error without a file: JSON bodies and single-file JSONL imports. */
    public ProblemError(Integer line, String field, String message) {
        this(line, field, message, null);
    }

    public static ProblemError field(String field, String message) {
        return new ProblemError(null, field, message);
    }
}
