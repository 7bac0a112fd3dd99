package io.evalstream.scoring.statistics;

import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * Logistic regression on soft targets y in [0, 1] with sparse rows and a per-coefficient L2 penalty, fitted by
 * Newton's method (closed-form gradient and Hessian, commons-math3 Cholesky solve, step halving). Maximises
 *
 * <pre>
 *   sum_r w_r [ y_r log sigma(x_r . b) + (1 - y_r) log(1 - sigma(x_r . b)) ] - sum_k lambda_k b_k^2 / 2
 * </pre>
 *
 * A soft target y is the same as a row with label 1 and weight y plus a row with label 0 and weight 1 - y, which is
 * how AlpacaEval fits its GLM to fractional preferences. Package-private: used by {@link LengthControlledWinRate}.
 */
final class SoftLogisticRegression {
    private SoftLogisticRegression() {
    }

    /** One observation: nonzero features (indices, values), target in [0, 1], weight. */
    record Row(int[] index, double[] value, double target, double weight) {
    }

    static double[] fit(List<Row> rows, double[] ridge, double tolerance, int maxIterations) {
        int p = ridge.length;
        double[] beta = new double[p];
        double objective = objective(rows, beta, ridge);
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            double[] gradient = new double[p];
            double[][] negHessian = new double[p][p];
            for (int k = 0; k < p; k++) {
                gradient[k] -= ridge[k] * beta[k];
                negHessian[k][k] += ridge[k];
            }
            for (Row r : rows) {
                double eta = dot(r, beta);
                double mu = sigmoid(eta);
                double g = r.weight() * (r.target() - mu);
                double h = r.weight() * mu * (1 - mu);
                for (int a = 0; a < r.index().length; a++) {
                    gradient[r.index()[a]] += g * r.value()[a];
                    for (int b = 0; b < r.index().length; b++) {
                        negHessian[r.index()[a]][r.index()[b]] += h * r.value()[a] * r.value()[b];
                    }
                }
            }
            RealVector step = new CholeskyDecomposition(new Array2DRowRealMatrix(negHessian, false), 1e-10, 1e-300)
                    .getSolver().solve(new ArrayRealVector(gradient, false));
            double scale = 1;
            double[] next = new double[p];
            double nextObjective;
            int halvings = 0;
            do {
                for (int k = 0; k < p; k++) {
                    next[k] = beta[k] + scale * step.getEntry(k);
                }
                nextObjective = objective(rows, next, ridge);
                scale /= 2;
            } while (nextObjective < objective - 1e-12 * Math.abs(objective) && ++halvings < 50);
            double largest = step.getLInfNorm() * scale * 2;
            beta = next.clone();
            double previous = objective;
            objective = nextObjective;
            if (largest < tolerance || Math.abs(objective - previous) <= 1e-15 * Math.abs(objective)) {
                return beta;
            }
        }
        throw new IllegalStateException("logistic regression did not converge in " + maxIterations + " iterations");
    }

    static double objective(List<Row> rows, double[] beta, double[] ridge) {
        double f = 0;
        for (int k = 0; k < beta.length; k++) {
            f -= ridge[k] * beta[k] * beta[k] / 2;
        }
        for (Row r : rows) {
            double eta = dot(r, beta);
            f += r.weight() * (r.target() * logSigmoid(eta) + (1 - r.target()) * logSigmoid(-eta));
        }
        return f;
    }

    static double dot(Row r, double[] beta) {
        double eta = 0;
        for (int a = 0; a < r.index().length; a++) {
            eta += r.value()[a] * beta[r.index()[a]];
        }
        return eta;
    }

    static double sigmoid(double x) {
        return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
    }

    static double logSigmoid(double x) {
        return x >= 0 ? -Math.log1p(Math.exp(-x)) : x - Math.log1p(Math.exp(x));
    }
}
