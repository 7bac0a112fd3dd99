package io.evalstream.scoring.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.evalstream.scoring.statistics.SurveyResponses;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Properties of the survey metrics. The respondent is PriDe's model of an answerer: P(position p) proportional to
 * belief(option shown at p) x prior(p), so it has a real opinion and a position bias at once.
 * <ul>
 *   <li>Asked in every order (k! orders, as the survey kind does for k <= 4), its adjusted distribution is the
 *       same whatever order the questionnaire lists the options in: relabelling the options relabels the
 *       adjusted distribution and nothing else.</li>
 *   <li>Without a position prior, the adjusted distribution is its belief, under cyclic orders too.</li>
 *   <li>KL >= 0 and 1 - JS in [0, 1] for any two distributions.</li>
 * </ul>
 */
class SurveyPropertiesTest {

    @Property
    void adjustedDistributionIsInvariantToTheQuestionnaireOrder(@ForAll("respondents") Respondent r,
            @ForAll long seed) {
        int k = r.belief().length;
        int[] relabel = shuffled(k, new java.util.Random(seed));
        // the same question with its options listed in another order: listed option i is original relabel[i]
        double[] listedBelief = new double[k];
        for (int i = 0; i < k; i++) {
            listedBelief[i] = r.belief()[relabel[i]];
        }
        double[] original = SurveyResponses.of(readings(r.belief(), r.prior(), allOrders(k))).adjustedDistribution();
        double[] listed = SurveyResponses.of(readings(listedBelief, r.prior(), allOrders(k))).adjustedDistribution();
        for (int i = 0; i < k; i++) {
            assertThat(listed[i]).isCloseTo(original[relabel[i]], within(1e-12));
        }
    }

    @Property
    void withoutPositionBiasTheAdjustedDistributionIsTheBeliefUnderCyclicOrders(
            @ForAll @Size(min = 2, max = 8) List<@DoubleRange(min = 0.01, max = 1) Double> weights) {
        int k = weights.size();
        double[] belief = normalised(weights.stream().mapToDouble(Double::doubleValue).toArray());
        double[] flat = new double[k];
        java.util.Arrays.fill(flat, 1.0);
        SurveyResponses.Result result = SurveyResponses.of(readings(belief, flat, SurveyResponses.cyclicOrders(k)));
        assertThat(result.adjustedDistribution()).containsExactly(belief, within(1e-12));
        assertThat(result.aBias()).isCloseTo(0.0, within(1e-12));
    }

    @Property
    void klIsNonNegativeAndOneMinusJsIsInTheUnitInterval(
            @ForAll @Size(min = 2, max = 10) List<@DoubleRange(min = 0, max = 1) Double> model,
            @ForAll @IntRange(min = 0, max = 1000) int referenceSeed) {
        double[] q = model.stream().mapToDouble(Double::doubleValue).toArray();
        q[0] += 1e-6;
        java.util.Random random = new java.util.Random(referenceSeed);
        double[] p = new double[q.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = random.nextInt(3) == 0 ? 0 : random.nextDouble();
        }
        p[p.length - 1] += 1e-6;
        SurveyResponses.Divergence d = SurveyResponses.against(q, p);
        assertThat(d.klBits()).isGreaterThanOrEqualTo(-1e-12);
        assertThat(d.oneMinusJensenShannon()).isBetween(-1e-12, 1 + 1e-12);
    }

    record Respondent(double[] belief, double[] prior) {
    }

    @Provide
    Arbitrary<Respondent> respondents() {
        return Arbitraries.integers().between(2, 4).flatMap(k -> Combinators.combine(
                Arbitraries.doubles().between(0.01, 1).array(double[].class).ofSize(k),
                Arbitraries.doubles().between(0.01, 1).array(double[].class).ofSize(k))
                .as((b, p) -> new Respondent(normalised(b), normalised(p))));
    }

    static List<SurveyResponses.Reading> readings(double[] belief, double[] prior, List<int[]> orders) {
        List<SurveyResponses.Reading> readings = new ArrayList<>();
        for (int[] order : orders) {
            double[] p = new double[order.length];
            for (int pos = 0; pos < order.length; pos++) {
                p[pos] = belief[order[pos]] * prior[pos];
            }
            readings.add(new SurveyResponses.Reading(order, normalised(p)));
        }
        return readings;
    }

    static List<int[]> allOrders(int k) {
        List<int[]> out = new ArrayList<>();
        permute(new int[k], new boolean[k], 0, out);
        return out;
    }

    private static void permute(int[] prefix, boolean[] used, int depth, List<int[]> out) {
        if (depth == prefix.length) {
            out.add(prefix.clone());
            return;
        }
        for (int o = 0; o < prefix.length; o++) {
            if (!used[o]) {
                used[o] = true;
                prefix[depth] = o;
                permute(prefix, used, depth + 1, out);
                used[o] = false;
            }
        }
    }

    private static int[] shuffled(int k, java.util.Random random) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            list.add(i);
        }
        java.util.Collections.shuffle(list, random);
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    static double[] normalised(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] / total;
        }
        return out;
    }
}
