package io.evalstream.scoring.likelihood;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evalstream.scoring.store.ReportRow;
import java.util.List;

/** Stored likelihood halves as {@code ReportRows} returns them, for the report tests. */
final class LikelihoodRows {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LikelihoodRows() {
    }

    /** A read half: its role's details with {@code logLikelihood}. */
    static ReportRow half(String model, String item, String role, double logLikelihood, String biasType) {
        ObjectNode details = JSON.createObjectNode();
        details.put("continuation", role);
        details.put("form", "true".equals(role) || "false".equals(role) ? "true_false" : "more_less");
        details.put("logLikelihood", logLikelihood);
        details.put("tokens", 7);
        if (biasType != null) {
            details.put("biasType", biasType);
        }
        return new ReportRow("r-" + model + item + role, model, item, variant(role), 0, "UNSCORED", null, role, null,
                List.of(), List.of(), "continuation_likelihood", "likelihood", details);
    }

    /** A half that was not read (error, timeout, no echo): no details. */
    static ReportRow unread(String model, String item, String role) {
        return new ReportRow("r-" + model + item + role, model, item, variant(role), 0, "ERROR", null, null, null,
                List.of(), List.of(), "continuation_likelihood", null, NullNode.getInstance());
    }

    static String variant(String role) {
        return switch (role) {
            case "true" -> "continuation_true";
            case "false" -> "continuation_false";
            case "more" -> "sent_more";
            default -> "sent_less";
        };
    }

    /** Rows fed in the order ReportRows streams them: (model, item, variant). */
    static PairFold fold(List<ReportRow> rows) {
        PairFold fold = new PairFold();
        rows.stream().sorted(java.util.Comparator.comparing(ReportRow::modelId).thenComparing(ReportRow::itemId)
                .thenComparing(ReportRow::variantId)).forEach(fold);
        return fold;
    }
}
