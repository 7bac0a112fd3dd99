package io.evalstream.scoring.store;

import io.evalstream.scoring.metric.Metrics;
import io.evalstream.scoring.metric.Slices;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Folds newly stored score rows into per-key deltas: the {@code accuracy} aggregate of slice {@code all} and of
 * each slice of the row, and the progress of each run. Pure and sorted by key, so the SQL that applies the
 * deltas always touches rows in the same order.
 */
public final class AggregateFolder {
    private AggregateFolder() {
    }

    public static SortedMap<AggregateKey, AggregateDelta> aggregates(Collection<ScoreRow> newRows) {
        SortedMap<AggregateKey, AggregateDelta> deltas = new TreeMap<>();
        for (ScoreRow row : newRows) {
            for (String slice : slicesOf(row)) {
                AggregateKey key = new AggregateKey(row.runId(), row.modelId(), slice, Metrics.ACCURACY);
                deltas.computeIfAbsent(key, k -> new AggregateDelta()).add(row);
            }
        }
        return deltas;
    }

    public static SortedMap<String, ProgressDelta> progress(Collection<ScoreRow> newRows) {
        SortedMap<String, ProgressDelta> deltas = new TreeMap<>();
        for (ScoreRow row : newRows) {
            deltas.merge(row.runId(), new ProgressDelta(0, 0).plus(row),
                    (a, b) -> new ProgressDelta(a.received() + b.received(), a.errors() + b.errors()));
        }
        return deltas;
    }

    private static Set<String> slicesOf(ScoreRow row) {
        Set<String> slices = new LinkedHashSet<>();
        slices.add(Slices.ALL);
        for (String slice : row.slices()) {
            if (slice != null && !slice.isBlank()) {
                slices.add(slice);
            }
        }
        return slices;
    }
}
