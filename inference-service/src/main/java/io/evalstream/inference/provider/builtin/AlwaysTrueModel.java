package io.evalstream.inference.provider.builtin;

import io.evalstream.contracts.ScoringContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.SplittableRandom;

/**
 * {@code builtin:always-true}: a yes-sayer. Answers "True" whenever it is one of the labels (true_false
 * items), and otherwise the first displayed label (so on multiple_choice it behaves like a fully
 * position-biased model). Without labels it chooses between "True" and "False". Probability 0.90 on the
 * answer. On true_false items its accuracy is the share of true statements, which makes a label imbalance
 * in a dataset visible.
 */
@ApplicationScoped
public class AlwaysTrueModel implements BuiltinModel {
    public static final String NAME = "always-true";
    static final double CONFIDENCE = 0.90;
    private static final List<String> TRUE_FALSE = List.of("True", "False");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public LabelBelief believe(ScoringContext scoring, SplittableRandom random) {
        List<String> labels = scoring.labels().isEmpty() ? TRUE_FALSE : scoring.labels();
        int chosen = Math.max(0, labels.indexOf("True"));
        return LabelBelief.concentrated(labels, chosen, CONFIDENCE);
    }
}
