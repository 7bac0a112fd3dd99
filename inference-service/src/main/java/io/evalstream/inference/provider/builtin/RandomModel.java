package io.evalstream.inference.provider.builtin;

import io.evalstream.contracts.ScoringContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.SplittableRandom;

/**
 * {@code builtin:random}: answers a label drawn uniformly, with a random probability spread (a flat
 * Dirichlet draw) whose largest share goes to the answered label. The chance baseline: its accuracy must
 * sit at 1/k and significance tests must not call it better than chance.
 */
@ApplicationScoped
public class RandomModel implements BuiltinModel {
    public static final String NAME = "random";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public LabelBelief believe(ScoringContext scoring, SplittableRandom random) {
        var labels = Labels.required(scoring, NAME);
        int chosen = random.nextInt(labels.size());
        double[] weights = new double[labels.size()];
        int largest = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = -Math.log(1.0 - random.nextDouble());
            if (weights[i] > weights[largest]) {
                largest = i;
            }
        }
        double swap = weights[chosen];
        weights[chosen] = weights[largest];
        weights[largest] = swap;
        return LabelBelief.ofWeights(labels, weights, chosen);
    }
}
