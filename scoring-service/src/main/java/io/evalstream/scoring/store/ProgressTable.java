package io.evalstream.scoring.store;

import io.evalstream.contracts.RunState;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * {@code scoring.run_progress}: planned (null until RunPlanned), received, errors and state per run. Both
 * consumers write it; whichever commits second sees the other's numbers (row lock, then PostgreSQL re-reads the
 * row), so completion is decided on complete information whatever the arrival order.
 */
final class ProgressTable {
    private static final String RETURNING = " RETURNING run_id, planned, received, errors, state";

    private static final String ADD_RECEIVED = "INSERT INTO scoring.run_progress AS p "
            + "(run_id, planned, received, errors, state) VALUES ";
    private static final String ADD_RECEIVED_CONFLICT = " ON CONFLICT (run_id) DO UPDATE SET "
            + "received = p.received + excluded.received, errors = p.errors + excluded.errors, "
            + "state = CASE WHEN p.state = 'PLANNED' THEN 'RUNNING' ELSE p.state END, updated = now()" + RETURNING;

    private static final String SET_PLANNED = "INSERT INTO scoring.run_progress AS p "
            + "(run_id, planned, received, errors, state) VALUES (?, ?, 0, 0, 'PLANNED') "
            + "ON CONFLICT (run_id) DO UPDATE SET planned = excluded.planned, updated = now()" + RETURNING;

    /**
     * A newer plan of a known run: sets the planned count and reopens the run when the plan says there is more to
     * do. A cancelled run is reopened when {@code ?} (the plan is newer than the cancellation: a resume); a
     * completed run is reopened when the plan expects more than was received (a watch run whose dataset grew).
     */
    private static final String REPLAN = "UPDATE scoring.run_progress AS p SET planned = ?, updated = now(), "
            + "state = CASE WHEN p.state = 'CANCELLED' AND ? "
            + "THEN (CASE WHEN p.received > 0 THEN 'RUNNING' ELSE 'PLANNED' END) "
            + "WHEN p.state = 'COMPLETED' AND ? > p.received THEN 'RUNNING' ELSE p.state END, "
            + "completed_at = CASE WHEN (p.state = 'CANCELLED' AND ?) OR (p.state = 'COMPLETED' AND ? > p.received) "
            + "THEN NULL ELSE p.completed_at END "
            + "WHERE p.run_id = ?" + RETURNING;

    private static final String READ = "SELECT run_id, planned, received, errors, state FROM scoring.run_progress "
            + "WHERE run_id = ?";

    /** The one transition to COMPLETED: conditional, so that exactly one transaction sees it succeed. */
    private static final String COMPLETE = "UPDATE scoring.run_progress SET state = 'COMPLETED', "
            + "completed_at = now(), updated = now() "
            + "WHERE run_id = ANY(?) AND planned IS NOT NULL AND received >= planned "
            + "AND state NOT IN ('COMPLETED', 'CANCELLED', 'FAILED')" + RETURNING;

    private static final String CANCEL = "INSERT INTO scoring.run_progress AS p "
            + "(run_id, planned, received, errors, state) VALUES (?, NULL, 0, 0, 'CANCELLED') "
            + "ON CONFLICT (run_id) DO UPDATE SET state = 'CANCELLED', updated = now() "
            + "WHERE p.state NOT IN ('COMPLETED', 'CANCELLED', 'FAILED')" + RETURNING;

    private ProgressTable() {
    }

    /** Adds the batch's new responses to each run (sorted by run id) and returns the runs' progress. */
    static Map<String, RunProgress> addReceived(Connection connection, SortedMap<String, ProgressDelta> deltas)
            throws SQLException {
        Map<String, RunProgress> progress = new LinkedHashMap<>();
        if (deltas.isEmpty()) {
            return progress;
        }
        StringBuilder sql = new StringBuilder(ADD_RECEIVED);
        for (int i = 0; i < deltas.size(); i++) {
            sql.append(i == 0 ? "" : ",").append("(?, NULL, ?, ?, 'RUNNING')");
        }
        sql.append(ADD_RECEIVED_CONFLICT);
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            int p = 1;
            for (Map.Entry<String, ProgressDelta> entry : deltas.entrySet()) {
                statement.setString(p++, entry.getKey());
                statement.setLong(p++, entry.getValue().received());
                statement.setLong(p++, entry.getValue().errors());
            }
            for (RunProgress row : read(statement)) {
                progress.put(row.runId(), row);
            }
        }
        return progress;
    }

    /** Records how many responses a run expects; its state is left as the responses made it. */
    static RunProgress setPlanned(Connection connection, String runId, long planned) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SET_PLANNED)) {
            statement.setString(1, SqlText.clean(runId));
            statement.setLong(2, planned);
            return read(statement).get(0);
        }
    }

    /**
     * Records a newer plan of a run that may already have progress, reopening it as {@link #REPLAN} says; creates
     * the progress row when there is none.
     */
    static RunProgress replan(Connection connection, String runId, long planned, boolean reopenCancelled)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(REPLAN)) {
            statement.setLong(1, planned);
            statement.setBoolean(2, reopenCancelled);
            statement.setLong(3, planned);
            statement.setBoolean(4, reopenCancelled);
            statement.setLong(5, planned);
            statement.setString(6, SqlText.clean(runId));
            List<RunProgress> rows = read(statement);
            return rows.isEmpty() ? setPlanned(connection, runId, planned) : rows.get(0);
        }
    }

    /** The stored progress of a run, if any. */
    static java.util.Optional<RunProgress> find(Connection connection, String runId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(READ)) {
            statement.setString(1, SqlText.clean(runId));
            return read(statement).stream().findFirst();
        }
    }

    /** Completes every run of {@code runIds} whose received count reached its planned count; returns those. */
    static List<RunProgress> completeIfDone(Connection connection, Collection<String> runIds) throws SQLException {
        if (runIds.isEmpty()) {
            return List.of();
        }
        try (PreparedStatement statement = connection.prepareStatement(COMPLETE)) {
            Array ids = connection.createArrayOf("text", runIds.toArray());
            statement.setArray(1, ids);
            return read(statement);
        }
    }

    /** Marks a run cancelled unless it already ended; returns its progress if this call cancelled it. */
    static List<RunProgress> cancel(Connection connection, String runId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(CANCEL)) {
            statement.setString(1, SqlText.clean(runId));
            return read(statement);
        }
    }

    private static List<RunProgress> read(PreparedStatement statement) throws SQLException {
        List<RunProgress> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                rows.add(map(result));
            }
        }
        return rows;
    }

    static RunProgress map(ResultSet result) throws SQLException {
        long planned = result.getLong("planned");
        Long plannedOrNull = result.wasNull() ? null : planned;
        return new RunProgress(result.getString("run_id"), plannedOrNull, result.getLong("received"),
                result.getLong("errors"), RunState.valueOf(result.getString("state")));
    }
}
