package io.evalstream.inference.cancel;

import io.evalstream.contracts.Event;
import io.evalstream.contracts.EventCodec;
import io.evalstream.contracts.RunCancelled;
import io.evalstream.contracts.Topics;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes {@code eval-runs} (own consumer group) to learn of {@code RunCancelled}. Other run events
 * ({@code RunPlanned}) need nothing here. A record that does not decode is logged and skipped: it never blocks
 * the partition, and scoring-service, which owns the run life cycle, dead-letters it with its reason.
 */
@ApplicationScoped
public class RunEventConsumer {
    private static final Logger LOG = Logger.getLogger(RunEventConsumer.class);

    private final CancelledRuns cancelled;

    public RunEventConsumer(CancelledRuns cancelled) {
        this.cancelled = cancelled;
    }

    @Incoming(Topics.EVAL_RUNS)
    @Blocking
    public void consume(String payload) {
        Event event;
        try {
            event = EventCodec.decode(payload);
        } catch (RuntimeException e) {
            LOG.warnf("skipping an undecodable eval-runs record: %s", e.getMessage());
            return;
        }
        if (event instanceof RunCancelled cancel) {
            LOG.infof("run %s cancelled (%s): its pending requests will not be answered", cancel.runId(),
                    cancel.reason());
            cancelled.cancel(cancel);
        }
    }
}
