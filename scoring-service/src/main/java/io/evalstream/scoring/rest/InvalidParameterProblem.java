package io.evalstream.scoring.rest;

/** A query parameter is missing or out of range; answered with a 400 problem naming it. */
public class InvalidParameterProblem extends RuntimeException {
    private final String field;

    public InvalidParameterProblem(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
