package io.evalstream.inference.cancel;

import io.agroal.api.AgroalDataSource;
import io.evalstream.contracts.RunCancelled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** {@code inference.cancelled_run}: one row per cancelled run, holding its latest cancellation time. */
@ApplicationScoped
public class CancelledRunStore {
    private static final String UPSERT = "INSERT INTO inference.cancelled_run (run_id, cancelled_at, reason) "
            + "VALUES (?, ?, ?) ON CONFLICT (run_id) DO UPDATE SET cancelled_at = GREATEST("
            + "inference.cancelled_run.cancelled_at, excluded.cancelled_at), reason = excluded.reason";

    private final AgroalDataSource dataSource;

    public CancelledRunStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void save(RunCancelled event) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(UPSERT)) {
            statement.setString(1, event.runId());
            statement.setTimestamp(2, Timestamp.from(event.occurredAt()));
            statement.setString(3, event.reason());
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not store the cancellation of " + event.runId(), e);
        }
    }

    public Map<String, Instant> all() {
        Map<String, Instant> runs = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT run_id, cancelled_at FROM inference.cancelled_run");
                ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                runs.put(result.getString(1), result.getTimestamp(2).toInstant());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read cancelled runs", e);
        }
        return runs;
    }
}
