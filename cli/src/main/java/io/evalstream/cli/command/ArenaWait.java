package io.evalstream.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import io.evalstream.cli.client.ApiException;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Waits for an arena run to end, and gives up early and clearly when it stops making progress. An arena's last
 * stretch is judge verdicts; a join that lost pairs (or a stuck judge) used to leave the CLI polling until its overall
 * timeout, minutes later, with nothing said. Here a run whose received count has not moved for {@code stall} fails
 * with a message naming the run, its counts and how long nothing arrived; {@code timeout} still bounds the whole wait.
 *
 * <p>The clock and the pause are injected so the rules are tested without a stack.
 */
final class ArenaWait {
    /** Why the wait ended without the run ending; the message is what the user reads. */
    static final class NotFinished extends RuntimeException {
        NotFinished(String message) {
            super(message);
        }
    }

    interface Pause {
        void sleep(Duration d) throws InterruptedException;
    }

    private final Supplier<JsonNode> poll;
    private final LongSupplier nanoTime;
    private final Pause pause;
    private final Duration every;

    ArenaWait(Supplier<JsonNode> poll, LongSupplier nanoTime, Pause pause, Duration every) {
        this.poll = poll;
        this.nanoTime = nanoTime;
        this.pause = pause;
        this.every = every;
    }

    /** Polls {@code runId}'s progress until a terminal state; throws {@link NotFinished} on a stall or the timeout. */
    JsonNode await(String runId, Duration timeout, Duration stall, Consumer<JsonNode> onProgress)
            throws InterruptedException {
        long start = nanoTime.getAsLong();
        long lastMove = start;
        long lastReceived = -1;
        JsonNode last = null;
        while (true) {
            long now = nanoTime.getAsLong();
            try {
                last = poll.get();
                onProgress.accept(last);
                String state = last.path("state").asText();
                if (state.equals("COMPLETED") || state.equals("CANCELLED") || state.equals("FAILED")) {
                    return last;
                }
                long received = last.path("received").asLong();
                if (received != lastReceived) {
                    lastReceived = received;
                    lastMove = now;
                }
            } catch (ApiException e) {
                if (e.status() != 404) {
                    throw e;
                }
            }
            if (now - lastMove >= stall.toNanos()) {
                throw new NotFinished(String.format("arena run %s stalled: no new answer or verdict for %s "
                        + "(received %s of %s, %s errors, state %s). The join or a judge stopped making progress; "
                        + "see GET /api/runs/%s/arena and the services' logs. (--stall-timeout sets this window)",
                        runId, human(Duration.ofNanos(now - lastMove)), count(last, "received"),
                        count(last, "planned"), count(last, "errors"),
                        last == null ? "unknown (run not visible yet)" : last.path("state").asText(), runId));
            }
            if (now - start >= timeout.toNanos()) {
                throw new NotFinished(String.format("arena run %s did not finish within %s (received %s of %s, "
                        + "%s errors; still moving). (--timeout sets this limit)", runId, human(timeout),
                        count(last, "received"), count(last, "planned"), count(last, "errors")));
            }
            pause.sleep(every);
        }
    }

    private static String count(JsonNode run, String field) {
        return run == null || run.path(field).isMissingNode() || run.path(field).isNull() ? "?"
                : run.path(field).asText();
    }

    static String human(Duration d) {
        long s = d.toSeconds();
        return s >= 60 ? (s / 60) + " min " + (s % 60) + " s" : s + " s";
    }
}
