package io.evalstream.inference.provider.builtin;

import io.evalstream.contracts.ScoringContext;
import io.evalstream.inference.config.InferenceConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * {@code builtin:first-option}: a position-biased answerer. With probability {@code knowledge} it knows the
 * item and answers the reference; otherwise it answers the first displayed option ({@code labels[0]}).
 *
 * <p>Its probabilities follow the model PriDe assumes (observed = content belief x position prior): when it
 * knows, the reference gets 0.70 and the first option still 0.20; when it does not, the first option gets
 * 0.60 but the reference keeps 0.25. So the bias shows in the answers (recall by gold position is lopsided)
 * and PriDe, dividing out the estimated position prior, can visibly recover the reference.
 */
@ApplicationScoped
public class FirstOptionModel implements BuiltinModel {
    public static final String NAME = "first-option";

    private final double knowledge;

    @Inject
    public FirstOptionModel(InferenceConfig config) {
        this(config.builtin().firstOption().knowledge());
    }

    public FirstOptionModel(double knowledge) {
        if (!(knowledge >= 0.0 && knowledge <= 1.0)) {
            throw new IllegalArgumentException(
                    "evalstream.inference.builtin.first-option.knowledge must be in [0, 1], not " + knowledge);
        }
        this.knowledge = knowledge;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public LabelBelief believe(ScoringContext scoring, SplittableRandom random) {
        List<String> labels = Labels.required(scoring, NAME);
        int reference = scoring.reference() == null ? -1 : labels.indexOf(scoring.reference());
        boolean knows = random.nextDouble() < knowledge && reference >= 0;
        double[] weights;
        if (knows) {
            weights = reference == 0 ? weights(labels.size(), Map.of(0, 0.90), 0.10)
                    : weights(labels.size(), Map.of(reference, 0.70, 0, 0.20), 0.10);
        } else {
            weights = reference > 0 ? weights(labels.size(), Map.of(0, 0.60, reference, 0.25), 0.15)
                    : weights(labels.size(), Map.of(0, 0.85), 0.15);
        }
        return LabelBelief.ofWeights(labels, weights, knows ? reference : 0);
    }

    /** The {@code fixed} weights at their positions, and {@code rest} shared by the other positions. */
    private static double[] weights(int size, Map<Integer, Double> fixed, double rest) {
        long others = size - fixed.size();
        double[] weights = new double[size];
        for (int i = 0; i < size; i++) {
            weights[i] = fixed.getOrDefault(i, others == 0 ? 0.0 : rest / others);
        }
        return weights;
    }
}
