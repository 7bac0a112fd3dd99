package io.evalstream.contracts;

/**
 * Why a request ended without an answer. {@code kind} is a stable category (RATE_LIMITED, SERVER, TIMEOUT,
 * BAD_REQUEST, CONNECTION, UNSUPPORTED, INTERNAL); {@code message} is the provider's message, never a secret.
 */
public record ErrorInfo(String kind, Integer httpStatus, String message) {
}
