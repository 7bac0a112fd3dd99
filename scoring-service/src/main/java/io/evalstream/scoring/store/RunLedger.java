package io.evalstream.scoring.store;

import io.agroal.api.AgroalDataSource;
import io.evalstream.contracts.RunCancelled;
import io.evalstream.contracts.RunPlanned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Records run events: the plan (Panache entity) and the planned count (JDBC, same transaction). A plan that
 * arrives after all its responses completes the run here: completion is checked on both sides (invariant 4).
 */
@ApplicationScoped
public class RunLedger {
    private final AgroalDataSource dataSource;

    public RunLedger(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Records a plan. Plans of one run may arrive more than once: a redelivery, a resume after a cancellation (a
     * newer plan, which reopens the run) or a watch run whose expected count grew. A plan older than the stored
     * one is stale and changes nothing, so a late redelivery can neither shrink the count nor reopen the run.
     */
    @Transactional
    public RunTransition planned(RunPlanned event) {
        Run run = Run.findById(event.runId());
        boolean isNew = run == null;
        if (!isNew && run.plannedAt != null && event.occurredAt().isBefore(run.plannedAt)) {
            return current(event.runId());
        }
        boolean resumed = !isNew && run.cancelledAt != null && event.occurredAt().isAfter(run.cancelledAt);
        if (isNew) {
            run = new Run();
        }
        run.apply(event);
        if (resumed) {
            run.cancelledAt = null;
            run.cancelReason = null;
        }
        if (isNew) {
            run.persist();
        }
        try (Connection connection = dataSource.getConnection()) {
            RunProgress progress = isNew
                    ? ProgressTable.setPlanned(connection, event.runId(), event.expectedRequests())
                    : ProgressTable.replan(connection, event.runId(), event.expectedRequests(), resumed);
            List<RunProgress> completed = ProgressTable.completeIfDone(connection, List.of(event.runId()));
            return completed.isEmpty()
                    ? new RunTransition(progress, false)
                    : new RunTransition(completed.get(0), true);
        } catch (SQLException e) {
            throw new StoreException("recording RunPlanned " + event.runId() + " failed: " + e.getMessage(), e);
        }
    }

    private RunTransition current(String runId) {
        try (Connection connection = dataSource.getConnection()) {
            RunProgress progress = ProgressTable.find(connection, runId).orElseThrow(
                    () -> new StoreException("run " + runId + " has a plan but no progress row", null));
            return new RunTransition(progress, false);
        } catch (SQLException e) {
            throw new StoreException("reading the progress of " + runId + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Marks the run cancelled; returns its progress if this event cancelled it (not when it had already ended).
     * A cancellation older than the run's latest plan was overtaken by a resume and changes nothing.
     */
    @Transactional
    public Optional<RunProgress> cancelled(RunCancelled event) {
        Run run = Run.findById(event.runId());
        if (run != null && run.plannedAt != null && event.occurredAt().isBefore(run.plannedAt)) {
            return Optional.empty();
        }
        if (run != null) {
            run.cancelledAt = event.occurredAt();
            run.cancelReason = event.reason();
        }
        try (Connection connection = dataSource.getConnection()) {
            return ProgressTable.cancel(connection, event.runId()).stream().findFirst();
        } catch (SQLException e) {
            throw new StoreException("recording RunCancelled " + event.runId() + " failed: " + e.getMessage(), e);
        }
    }
}
