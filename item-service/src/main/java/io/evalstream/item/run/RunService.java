package io.evalstream.item.run;

import io.evalstream.contracts.RunCancelled;
import io.evalstream.item.config.ItemConfig;
import io.evalstream.item.dataset.DatasetService;
import io.evalstream.item.kind.GenerationKind;
import io.evalstream.item.kind.ParsedItem;
import io.evalstream.item.messaging.EmissionException;
import io.evalstream.item.messaging.RunEmitter;
import io.evalstream.item.problem.ProblemException;
import io.evalstream.item.problem.ProblemType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;

/**
 * Creates runs: validate, plan, store as PLANNING, emit, mark EMITTED. Emission failures are not errors to
 * the caller: the run is stored and {@link RunRecovery} emits it again later, so the response says PLANNING
 * instead of failing a request whose run will still happen.
 */
@ApplicationScoped
@Startup // registers its meters at start, so dashboards see zeros rather than missing series
public class RunService {
    private static final Logger LOG = Logger.getLogger(RunService.class);

    private final RunRequestValidator validator;
    private final DatasetService datasets;
    private final RunStore store;
    private final RunEmitter emitter;
    private final ItemConfig config;
    private final Counter emitted;
    private final Counter failures;
    private final Timer emission;

    public RunService(RunRequestValidator validator, DatasetService datasets, RunStore store, RunEmitter emitter,
            ItemConfig config, MeterRegistry registry) {
        this.validator = validator;
        this.datasets = datasets;
        this.store = store;
        this.emitter = emitter;
        this.config = config;
        this.emitted = Counter.builder("evalstream.item.requests.emitted")
                .description("EvaluationRequested events acknowledged by the broker").register(registry);
        this.failures = Counter.builder("evalstream.item.emissions.failed")
                .description("Run emissions that did not complete and were left for recovery").register(registry);
        this.emission = Timer.builder("evalstream.item.emission")
                .description("Time to emit one run and receive every acknowledgement").register(registry);
    }

    public RunCreated create(RunRequest request) {
        RunPlan plan = validator.validate(request, RunIds.next());
        RequestPlanner planner = planner(plan);
        if (plan.arena() != null) {
            planner.requireKind(GenerationKind.NAME, "an arena runs over a prompt set: every item must be of kind '"
                    + GenerationKind.NAME + "'");
        }
        planner.requireReadable();
        planner.check();
        long expected = planner.count();
        if (expected > config.runs().maxRequests()) {
            throw new ProblemException(ProblemType.VALIDATION, "the run would plan " + expected
                    + " requests; at most " + config.runs().maxRequests()
                    + " are allowed (evalstream.item.runs.max-requests)");
        }
        store.create(plan, expected, config.recovery().lease());
        RunStatus status = emit(plan, planner);
        return new RunCreated(plan.runId(), expected, plan.suite(), plan.suiteVersion(), plan.modelIds(), status);
    }

    /** Emits a stored run again from its stored plan; the caller holds its lease. */
    public RunStatus reemit(String runId) {
        RunPlan plan = store.plan(runId);
        return emit(plan, planner(plan));
    }

    /**
     * Cancels a run: {@code RunCancelled} goes to the broker first, then the run is marked CANCELLED, so a failed
     * send leaves the run as it was and the call can be repeated. inference-service then skips the run's requests
     * emitted before the cancellation, and scoring-service shows the run CANCELLED.
     *
     * @throws ProblemException 404 for an unknown run, 409 when it is already cancelled or still being emitted
     */
    public RunView cancel(String runId, String reason) {
        if (RunIds.isWatchRun(runId)) {
            throw new ProblemException(ProblemType.CONFLICT, "run '" + runId
                    + "' belongs to a watch; delete the watch (DELETE /api/watches/{id}) to stop it");
        }
        return cancelRun(runId, reason);
    }

    /** Cancels the open-ended run of a watch that is being deleted (an already cancelled one is left alone). */
    public void cancelWatchRun(String runId, String reason) {
        if (store.find(runId).status != RunStatus.CANCELLED) {
            cancelRun(runId, reason);
        }
    }

    private RunView cancelRun(String runId, String reason) {
        Run run = store.find(runId);
        if (run.status == RunStatus.CANCELLED) {
            throw new ProblemException(ProblemType.CONFLICT, "run '" + runId + "' is already cancelled");
        }
        if (run.status == RunStatus.PLANNING && run.leaseUntil != null && run.leaseUntil.isAfter(Instant.now())) {
            throw new ProblemException(ProblemType.CONFLICT, "run '" + runId
                    + "' is being emitted right now; cancel it once its status is EMITTED");
        }
        RunCancelled event = RunCancelled.of(runId, reason == null || reason.isBlank() ? "cancelled by a user"
                : reason);
        try {
            emitter.cancel(event);
        } catch (EmissionException e) {
            throw new ProblemException(ProblemType.INTERNAL, "the cancellation of run '" + runId
                    + "' was not acknowledged by the broker; retry: " + e.getMessage());
        }
        if (!store.markCancelled(runId, run.status, event.occurredAt())) {
            throw new ProblemException(ProblemType.CONFLICT, "run '" + runId + "' changed while being cancelled");
        }
        LOG.infof("run %s: cancelled", runId);
        return store.view(runId);
    }

    /**
     * Resumes a cancelled run by emitting it again from its stored plan: the same request ids, so what was scored
     * is deduplicated by scoring-service and cached answers cost nothing, and new event times, so
     * inference-service answers them although the run was cancelled. The new {@code RunPlanned} reopens the run
     * in scoring-service. If the emission fails the run stays PLANNING and recovery finishes it.
     *
     * @throws ProblemException 404 for an unknown run, 409 when it is not cancelled
     */
    public RunView resume(String runId) {
        if (RunIds.isWatchRun(runId)) {
            throw new ProblemException(ProblemType.CONFLICT, "run '" + runId
                    + "' belongs to a watch and cannot be resumed; create a new watch");
        }
        Run run = store.find(runId);
        if (run.status != RunStatus.CANCELLED || !store.reopen(runId, config.recovery().lease())) {
            throw new ProblemException(ProblemType.CONFLICT, "run '" + runId + "' is " + run.status
                    + "; only a CANCELLED run can be resumed");
        }
        LOG.infof("run %s: resuming", runId);
        RunPlan plan = store.plan(runId);
        emit(plan, planner(plan));
        return store.view(runId);
    }

    private RequestPlanner planner(RunPlan plan) {
        List<ParsedItem<?>> items = datasets.items(plan.datasetId());
        return new RequestPlanner(plan, items);
    }

    private RunStatus emit(RunPlan plan, RequestPlanner planner) {
        long started = System.nanoTime();
        try {
            long sent = emitter.emit(planner.runPlanned(), planner.requests());
            store.markEmitted(plan.runId());
            emitted.increment(sent);
            long elapsed = System.nanoTime() - started;
            emission.record(elapsed, java.util.concurrent.TimeUnit.NANOSECONDS);
            LOG.infof("run %s: %d requests emitted in %d ms", plan.runId(), sent, elapsed / 1_000_000);
            return RunStatus.EMITTED;
        } catch (EmissionException e) {
            failures.increment();
            LOG.warnf("run %s: emission failed, left PLANNING for recovery: %s", plan.runId(), e.getMessage());
            store.recordFailure(plan.runId(), e.getMessage());
            return RunStatus.PLANNING;
        }
    }
}
