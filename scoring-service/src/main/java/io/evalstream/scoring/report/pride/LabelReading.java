package io.evalstream.scoring.report.pride;

import com.fasterxml.jackson.databind.JsonNode;
import io.evalstream.scoring.scorer.LabelProbabilities;
import io.evalstream.scoring.store.ReportRow;
import java.util.List;
import java.util.Optional;

/**
 * One label-probability response as PriDe reads it: the probability of each displayed slot (display order) and
 * the displayed slot of the gold answer. Read back from the score's stored {@code details.probabilities}.
 */
public record LabelReading(String variantId, double[] probabilities, int goldPosition) {
    /** A probability of exactly 0 would make its log -infinity; label readings are bounded well above this. */
    static final double FLOOR = 1e-12;

    /** The reading of {@code row}, or empty when it has no full label distribution or no gold among its labels. */
    public static Optional<LabelReading> of(ReportRow row) {
        List<String> labels = row.labels();
        JsonNode probabilities = row.details() == null ? null : row.details().get(LabelProbabilities.DETAIL_PROBABILITIES);
        if (labels == null || labels.size() < 2 || probabilities == null || !probabilities.isObject()) {
            return Optional.empty();
        }
        int gold = row.reference() == null ? -1 : labels.indexOf(row.reference());
        if (gold < 0) {
            return Optional.empty();
        }
        double[] p = new double[labels.size()];
        for (int j = 0; j < p.length; j++) {
            JsonNode value = probabilities.get(labels.get(j));
            if (value == null || !value.isNumber()) {
                return Optional.empty();
            }
            p[j] = value.asDouble();
        }
        return Optional.of(new LabelReading(row.variantId(), p, gold));
    }

    public int k() {
        return probabilities.length;
    }

    /** log P_observed(slot j), floored. */
    public double[] logProbabilities() {
        double[] log = new double[probabilities.length];
        for (int j = 0; j < log.length; j++) {
            log[j] = Math.log(Math.max(FLOOR, probabilities[j]));
        }
        return log;
    }
}
