package io.evalstream.cli.client;

/** A service answered with an error; the message carries the problem+json title, detail and field errors. */
public class ApiException extends RuntimeException {
    private final int status;

    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
