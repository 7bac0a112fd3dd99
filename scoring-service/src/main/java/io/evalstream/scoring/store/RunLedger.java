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

    @Transactional
    public RunTransition planned(RunPlanned event) {
        Run run = Run.findById(event.runId());
        boolean isNew = run == null;
        if (isNew) {
            run = new Run();
        }
        run.apply(event);
        if (isNew) {
            run.persist();
        }
        try (Connection connection = dataSource.getConnection()) {
            RunProgress progress = ProgressTable.setPlanned(connection, event.runId(), event.expectedRequests());
            List<RunProgress> completed = ProgressTable.completeIfDone(connection, List.of(event.runId()));
            return completed.isEmpty()
                    ? new RunTransition(progress, false)
                    : new RunTransition(completed.get(0), true);
        } catch (SQLException e) {
            throw new StoreException("recording RunPlanned " + event.runId() + " failed: " + e.getMessage(), e);
        }
    }

    /** Marks the run cancelled; returns its progress if this event cancelled it (not when it had already ended). */
    @Transactional
    public Optional<RunProgress> cancelled(RunCancelled event) {
        Run run = Run.findById(event.runId());
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
