package io.evalstream.scoring.report.pride;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.evalstream.scoring.store.ReportRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Golden values worked by hand (two options, so every step fits on paper). Calibration item C: shift 0 reads
 * [0.8, 0.2], shift 1 reads [0.6, 0.4], gold A. Its prior is softmax of the mean log slot probabilities:
 * [sqrt(.48), sqrt(.08)] normalised = [sqrt 6, 1] / (sqrt 6 + 1) = [0.710102, 0.289898]. Its permutation-debiased
 * answer: option A has mean log (ln .8 + ln .4)/2 > option B's (ln .2 + ln .6)/2, so A (right).
 * Default-order items: T1 [0.6, 0.4] gold B: observed A (wrong), debiased ln .6 - ln .7101 = -0.168 &lt;
 * ln .4 - ln .2899 = 0.322, so B (right); T2 [0.9, 0.1] gold A: A both ways; T3 [0.3, 0.7] gold B: B both ways.
 * Before: 3/4 right, recalls A 2/2 and B 1/2, RStd = SD(1, 0.5) x 100 = 25. After: 4/4, RStd 0.
 * Cost: 2 + 3 requests over 4 items = 1.25.
 */
class PriDeAnalysisTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> AB = List.of("A", "B");

    @Test
    void handWorkedTwoOptionRun() {
        Map<String, List<LabelReading>> items = new LinkedHashMap<>();
        items.put("C", List.of(reading("cyclic-0", 0.8, 0.2, 0), reading("cyclic-1", 0.6, 0.4, 1)));
        items.put("T1", List.of(reading("cyclic-0", 0.6, 0.4, 1)));
        items.put("T2", List.of(reading("cyclic-0", 0.9, 0.1, 0)));
        items.put("T3", List.of(reading("cyclic-0", 0.3, 0.7, 1)));

        PriDeAnalysis.Result result = PriDeAnalysis.analyse("m", 2, items, 5, AB, 200, 7).orElseThrow();

        PriDeRow row = result.row();
        assertThat(row.items()).isEqualTo(4);
        assertThat(row.calibrationItems()).isEqualTo(1);
        assertThat(row.debiasedItems()).isEqualTo(3);
        assertThat(row.accuracyBefore()).isEqualTo(0.75);
        assertThat(row.accuracyAfter()).isEqualTo(1.0);
        assertThat(row.rstdBefore()).isCloseTo(25.0, within(1e-9));
        assertThat(row.rstdAfter()).isCloseTo(0.0, within(1e-9));
        assertThat(row.forwardPassesPerItem()).isEqualTo(1.25);
        assertThat(row.accuracyBeforeLow()).isLessThan(0.75);
        assertThat(row.accuracyBeforeHigh()).isGreaterThan(0.75);
        assertThat(row.rstdBeforeLow()).isLessThanOrEqualTo(25.0);
        assertThat(row.rstdBeforeHigh()).isGreaterThanOrEqualTo(25.0);
        double root6 = Math.sqrt(6);
        assertThat(result.prior()).extracting(PriorRow::position).containsExactly("A", "B");
        assertThat(result.prior().get(0).prior()).isCloseTo(root6 / (root6 + 1), within(1e-9));
        assertThat(result.prior().get(1).prior()).isCloseTo(1 / (root6 + 1), within(1e-9));
        assertThat(result.prior().get(0).n()).isEqualTo(1);
    }

    @Test
    void withoutAnItemUnderEveryShiftThereIsNoPrior() {
        Map<String, List<LabelReading>> items = Map.of("T1", List.of(reading("cyclic-0", 0.6, 0.4, 1)),
                "C", List.of(reading("cyclic-0", 0.8, 0.2, 0)));
        assertThat(PriDeAnalysis.analyse("m", 2, items, 2, AB, 200, 7)).isEmpty();
    }

    @Test
    void permutationDebiasingReadsOptionIAtSlotIMinusS() {
        // k = 3; option 2 is most probable wherever it is shown: shift s shows it at slot (2 - s) mod 3
        double[][] shifts = {
                { Math.log(0.2), Math.log(0.2), Math.log(0.6) },
                { Math.log(0.3), Math.log(0.5), Math.log(0.2) },
                { Math.log(0.45), Math.log(0.1), Math.log(0.45) } };
        assertThat(PriDeAnalysis.permutationDebiased(shifts)).isEqualTo(2);
    }

    @Test
    void aReadingComesFromTheStoredLabelDistribution() throws Exception {
        ReportRow row = new ReportRow("r", "m", "i", "cyclic-0", 0, "INCORRECT", 0.0, "A", "C", List.of(),
                List.of("A", "B", "C"), "choice", "label_probs",
                JSON.readTree("{\"probabilities\":{\"A\":0.5,\"B\":0.2,\"C\":0.3},\"estimated\":[]}"));
        LabelReading reading = LabelReading.of(row).orElseThrow();
        assertThat(reading.probabilities()).containsExactly(0.5, 0.2, 0.3);
        assertThat(reading.goldPosition()).isEqualTo(2);
        ReportRow unread = new ReportRow("r", "m", "i", "cyclic-0", 0, "UNSCORED", null, null, "C", List.of(),
                List.of("A", "B", "C"), "choice", "label_probs", JSON.nullNode());
        assertThat(LabelReading.of(unread)).isEmpty();
    }

    private static LabelReading reading(String variant, double a, double b, int gold) {
        return new LabelReading(variant, new double[] { a, b }, gold);
    }
}
