package io.evalstream.stub;

/** A request the stub refuses with 400, as the real API would, with the message the client should see. */
final class BadRequestException extends RuntimeException {
    BadRequestException(String message) {
        super(message);
    }
}
