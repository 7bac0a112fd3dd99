package io.evalstream.inference.provider.http;

/** A 2xx response whose JSON does not have the shape the API promises. */
public class InvalidResponseException extends RuntimeException {
    public InvalidResponseException(String message) {
        super(message);
    }
}
