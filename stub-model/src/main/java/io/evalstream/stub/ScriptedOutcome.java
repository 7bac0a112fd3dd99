package io.evalstream.stub;

/**
 * A forced outcome for the next API request, queued with {@link StubModelServer.Handle#script}: how tests
 * reproduce one exact failure sequence (429 then success, a hang past the client's timeout, ...) instead of
 * hoping a random error rate produces it.
 *
 * @param fault             what happens
 * @param retryAfterSeconds the {@code Retry-After} of a {@link Fault#RATE_LIMITED} answer
 */
public record ScriptedOutcome(Fault fault, int retryAfterSeconds) {

    /** The forced outcomes. */
    public enum Fault {
        /** Answered normally (lets a script skip a request). */
        OK,
        /** 429 with {@code Retry-After} and {@code x-ratelimit-reset-requests}. */
        RATE_LIMITED,
        /** 500 with an error body. */
        SERVER_ERROR,
        /** Never answered: the connection stays open until the client gives up. */
        HANG,
        /** 200 with a body that is not JSON. */
        MALFORMED,
        /** 400 with an error body: a request no retry can fix. */
        BAD_REQUEST
    }

    public static ScriptedOutcome ok() {
        return new ScriptedOutcome(Fault.OK, 0);
    }

    public static ScriptedOutcome rateLimited(int retryAfterSeconds) {
        return new ScriptedOutcome(Fault.RATE_LIMITED, retryAfterSeconds);
    }

    public static ScriptedOutcome serverError() {
        return new ScriptedOutcome(Fault.SERVER_ERROR, 0);
    }

    public static ScriptedOutcome hang() {
        return new ScriptedOutcome(Fault.HANG, 0);
    }

    public static ScriptedOutcome malformed() {
        return new ScriptedOutcome(Fault.MALFORMED, 0);
    }

    public static ScriptedOutcome badRequest() {
        return new ScriptedOutcome(Fault.BAD_REQUEST, 0);
    }
}
