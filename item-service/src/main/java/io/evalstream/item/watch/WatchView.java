package io.evalstream.item.watch;

import io.evalstream.contracts.VariantPlan;
import java.time.Instant;
import java.util.List;

/**
 * A watch as the API shows it: its run (results under that run id in scoring-service), the requests announced so
 * far and how many items were evaluated since it was created.
 */
public record WatchView(String id, String dataset, String runId, List<String> models, VariantPlan variantPlan,
        long expectedRequests, long itemsEvaluated, Instant createdAt) {
}
