package io.evalstream.scoring.store;

import java.util.Comparator;

/**
 * Primary key of {@code scoring.metric_aggregate}. Comparable, because aggregate rows are always updated in
 * key order: two instances updating overlapping rows then lock them in the same order and cannot deadlock.
 */
public record AggregateKey(String runId, String modelId, String slice, String metric)
        implements Comparable<AggregateKey> {
    private static final Comparator<AggregateKey> ORDER = Comparator.comparing(AggregateKey::runId)
            .thenComparing(AggregateKey::modelId)
            .thenComparing(AggregateKey::slice)
            .thenComparing(AggregateKey::metric);

    @Override
    public int compareTo(AggregateKey other) {
        return ORDER.compare(this, other);
    }
}
