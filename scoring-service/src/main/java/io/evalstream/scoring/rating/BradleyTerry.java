package io.evalstream.scoring.rating;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * Maximum-likelihood Bradley-Terry ratings (PROTOCOLS.md, "Elo and Bradley-Terry (Chatbot Arena)": rating =
 * 400 * beta + 1000, ties as half a win, anchor model configurable).
 *
 * <p>Model: P(i beats j) = 1 / (1 + exp(-(b_i - b_j))) with b on the natural-log-odds scale. A win counts 1 for the
 * winner, a tie (and a both-bad verdict unless skipped) 0.5 for each side; the A/B slot is ignored. The
 * log-likelihood sum_{i,j} w_ij log sigma(b_i - b_j) is maximised by Newton's method (gradient and Hessian in
 * closed form, Cholesky solve from commons-math3, step halving if a step does not increase the objective) until the
 * largest step is below {@link Config#tolerance()}.
 *
 * <p>Scale: rating = 1000 + 400 * b / ln 10 = 1000 + 400 * beta with beta = b / ln 10 on the log10 scale, which is
 * the Arena's convention (its logistic regression uses features scaled by ln 10). So a 400-point gap means 10:1
 * odds, exactly as in Elo with base 10 and scale 400.
 *
 * <p>Identification and divergence: a model with no wins (or a set of models that never beat the rest) has no finite
 * MLE. A tiny Gaussian prior (L2 penalty lambda/2 * sum b_i^2, lambda = {@link Config#ridge()}, default 1e-6, i.e. a
 * prior SD of 1000 natural-log units) makes the optimum unique and finite; it moves ratings of models with finite
 * MLE by a negligible amount (1e-3 rating points on four battles, less with more; use
 * {@link Config#withRidge} to change it) and, because the penalty is symmetric, keeps sum b_i = 0
 * (models in separate connected components of the battle graph are then each centred at 0 by the prior: their
 * relative ratings mean nothing). Newton stops when the largest step (after removing its mean) is below the
 * tolerance or the objective no longer changes. Ratings are then shifted so that the anchor model has 1000, or,
 * without an anchor, so that the mean is 1000.
 */
public final class BradleyTerry {

    /**
     * @param anchor    model fixed at 1000 (null: mean 1000)
     * @param bothBad   how both-bad verdicts count
     * @param ridge     L2 penalty on the natural-scale coefficients
     * @param tolerance convergence: largest Newton step (natural scale)
     * @param maxIterations Newton iterations before giving up
     */
    public record Config(String anchor, Battle.BothBad bothBad, double ridge, double tolerance, int maxIterations) {
        public static final Config DEFAULT = new Config(null, Battle.BothBad.TIE, 1e-6, 1e-10, 500);

        public Config withAnchor(String model) {
            return new Config(model, bothBad, ridge, tolerance, maxIterations);
        }

        public Config withRidge(double lambda) {
            return new Config(anchor, bothBad, lambda, tolerance, maxIterations);
        }

        public Config withBothBad(Battle.BothBad policy) {
            return new Config(anchor, policy, ridge, tolerance, maxIterations);
        }
    }

    /**
     * @param ratings    rating per model (400 * beta + 1000), by model name
     * @param battles    battles used
     * @param iterations Newton iterations
     */
    public record Result(Map<String, Double> ratings, int battles, int iterations) {
    }

    static final double LN10 = Math.log(10);

    private BradleyTerry() {
    }

    public static Result fit(List<Battle> battles) {
        return fit(battles, Config.DEFAULT);
    }

    public static Result fit(List<Battle> battles, Config config) {
        TreeSet<String> names = new TreeSet<>();
        for (Battle b : battles) {
            names.add(b.modelA());
            names.add(b.modelB());
        }
        List<String> models = new ArrayList<>(names);
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < models.size(); i++) {
            index.put(models.get(i), i);
        }
        int m = models.size();
        double[][] wins = new double[m][m];
        int used = 0;
        for (Battle b : battles) {
            if (!b.counts(config.bothBad())) {
                continue;
            }
            int a = index.get(b.modelA());
            int c = index.get(b.modelB());
            double s = b.outcome().scoreOfA();
            wins[a][c] += s;
            wins[c][a] += 1 - s;
            used++;
        }
        return fitWins(models, wins, used, config);
    }

    /** Fits from an aggregated matrix: {@code wins[i][j]} = wins of i over j, ties counted half to each. */
    static Result fitWins(List<String> models, double[][] wins, int battles, Config config) {
        int m = models.size();
        if (config.anchor() != null && !models.contains(config.anchor())) {
            throw new IllegalArgumentException("anchor model has no battles: " + config.anchor());
        }
        double[] beta = new double[m];
        int iterations = 0;
        if (m > 1) {
            double objective = logLikelihood(wins, beta, config.ridge());
            while (true) {
                if (++iterations > config.maxIterations()) {
                    throw new IllegalStateException("Bradley-Terry did not converge in " + config.maxIterations()
                            + " iterations");
                }
                double[] gradient = new double[m];
                double[][] negHessian = new double[m][m];
                for (int i = 0; i < m; i++) {
                    gradient[i] -= config.ridge() * beta[i];
                    negHessian[i][i] += config.ridge();
                    for (int j = i + 1; j < m; j++) {
                        double n = wins[i][j] + wins[j][i];
                        if (n == 0) {
                            continue;
                        }
                        double p = sigmoid(beta[i] - beta[j]);
                        double g = wins[i][j] - n * p;
                        gradient[i] += g;
                        gradient[j] -= g;
                        double h = n * p * (1 - p);
                        negHessian[i][i] += h;
                        negHessian[j][j] += h;
                        negHessian[i][j] -= h;
                        negHessian[j][i] -= h;
                    }
                }
                RealVector step = new CholeskyDecomposition(new Array2DRowRealMatrix(negHessian, false), 1e-12,
                        1e-300).getSolver().solve(new ArrayRealVector(gradient, false));
                double scale = 1;
                double[] next = new double[m];
                double nextObjective;
                int halvings = 0;
                while (true) {
                    for (int i = 0; i < m; i++) {
                        next[i] = beta[i] + scale * step.getEntry(i);
                    }
                    nextObjective = logLikelihood(wins, next, config.ridge());
                    if (nextObjective >= objective - 1e-12 * Math.abs(objective) || halvings >= 50) {
                        break;
                    }
                    scale /= 2;
                    halvings++;
                }
                // The likelihood is invariant to a common shift and the penalty is smallest at mean 0, so
                // centring never lowers the objective; it also removes the near-null direction of the Hessian,
                // in which a solve amplifies rounding, from the convergence test.
                double mean = 0;
                double stepMean = 0;
                for (int i = 0; i < m; i++) {
                    mean += next[i] / m;
                    stepMean += step.getEntry(i) / m;
                }
                double largest = 0;
                for (int i = 0; i < m; i++) {
                    next[i] -= mean;
                    largest = Math.max(largest, Math.abs(step.getEntry(i) - stepMean) * scale);
                }
                double previous = objective;
                beta = next.clone();
                objective = logLikelihood(wins, beta, config.ridge());
                if (largest < config.tolerance()
                        || (iterations > 1 && Math.abs(objective - previous) <= 1e-15 * Math.abs(objective))) {
                    break;
                }
            }
        }
        double shift;
        if (config.anchor() != null) {
            shift = beta[models.indexOf(config.anchor())];
        } else {
            double s = 0;
            for (double b : beta) {
                s += b;
            }
            shift = m == 0 ? 0 : s / m;
        }
        Map<String, Double> ratings = new LinkedHashMap<>();
        for (int i = 0; i < m; i++) {
            ratings.put(models.get(i), 1000 + 400 * (beta[i] - shift) / LN10);
        }
        return new Result(Collections.unmodifiableMap(ratings), battles, iterations);
    }

    static double logLikelihood(double[][] wins, double[] beta, double ridge) {
        double ll = 0;
        for (int i = 0; i < beta.length; i++) {
            ll -= ridge / 2 * beta[i] * beta[i];
            for (int j = 0; j < beta.length; j++) {
                if (i != j && wins[i][j] > 0) {
                    ll += wins[i][j] * logSigmoid(beta[i] - beta[j]);
                }
            }
        }
        return ll;
    }

    static double sigmoid(double x) {
        return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
    }

    static double logSigmoid(double x) {
        return x >= 0 ? -Math.log1p(Math.exp(-x)) : x - Math.log1p(Math.exp(x));
    }
}
