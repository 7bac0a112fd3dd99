package io.evalstream.scoring.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.evalstream.contracts.ResponseReceived;
import io.evalstream.scoring.store.ReportRow;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden test of the survey section on hand-worked inputs. Question q1 (codes 1, 2; reference 1/2, 1/2) read in
 * both orders: order (1,2) gives P(A) = 0.8, P(B) = 0.2; order (2,1) gives P(A) = 0.6, P(B) = 0.4. By hand:
 * <ul>
 *   <li>position means (0.7, 0.3), A-bias = 0.7 - 1/2 = 0.2;</li>
 *   <li>adjusted: code 1 = (0.8 + 0.4)/2 = 0.6, code 2 = (0.2 + 0.6)/2 = 0.4;</li>
 *   <li>H(0.6, 0.4) = 0.970951 bits, / log2 2 = 0.970951;</li>
 *   <li>KL(ref || adj) = 0.5 log2(0.5/0.6) + 0.5 log2(0.5/0.4) = 0.029447 bits;</li>
 *   <li>m = (0.55, 0.45), JS = (KL(ref||m) + KL(adj||m))/2 = 0.007299, 1 - JS = 0.992701.</li>
 * </ul>
 * Question q2 (three options, no reference) read in its three cyclic orders always with P(A) = 1/2, P(B) = P(C)
 * = 1/4: A-bias = 1/2 - 1/3 = 1/6, adjusted uniform, normalised entropy 1.
 */
class SurveyMetricsTest {

    private static ReportRow row(String model, String item, int[] order, double[] p, List<String> codes,
            String reference) throws Exception {
        ResponseReceived response = SurveyResponsesFixture.response(model, item, order, p, codes, reference);
        return SurveyResponsesFixture.row(response, new SurveyLabelProbsScorer().score(response));
    }

    @Test
    void figuresMatchTheHandWorkedValues() throws Exception {
        SurveyMetrics metrics = new SurveyMetrics();
        String reference = "{\"1\":0.5,\"2\":0.5}";
        metrics.add(row("m", "q1", new int[] {0, 1}, new double[] {0.8, 0.2}, List.of("1", "2"), reference));
        metrics.add(row("m", "q1", new int[] {1, 0}, new double[] {0.6, 0.4}, List.of("1", "2"), reference));
        List<String> abc = List.of("a", "b", "c");
        double[] half = {0.5, 0.25, 0.25};
        metrics.add(row("m", "q2", new int[] {0, 1, 2}, half, abc, null));
        metrics.add(row("m", "q2", new int[] {1, 2, 0}, half, abc, null));
        metrics.add(row("m", "q2", new int[] {2, 0, 1}, half, abc, null));
        metrics.add(new ReportRow("r", "m", "q3", "perm-01", 0, "UNSCORED", null, null, null, List.of(),
                List.of("A", "B"), SurveyReading.NAME, "label_probs", SurveyResponsesFixture.JSON.nullNode()));
        metrics.add(new ReportRow("r2", "m", "q3", "perm-10", 0, "ERROR", null, null, null, List.of(),
                List.of("A", "B"), SurveyReading.NAME, "label_probs", SurveyResponsesFixture.JSON.nullNode()));

        SurveySection section = metrics.section();

        assertThat(section.metricVersion()).isEqualTo("survey-v1");
        assertThat(section.filter()).isEqualTo("label_probs");
        SurveySection.QuestionRow q1 = section.questions().get(0);
        assertThat(q1.item()).isEqualTo("q1");
        assertThat(q1.orders()).isEqualTo(2);
        assertThat(q1.pFirst()).isCloseTo(0.7, within(1e-9));
        assertThat(q1.aBias()).isCloseTo(0.2, within(1e-9));
        assertThat(q1.normalisedEntropy()).isCloseTo(0.970951, within(1e-6));
        assertThat(q1.klBits()).isCloseTo(0.029447, within(1e-6));
        assertThat(q1.oneMinusJs()).isCloseTo(0.992701, within(1e-6));
        assertThat(section.options()).filteredOn(o -> o.item().equals("q1"))
                .extracting(SurveySection.OptionRow::code, o -> Math.round(o.adjusted() * 1e9) / 1e9,
                        SurveySection.OptionRow::reference)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1", 0.6, 0.5),
                        org.assertj.core.groups.Tuple.tuple("2", 0.4, 0.5));

        SurveySection.QuestionRow q2 = section.questions().get(1);
        assertThat(q2.aBias()).isCloseTo(1.0 / 6, within(1e-9));
        assertThat(q2.normalisedEntropy()).isCloseTo(1.0, within(1e-9));
        assertThat(q2.klBits()).isNull();

        SurveySection.ModelRow model = section.models().get(0);
        assertThat(model.questions()).isEqualTo(2);
        assertThat(model.readings()).isEqualTo(5);
        assertThat(model.unscored()).isEqualTo(1);
        assertThat(model.errors()).isEqualTo(1);
        assertThat(model.aBias()).isCloseTo((0.2 + 1.0 / 6) / 2, within(1e-9));
        assertThat(model.aBiasLow()).isCloseTo(1.0 / 6, within(1e-9));
        assertThat(model.aBiasHigh()).isCloseTo(0.2, within(1e-9));
        assertThat(model.normalisedEntropy()).isCloseTo((0.970951 + 1) / 2, within(1e-6));
        assertThat(model.referenced()).isEqualTo(1);
        assertThat(model.klBits()).isCloseTo(0.029447, within(1e-6));
        assertThat(model.klLow()).as("one referenced question: no interval").isNull();
        assertThat(model.oneMinusJs()).isCloseTo(0.992701, within(1e-6));

        // position A: q1 0.7, q2 0.5; position C only in q2
        assertThat(section.positions()).filteredOn(p -> p.position().equals("A")).singleElement().satisfies(p -> {
            assertThat(p.n()).isEqualTo(2);
            assertThat(p.probability()).isCloseTo(0.6, within(1e-9));
            assertThat(p.low()).isCloseTo(0.5, within(1e-9));
            assertThat(p.high()).isCloseTo(0.7, within(1e-9));
        });
        assertThat(section.positions()).filteredOn(p -> p.position().equals("C")).singleElement()
                .satisfies(p -> assertThat(p.n()).isEqualTo(1));
    }

    @Test
    void noSurveyRowsNoSection() {
        assertThat(new SurveyMetrics().section()).isNull();
    }
}
