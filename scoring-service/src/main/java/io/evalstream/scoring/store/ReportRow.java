package io.evalstream.scoring.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A stored score as a protocol report reads it: identity (model, item, variant, sample), the outcome, the option
 * labels in display order and the scorer's {@code details} (a {@code NullNode} when it stored none).
 */
public record ReportRow(String requestId, String modelId, String itemId, String variantId, int sample, String value,
        Double score, String answer, String reference, List<String> slices, List<String> labels, String scorer,
        String filter, JsonNode details) {

    /** Whether the response was answered and read (CORRECT, INCORRECT or PARTIAL). */
    public boolean scored() {
        return score != null && ("CORRECT".equals(value) || "INCORRECT".equals(value) || "PARTIAL".equals(value));
    }
}
