package io.evalstream.scoring.statistics;

import java.util.ArrayList;
import java.util.List;

/**
 * Survey answers read from label probabilities over every option order, as in "Questioning the Survey Responses
 * of Large Language Models" (Dominguez-Olmedo et al., 2024; PROTOCOLS.md, "Survey"). For one question with k
 * options, each order (a permutation: {@code order[p]} = the option shown at position p) yields a probability per
 * displayed position. From these:
 * <ul>
 *   <li>position probabilities averaged over orders, and the <b>A-bias</b> = mean P(first position) - 1/k (how
 *       much the model favours whatever is shown first);</li>
 *   <li>the <b>adjusted answer distribution</b>: each position's probability mapped back to the option shown
 *       there, averaged over orders, so position effects cancel when every order is asked;</li>
 *   <li>its <b>normalised entropy</b> H / log2 k (1 = uniform, the signature of an answer driven by noise);</li>
 *   <li>against a human reference distribution: <b>KL(reference || model) in bits</b> and <b>1 - JS</b>, the
 *       Jensen-Shannon divergence in bits (bounded in [0, 1], so 1 - JS is a similarity; it stays finite when the
 *       model gives an option zero probability, which KL does not).</li>
 * </ul>
 */
public final class SurveyResponses {
    private SurveyResponses() {
    }

    /** The probabilities read for one option order ({@code order[p]} = option index displayed at position p). */
    public record Reading(int[] order, double[] positionProbabilities) {
    }

    public record Result(int k, int orders, double[] meanPositionProbabilities, double aBias,
            double[] adjustedDistribution, double normalisedEntropy) {
    }

    public record Divergence(double klBits, double oneMinusJensenShannon) {
    }

    public static Result of(List<Reading> readings) {
        if (readings.isEmpty()) {
            throw new IllegalArgumentException("no readings: ask the question in at least one option order");
        }
        int k = readings.get(0).order().length;
        if (k < 2) {
            throw new IllegalArgumentException("a survey question needs at least two options");
        }
        double[] meanPosition = new double[k];
        double[] adjusted = new double[k];
        for (Reading reading : readings) {
            check(reading, k);
            double[] p = normalise(reading.positionProbabilities());
            for (int position = 0; position < k; position++) {
                meanPosition[position] += p[position] / readings.size();
                adjusted[reading.order()[position]] += p[position] / readings.size();
            }
        }
        double aBias = meanPosition[0] - 1.0 / k;
        return new Result(k, readings.size(), meanPosition, aBias, adjusted, entropyBits(adjusted) / log2(k));
    }

    public static Divergence against(double[] model, double[] reference) {
        if (model.length != reference.length) {
            throw new IllegalArgumentException("reference has " + reference.length + " options, the answers "
                    + model.length);
        }
        double[] p = normalise(reference);
        double[] q = normalise(model);
        double[] m = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            m[i] = (p[i] + q[i]) / 2;
        }
        double js = (kl(p, m) + kl(q, m)) / 2;
        return new Divergence(kl(p, q), 1 - js);
    }

    /** Shannon entropy in bits. */
    public static double entropyBits(double[] distribution) {
        double h = 0;
        for (double x : distribution) {
            if (x > 0) {
                h -= x * log2(x);
            }
        }
        return h;
    }

    private static double kl(double[] p, double[] q) {
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                sum += q[i] == 0 ? Double.POSITIVE_INFINITY : p[i] * log2(p[i] / q[i]);
            }
        }
        return sum;
    }

    private static double[] normalise(double[] values) {
        double total = 0;
        for (double v : values) {
            if (v < 0 || Double.isNaN(v)) {
                throw new IllegalArgumentException("probabilities must be non-negative: " + v);
            }
            total += v;
        }
        if (total <= 0) {
            throw new IllegalArgumentException("probabilities sum to zero");
        }
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] / total;
        }
        return out;
    }

    private static void check(Reading reading, int k) {
        if (reading.order().length != k || reading.positionProbabilities().length != k) {
            throw new IllegalArgumentException("every reading needs " + k + " positions");
        }
        boolean[] seen = new boolean[k];
        for (int option : reading.order()) {
            if (option < 0 || option >= k || seen[option]) {
                throw new IllegalArgumentException("order is not a permutation of 0.." + (k - 1));
            }
            seen[option] = true;
        }
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /** Every cyclic shift of 0..k-1: the orders a survey question is asked in by default. */
    public static List<int[]> cyclicOrders(int k) {
        List<int[]> orders = new ArrayList<>(k);
        for (int shift = 0; shift < k; shift++) {
            int[] order = new int[k];
            for (int p = 0; p < k; p++) {
                order[p] = (p + shift) % k;
            }
            orders.add(order);
        }
        return orders;
    }
}
