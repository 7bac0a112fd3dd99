package io.evalstream.inference.provider.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A built-in model's answer: the {@code labels} it chooses among, a probability for each (summing to 1), and
 * the index of the label it answers, which always carries the most mass, so that reading the text and
 * reading the label probabilities agree, as they do for a greedy real model.
 */
public record LabelBelief(List<String> labels, List<Double> probabilities, int chosen) {
    private static final double TOLERANCE = 1e-9;

    public LabelBelief {
        labels = List.copyOf(Objects.requireNonNull(labels, "labels"));
        probabilities = List.copyOf(Objects.requireNonNull(probabilities, "probabilities"));
        if (labels.isEmpty() || labels.size() != probabilities.size()) {
            throw new IllegalArgumentException("one probability per label, at least one label");
        }
        if (chosen < 0 || chosen >= labels.size()) {
            throw new IllegalArgumentException("chosen index " + chosen + " out of range");
        }
        double sum = 0;
        for (double p : probabilities) {
            if (!(p > 0)) {
                throw new IllegalArgumentException("probabilities must be positive: " + probabilities);
            }
            sum += p;
            if (p > probabilities.get(chosen) + TOLERANCE) {
                throw new IllegalArgumentException("the chosen label must carry the most mass: " + probabilities);
            }
        }
        if (Math.abs(sum - 1.0) > 1e-6) {
            throw new IllegalArgumentException("probabilities must sum to 1, not " + sum);
        }
    }

    /** {@code weights} normalised to probabilities. */
    public static LabelBelief ofWeights(List<String> labels, double[] weights, int chosen) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        List<Double> probabilities = new ArrayList<>(weights.length);
        for (double w : weights) {
            probabilities.add(w / total);
        }
        return new LabelBelief(labels, probabilities, chosen);
    }

    /** {@code mass} on the chosen label and the rest spread evenly over the others. */
    public static LabelBelief concentrated(List<String> labels, int chosen, double mass) {
        double[] weights = new double[labels.size()];
        double rest = labels.size() > 1 ? (1.0 - mass) / (labels.size() - 1) : 0.0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = i == chosen ? mass : rest;
        }
        return ofWeights(labels, weights, chosen);
    }

    public String chosenLabel() {
        return labels.get(chosen);
    }

    public double chosenProbability() {
        return probabilities.get(chosen);
    }
}
