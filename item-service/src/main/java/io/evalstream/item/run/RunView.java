package io.evalstream.item.run;

import io.evalstream.contracts.VariantPlan;

import java.time.Instant;
import java.util.List;

/**
 * A run as the API shows it. {@code status} is PLANNING until the broker has acknowledged every event,
 * CANCELLED after a cancel (until a resume); {@code cancelledAt} is the latest cancellation, or null.
 */
public record RunView(String runId, String suite, int version, List<String> models, VariantPlan variantPlan,
        List<String> scorers, long expectedRequests, RunStatus status, int emitAttempts, String lastError,
        Instant createdAt, Instant emittedAt, Instant cancelledAt) {
}
