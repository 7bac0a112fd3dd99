package io.evalstream.inference.provider.builtin;

import io.evalstream.contracts.ScoringContext;
import io.evalstream.inference.provider.UnsupportedModelException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * {@code builtin:oracle}: always answers the reference, with probability {@value #CONFIDENCE}. The upper
 * bound every scorer must score as fully correct: a scorer that marks the oracle wrong is broken.
 */
@ApplicationScoped
public class OracleModel implements BuiltinModel {
    public static final String NAME = "oracle";
    static final double CONFIDENCE = 0.95;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public LabelBelief believe(ScoringContext scoring, SplittableRandom random) {
        String reference = scoring.reference();
        if (reference == null || reference.isBlank()) {
            throw new UnsupportedModelException("builtin:oracle needs scoring.reference, and this "
                    + scoring.kind() + " request has none");
        }
        List<String> labels = new ArrayList<>(scoring.labels());
        if (!labels.contains(reference)) {
            labels.add(reference);
        }
        return LabelBelief.concentrated(labels, labels.indexOf(reference), CONFIDENCE);
    }
}
