package io.evalstream.inference.cancel;

import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.RunCancelled;
import io.evalstream.inference.provider.CallGate;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which runs are cancelled, and since when. A request is skipped (never sent to a model, no response) when its
 * run was cancelled after the request was emitted: {@code request.occurredAt <= cancelledAt}. A resumed run's
 * requests are emitted again after the cancellation, with new event times, so they are answered without any
 * "resumed" signal having to overtake them (eval-runs and eval-requests are different topics, with no order
 * between them). The check is made when a call is about to start, so requests waiting for a concurrency slot
 * when the cancellation arrives are skipped too.
 *
 * <p>In memory for the hot path, backed by {@code inference.cancelled_run} so that a restart keeps honouring
 * cancellations; loaded at start.
 */
@ApplicationScoped
@Startup
public class CancelledRuns implements CallGate {
    private final CancelledRunStore store;
    private final Map<String, Instant> cancelledAt = new ConcurrentHashMap<>();

    public CancelledRuns(CancelledRunStore store) {
        this.store = store;
    }

    @PostConstruct
    void load() {
        cancelledAt.putAll(store.all());
    }

    /** Records a cancellation (the latest one wins when a run is cancelled, resumed and cancelled again). */
    public void cancel(RunCancelled event) {
        store.save(event);
        cancelledAt.merge(event.runId(), event.occurredAt(), (a, b) -> a.isAfter(b) ? a : b);
    }

    @Override
    public boolean mayCall(EvaluationRequested request) {
        return !isCancelled(request);
    }

    /** Whether {@code request} belongs to a cancellation that happened after it was emitted. */
    public boolean isCancelled(EvaluationRequested request) {
        if (cancelledAt.isEmpty()) {
            return false;
        }
        Instant cancelled = cancelledAt.get(request.runId());
        return cancelled != null && !request.occurredAt().isAfter(cancelled);
    }
}
