package io.evalstream.scoring.statistics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Length-controlled AlpacaEval win rate (Dubois et al. 2024, "Length-Controlled AlpacaEval"; PROTOCOLS.md:
 * "logistic GLM of the preference on tanh(length difference / its std) + per-instruction difficulty + model term;
 * LC = 100 * mean over items of sigmoid(model term + difficulty term) with the length term set to 0").
 *
 * <p>What is implemented, per model m (rows i = instructions; target y = p - 1 in [0, 1], a soft label):
 * <pre>
 *   x_mi = tanh( (len(output_2) - len(output_1)) / sd )      sd = sample SD (ddof 1) of the length differences
 *   logit P(model preferred) = theta_m + phi x_mi + d_i
 *   LC_m = 100 * mean_i sigmoid(theta_m + d_i)
 * </pre>
 * Lengths are in characters (code points). With several models and no supplied difficulties (the pipeline's
 * case: every model of a run), one joint fit estimates theta_m per model, ONE length coefficient phi shared by all
 * models, and the difficulty d_i of every instruction with an L2 penalty {@link #DIFFICULTY_RIDGE} (which
 * identifies them and shrinks instructions seen by few models); sd is pooled over all the models' differences, so
 * a length difference means the same thing for every model. Sharing phi is what makes LC length-controlled: a
 * model's own length coefficient, fitted on its own rows, also absorbs whatever else correlates with its length
 * (a short model is both short and weak), and the intercept at "equal length" is then an extrapolation that moves
 * with the model's verbosity. AlpacaEval pins phi the same way, by fitting it jointly with the baseline's own
 * verbose/concise variants ({@code df_gamed.csv}); here the other models of the run play that role.
 *
 * <p>With supplied difficulties (e.g. AlpacaEval's published {@code instruction_difficulty}) each model is
 * fitted alone as AlpacaEval does: logit = theta_m + phi_m x_mi + gamma_m d_i, with its own SD, and
 * LC_m = 100 mean_i sigmoid(theta_m + gamma_m d_i). A single model without supplied difficulties is fitted alone
 * with d = 0: LC = 100 * sigmoid(theta).
 * Fits are Newton's method on the penalised soft-label likelihood ({@link SoftLogisticRegression}); the model
 * coefficients get a negligible ridge (1e-8) only for numerical safety.
 *
 * <p>Differences from AlpacaEval's official {@code length_controlled_v1} ({@code metrics/glm_winrate.py}), which
 * fits each model alone on {@code tanh(std_delta_len) + instruction_difficulty + not_gamed_baseline - 1} (no
 * intercept; {@code std_delta_len} = (len_1 - len_2) / its SD, the opposite sign of ours, which only flips phi):
 * (1) its instruction difficulties are a precomputed leaderboard-wide vector ({@code instruction_difficulty.csv}),
 * here estimated from the models given or supplied by the caller; (2) its length coefficient is regularised by
 * the baseline's verbose and concise variants ({@code df_gamed.csv}), here it is shared by the run's models (neither
 * file is in our datasets); (3) it uses an L1 penalty with the strength chosen by 5-fold grouped cross-validation
 * (scikit-learn {@code LogisticRegressionCV}, liblinear), where we use a fixed L2 penalty on the difficulties only.
 * Hence our LC does NOT reproduce the leaderboard's {@code length_controlled_winrate}. Measured on the five
 * published files fitted together (LengthControlledWinRateTest): alpaca-7b_concise and alpaca-7b_verbose, one model
 * prompted shorter or longer, differ by 0.94 points in raw win rate (1.99 vs 2.93) and by 0.27 in LC (10.86 vs 11.14); with a
 * per-model length coefficient (the previous version) LC moved 2.6 points, more than the raw win rate. The raw win
 * rate ({@link AlpacaEvalWinRate}) is exact.
 */
public final class LengthControlledWinRate {
    /** L2 penalty on jointly estimated instruction difficulties. */
    public static final double DIFFICULTY_RIDGE = 1.0;
    private static final double MODEL_RIDGE = 1e-8;
    private static final double TOLERANCE = 1e-10;
    private static final int MAX_ITERATIONS = 200;

    private LengthControlledWinRate() {
    }

    /** One judged row: the instruction (the item key), the two output lengths and the preference (see AlpacaEval). */
    public record Row(String instruction, int baselineLength, int modelLength, Double preference) {
    }

    /** The rows of an annotation file; lengths in Unicode code points (Python's {@code len}), null outputs as 0. */
    public static List<Row> rows(AlpacaEvalAnnotations.File file) {
        List<Row> rows = new ArrayList<>(file.annotations().size());
        for (AlpacaEvalAnnotations.Annotation a : file.annotations()) {
            rows.add(new Row(a.instruction(), length(a.output1()), length(a.output2()), a.preference()));
        }
        return rows;
    }

    private static int length(String s) {
        return s == null ? 0 : s.codePointCount(0, s.length());
    }

    /**
     * @param model          name
     * @param lengthControlledWinRate LC in percent
     * @param winRate        the raw win rate with its SE and n ({@link AlpacaEvalWinRate})
     * @param intercept      theta
     * @param lengthCoefficient phi (per unit of tanh-scaled length difference; shared by all models of a joint fit)
     * @param difficultyCoefficient gamma (1 when difficulties were estimated jointly, 0 when there are none)
     */
    public record Result(String model, double lengthControlledWinRate, AlpacaEvalWinRate.Result winRate,
            double intercept, double lengthCoefficient, double difficultyCoefficient) {
    }

    /**
     * LC for every model (map order is result order), difficulties estimated jointly (or 0 for a single model).
     * Preferences of 0 and unannotated rows are draws (target 0.5).
     */
    public static List<Result> compute(Map<String, List<Row>> models) {
        return compute(models, null);
    }

    /** LC for every model with the given per-instruction difficulties (null: estimate jointly). */
    public static List<Result> compute(Map<String, List<Row>> models, Map<String, Double> difficulty) {
        boolean jointly = difficulty == null && models.size() > 1;
        Map<String, double[]> features = new LinkedHashMap<>();
        double pooledSd = jointly ? lengthScale(models.values().stream().flatMap(List::stream).toList()) : 0;
        for (Map.Entry<String, List<Row>> e : models.entrySet()) {
            features.put(e.getKey(), jointly ? lengthFeature(e.getValue(), pooledSd) : lengthFeature(e.getValue()));
        }
        Joint joint = jointly ? jointFit(models, features) : null;
        Map<String, Double> d = difficulty != null ? difficulty : joint != null ? joint.difficulty() : Map.of();
        List<Result> results = new ArrayList<>();
        int k = 0;
        for (Map.Entry<String, List<Row>> e : models.entrySet()) {
            List<Row> rows = e.getValue();
            double[] x = features.get(e.getKey());
            double[] di = new double[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                di[i] = d.getOrDefault(rows.get(i).instruction(), 0.0);
            }
            double theta;
            double phi;
            double gamma;
            if (joint != null) {
                theta = joint.beta()[k];
                phi = joint.beta()[models.size()];
                gamma = 1;
            } else {
                boolean withDifficulty = difficulty != null;
                List<SoftLogisticRegression.Row> design = new ArrayList<>(rows.size());
                for (int i = 0; i < rows.size(); i++) {
                    design.add(withDifficulty
                            ? new SoftLogisticRegression.Row(new int[] {0, 1, 2}, new double[] {1, x[i], di[i]},
                                    target(rows.get(i).preference()), 1)
                            : new SoftLogisticRegression.Row(new int[] {0, 1}, new double[] {1, x[i]},
                                    target(rows.get(i).preference()), 1));
                }
                double[] ridge = withDifficulty ? new double[] {MODEL_RIDGE, MODEL_RIDGE, MODEL_RIDGE}
                        : new double[] {MODEL_RIDGE, MODEL_RIDGE};
                double[] beta = SoftLogisticRegression.fit(design, ridge, TOLERANCE, MAX_ITERATIONS);
                theta = beta[0];
                phi = beta[1];
                gamma = withDifficulty ? beta[2] : 0;
            }
            double lc = 0;
            for (int i = 0; i < rows.size(); i++) {
                lc += SoftLogisticRegression.sigmoid(theta + gamma * di[i]);
            }
            lc = rows.isEmpty() ? Double.NaN : 100 * lc / rows.size();
            List<Double> prefs = new ArrayList<>(rows.size());
            for (Row r : rows) {
                prefs.add(r.preference());
            }
            results.add(new Result(e.getKey(), lc, AlpacaEvalWinRate.of(prefs), theta, phi, gamma));
            k++;
        }
        return Collections.unmodifiableList(results);
    }

    static double[] lengthFeature(List<Row> rows) {
        return lengthFeature(rows, lengthScale(rows));
    }

    /** tanh(length difference / sd) per row (0 when sd is 0). */
    static double[] lengthFeature(List<Row> rows, double sd) {
        double[] x = new double[rows.size()];
        for (int i = 0; i < x.length; i++) {
            double delta = rows.get(i).modelLength() - rows.get(i).baselineLength();
            x[i] = sd > 0 ? Math.tanh(delta / sd) : 0;
        }
        return x;
    }

    /** Sample SD (ddof 1) of the rows' length differences; 0 for fewer than two rows. */
    static double lengthScale(List<Row> rows) {
        int n = rows.size();
        double mean = 0;
        for (Row r : rows) {
            mean += (double) (r.modelLength() - r.baselineLength()) / n;
        }
        double ss = 0;
        for (Row r : rows) {
            double v = r.modelLength() - r.baselineLength() - mean;
            ss += v * v;
        }
        return n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
    }

    static double target(Double preference) {
        if (preference == null || preference.isNaN() || preference == 0.0) {
            return 0.5;
        }
        if (preference < 1 || preference > 2) {
            throw new IllegalArgumentException("a preference must be 0 or in [1, 2]: " + preference);
        }
        return preference - 1;
    }

    /** The joint fit's coefficients (theta_m for model k at k, the shared phi at m) and d by instruction. */
    record Joint(double[] beta, Map<String, Double> difficulty) {
    }

    /** Joint fit logit = theta_m + phi x_mi + d_i over all models (phi shared). */
    static Joint jointFit(Map<String, List<Row>> models, Map<String, double[]> features) {
        Map<String, Integer> instructionIndex = new LinkedHashMap<>();
        int m = models.size();
        for (List<Row> rows : models.values()) {
            for (Row r : rows) {
                instructionIndex.putIfAbsent(r.instruction(), m + 1 + instructionIndex.size());
            }
        }
        List<SoftLogisticRegression.Row> design = new ArrayList<>();
        int k = 0;
        for (Map.Entry<String, List<Row>> e : models.entrySet()) {
            double[] x = features.get(e.getKey());
            List<Row> rows = e.getValue();
            for (int i = 0; i < rows.size(); i++) {
                design.add(new SoftLogisticRegression.Row(
                        new int[] {k, m, instructionIndex.get(rows.get(i).instruction())},
                        new double[] {1, x[i], 1}, target(rows.get(i).preference()), 1));
            }
            k++;
        }
        double[] ridge = new double[m + 1 + instructionIndex.size()];
        for (int j = 0; j < ridge.length; j++) {
            ridge[j] = j <= m ? MODEL_RIDGE : DIFFICULTY_RIDGE;
        }
        double[] beta = SoftLogisticRegression.fit(design, ridge, TOLERANCE, MAX_ITERATIONS);
        Map<String, Double> d = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : instructionIndex.entrySet()) {
            d.put(e.getKey(), beta[e.getValue()]);
        }
        return new Joint(beta, Collections.unmodifiableMap(d));
    }
}
