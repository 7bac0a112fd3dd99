package io.evalstream.item.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.evalstream.item.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Persistence of runs, one short transaction per step. Emission happens between transactions: the run row
 * is committed (PLANNING) before the first event is sent, so a crash mid-emission leaves a record to
 * recover from, and it becomes EMITTED only after the broker acknowledged everything.
 */
@ApplicationScoped
public class RunStore {
    private static final ObjectMapper PLAN_MAPPER = new ObjectMapper();
    /** Longer error texts are cut: the column is for diagnosis, not for stack traces. */
    static final int MAX_ERROR_LENGTH = 2000;

    /** Stores a new run as PLANNING, leased to the caller, who emits it next. */
    @Transactional
    public void create(RunPlan plan, long expectedRequests, Duration lease) {
        Run run = new Run();
        run.id = plan.runId();
        run.suite = plan.suite();
        run.suiteVersion = plan.suiteVersion();
        run.datasetId = plan.datasetId();
        run.models = plan.modelIds().toArray(String[]::new);
        run.plan = write(plan);
        run.expectedRequests = expectedRequests;
        run.status = RunStatus.PLANNING;
        run.emitAttempts = 1;
        run.createdAt = Instant.now();
        run.leaseUntil = run.createdAt.plus(lease);
        run.persist();
    }

    @Transactional
    public void markEmitted(String runId) {
        Run.update("status = ?1, emittedAt = ?2, leaseUntil = null, lastError = null where id = ?3",
                RunStatus.EMITTED, Instant.now(), runId);
    }

    /** Records why emission failed and releases the lease, so the next recovery pass retries the run. */
    @Transactional
    public void recordFailure(String runId, String reason) {
        String text = reason == null ? "unknown" : reason;
        Run.update("lastError = ?1, leaseUntil = ?2 where id = ?3 and status = ?4",
                text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text, Instant.now(), runId,
                RunStatus.PLANNING);
    }

    /**
     * Marks a run cancelled, if it still is what the caller saw ({@code expected}), and for PLANNING only when
     * no emitter holds it (an expired lease); the conditional update arbitrates concurrent calls.
     */
    @Transactional
    public boolean markCancelled(String runId, RunStatus expected, Instant cancelledAt) {
        return Run.update("status = ?1, cancelledAt = ?2, leaseUntil = null where id = ?3 and status = ?4 "
                + "and (status <> ?5 or leaseUntil is null or leaseUntil < ?6)", RunStatus.CANCELLED, cancelledAt,
                runId, expected, RunStatus.PLANNING, Instant.now()) == 1;
    }

    /** Takes a cancelled run back to PLANNING, leased to the caller who re-emits it; false if not CANCELLED. */
    @Transactional
    public boolean reopen(String runId, Duration lease) {
        Instant now = Instant.now();
        return Run.update("status = ?1, leaseUntil = ?2, emitAttempts = emitAttempts + 1 where id = ?3 "
                + "and status = ?4", RunStatus.PLANNING, now.plus(lease), runId, RunStatus.CANCELLED) == 1;
    }

    /** Runs still PLANNING whose lease has expired: their emitter failed or died. Oldest first. */
    @Transactional
    public List<String> stuck(int limit) {
        return Run.<Run>find("status = ?1 and (leaseUntil is null or leaseUntil < ?2) order by createdAt",
                RunStatus.PLANNING, Instant.now()).page(0, limit).list().stream().map(run -> run.id).toList();
    }

    /**
     * Takes the lease of a stuck run. The conditional update is the arbitration between instances: exactly one
     * of them sees one updated row.
     */
    @Transactional
    public boolean claim(String runId, Duration lease) {
        Instant now = Instant.now();
        return Run.update("leaseUntil = ?1, emitAttempts = emitAttempts + 1 where id = ?2 and status = ?3 "
                + "and (leaseUntil is null or leaseUntil < ?4)", now.plus(lease), runId, RunStatus.PLANNING,
                now) == 1;
    }

    @Transactional
    public RunPlan plan(String runId) {
        Run run = Run.<Run>findByIdOptional(runId)
                .orElseThrow(() -> ProblemException.notFound("no run with id '" + runId + "'"));
        return read(run.plan);
    }

    /** The run's status and lease, or 404. */
    @Transactional
    public Run find(String runId) {
        Run run = Run.<Run>findByIdOptional(runId)
                .orElseThrow(() -> ProblemException.notFound("no run with id '" + runId + "'"));
        Run.getEntityManager().detach(run);
        return run;
    }

    @Transactional
    public RunView view(String runId) {
        return Run.<Run>findByIdOptional(runId).map(RunStore::view)
                .orElseThrow(() -> ProblemException.notFound("no run with id '" + runId + "'"));
    }

    /** The most recent runs first. */
    @Transactional
    public List<RunView> recent(int limit) {
        return Run.<Run>find("order by createdAt desc").page(0, limit).list().stream().map(RunStore::view)
                .toList();
    }

    private static RunView view(Run run) {
        RunPlan plan = read(run.plan);
        return new RunView(run.id, run.suite, run.suiteVersion, List.of(run.models), plan.variantPlan(),
                plan.scorers(), run.expectedRequests, run.status, run.emitAttempts, run.lastError, run.createdAt,
                run.emittedAt, run.cancelledAt);
    }

    static String write(RunPlan plan) {
        try {
            return PLAN_MAPPER.writeValueAsString(plan);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the plan of " + plan.runId(), e);
        }
    }

    static RunPlan read(String json) {
        try {
            return PLAN_MAPPER.readValue(json, RunPlan.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored run plan is unreadable", e);
        }
    }
}
