package io.evalstream.item.run;

import io.evalstream.item.config.ItemConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Emits again every run left PLANNING with an expired lease: its emission failed, or the instance emitting
 * it died. Re-emission repeats the same request ids (invariant 1), and every consumer deduplicates by id, so
 * a run is never half-sent for good and never counted twice. Runs at start (after a short delay) and then
 * periodically.
 */
@ApplicationScoped
public class RunRecovery {
    private static final Logger LOG = Logger.getLogger(RunRecovery.class);
    /** Runs handled per pass; the rest wait for the next pass, so one pass never runs for very long. */
    static final int BATCH = 10;

    private final RunStore store;
    private final RunService runs;
    private final ItemConfig config;

    public RunRecovery(RunStore store, RunService runs, ItemConfig config) {
        this.store = store;
        this.runs = runs;
        this.config = config;
    }

    @Scheduled(identity = "run-recovery", every = "${evalstream.item.recovery.every}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (config.recovery().enabled()) {
            recoverStuckRuns();
        }
    }

    /** One recovery pass; returns how many runs it emitted completely. */
    public int recoverStuckRuns() {
        int recovered = 0;
        for (String runId : store.stuck(BATCH)) {
            if (!store.claim(runId, config.recovery().lease())) {
                continue;
            }
            LOG.infof("run %s: re-emitting a run stuck in PLANNING", runId);
            try {
                if (runs.reemit(runId) == RunStatus.EMITTED) {
                    recovered++;
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "run %s: re-emission failed", runId);
                store.recordFailure(runId, e.toString());
            }
        }
        return recovered;
    }
}
