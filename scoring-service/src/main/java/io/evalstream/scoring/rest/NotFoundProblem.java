package io.evalstream.scoring.rest;

/** A named resource does not exist; answered with a 404 problem. */
public class NotFoundProblem extends RuntimeException {
    public NotFoundProblem(String detail) {
        super(detail);
    }
}
