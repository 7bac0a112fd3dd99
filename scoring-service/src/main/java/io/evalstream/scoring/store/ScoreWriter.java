package io.evalstream.scoring.store;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Stores one batch of scored responses in one transaction (invariant 2, exactly-once effect over at-least-once
 * delivery): insert every row, keyed by request id, skipping the ones already stored; fold only the new rows into
 * the aggregates and the runs' progress; complete the runs that reached their planned count.
 *
 * <p>Plain JDBC on the injected datasource, which joins the JTA transaction: a batch of 500 responses is a
 * handful of statements, with no entity per row (the service must sustain thousands of responses a second).
 */
@ApplicationScoped
public class ScoreWriter {
    private final AgroalDataSource dataSource;

    public ScoreWriter(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional
    public BatchOutcome write(Collection<ScoreRow> rows) {
        if (rows.isEmpty()) {
            return BatchOutcome.empty();
        }
        List<ScoreRow> unique = uniqueSorted(rows);
        try (Connection connection = dataSource.getConnection()) {
            var inserted = ScoreTable.insertNew(connection, unique);
            List<ScoreRow> newRows = unique.stream().filter(row -> inserted.contains(row.requestId())).toList();
            if (newRows.isEmpty()) {
                return new BatchOutcome(inserted, Map.of(), List.of());
            }
            AggregateTable.add(connection, AggregateFolder.aggregates(newRows));
            SortedMap<String, ProgressDelta> progressDeltas = AggregateFolder.progress(newRows);
            Map<String, RunProgress> progress = new LinkedHashMap<>(ProgressTable.addReceived(connection,
                    progressDeltas));
            List<RunProgress> completed = ProgressTable.completeIfDone(connection, progressDeltas.keySet());
            completed.forEach(run -> progress.put(run.runId(), run));
            return new BatchOutcome(inserted, progress, completed);
        } catch (SQLException e) {
            throw new StoreException("storing a batch of " + rows.size() + " scores failed: " + e.getMessage(), e);
        }
    }

    /**
     * One row per request id (a batch may hold a redelivery of its own record), in request-id order so that two
     * instances inserting overlapping ids wait for each other in the same order instead of deadlocking.
     */
    private static List<ScoreRow> uniqueSorted(Collection<ScoreRow> rows) {
        Map<String, ScoreRow> byId = new LinkedHashMap<>();
        for (ScoreRow row : rows) {
            byId.putIfAbsent(row.requestId(), row);
        }
        List<ScoreRow> unique = new ArrayList<>(byId.values());
        unique.sort(Comparator.comparing(ScoreRow::requestId));
        return unique;
    }
}
