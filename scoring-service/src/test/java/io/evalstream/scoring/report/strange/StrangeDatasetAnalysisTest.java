package io.evalstream.scoring.report.strange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evalstream.scoring.store.ReportRow;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden values worked by hand. Self-referential item s = a true statement (P(True) 0.7: c1 = 1) and a false one
 * (P(True) 0.6: c2 = 0), so 0.5; its control c = both right, 1. A lone self-referential statement s2 (true, P(True)
 * 0.3: 0) with a lone control c2 (true, P(True) 0.9: 1). All items: (0.5 + 1 + 0 + 1) / 4 = 0.625; self_ref (0.5 +
 * 0) / 2 = 0.25; control 1; control delta = mean(1 - 0.5, 1 - 0) = 0.75 over 2 twins.
 */
class StrangeDatasetAnalysisTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void handWorkedVerificationAndControlDelta() {
        StrangeDatasetAnalysis analysis = new StrangeDatasetAnalysis(500, 7);
        analysis.add(probs("s-t", "True", 0.7, "s", null));
        analysis.add(probs("s-f", "False", 0.6, "s", null));
        analysis.add(probs("c-t", "True", 0.8, "c", "s-t"));
        analysis.add(probs("c-f", "False", 0.1, "c", "s-f"));
        analysis.add(probs("s2", "True", 0.3, null, null));
        analysis.add(probs("c2", "True", 0.9, null, "s2"));

        StrangeDatasetSection section = analysis.section("true_false").orElseThrow();

        assertThat(score(section, "verification", "all").mean()).isCloseTo(0.625, within(1e-12));
        assertThat(score(section, "verification", "all").n()).isEqualTo(4);
        assertThat(score(section, "verification", "self_ref").mean()).isCloseTo(0.25, within(1e-12));
        assertThat(score(section, "verification", "control").mean()).isCloseTo(1.0, within(1e-12));
        StrangeRow all = score(section, "verification", "all");
        assertThat(all.low()).isLessThanOrEqualTo(0.625);
        assertThat(all.high()).isGreaterThanOrEqualTo(0.625);
        assertThat(section.controlDelta()).singleElement().satisfies(d -> {
            assertThat(d.measure()).isEqualTo("verification");
            assertThat(d.twins()).isEqualTo(2);
            assertThat(d.delta()).isCloseTo(0.75, within(1e-12));
            assertThat(d.low()).isLessThanOrEqualTo(0.75);
            assertThat(d.high()).isGreaterThanOrEqualTo(0.75);
        });
        assertThat(section.chance()).isEqualTo(0.5);
    }

    @Test
    void chainOfThoughtRowsAreTheirOwnMeasureAndUnreadOnesScoreZero() {
        StrangeDatasetAnalysis analysis = new StrangeDatasetAnalysis(500, 7);
        analysis.add(text("s2", "cot/original", "CORRECT", 1.0, null));
        analysis.add(text("c2", "cot/original", "UNSCORED", null, "s2"));

        StrangeDatasetSection section = analysis.section("true_false").orElseThrow();

        StrangeRow cot = score(section, "chain_of_thought", "all");
        assertThat(cot.mean()).isEqualTo(0.5);
        assertThat(cot.unscored()).isEqualTo(1);
        assertThat(section.controlDelta()).singleElement()
                .satisfies(d -> assertThat(d.delta()).isEqualTo(-1.0));
    }

    @Test
    void statementsWithoutLinksMakeNoSection() {
        StrangeDatasetAnalysis analysis = new StrangeDatasetAnalysis(500, 7);
        analysis.add(new ReportRow("r", "m", "x", "original", 0, "CORRECT", 1.0, "True", "True", List.of(),
                List.of("True", "False"), "true_false", "true_false", JSON.nullNode()));
        assertThat(analysis.section("true_false")).isEmpty();
    }

    private static StrangeRow score(StrangeDatasetSection section, String measure, String subset) {
        return section.scores().stream().filter(r -> r.measure().equals(measure) && r.subset().equals(subset))
                .findFirst().orElseThrow();
    }

    private static ReportRow probs(String item, String reference, double pTrue, String pair, String controlOf) {
        ObjectNode details = JSON.createObjectNode();
        details.putObject("probabilities").put("True", pTrue).put("False", 1 - pTrue);
        links(details, pair, controlOf);
        boolean right = reference.equals("True") == pTrue > 0.5;
        return new ReportRow("r-" + item, "m", item, "original", 0, right ? "CORRECT" : "INCORRECT", right ? 1.0 : 0.0,
                pTrue > 0.5 ? "True" : "False", reference, List.of(), List.of("True", "False"), "true_false",
                "label_probs", details);
    }

    private static ReportRow text(String item, String variant, String value, Double score, String controlOf) {
        ObjectNode details = JSON.createObjectNode();
        links(details, null, controlOf);
        return new ReportRow("r-" + item, "m", item, variant, 0, value, score, score == null ? null : "True", "True",
                List.of(), List.of("True", "False"), "true_false", "true_false", details);
    }

    private static void links(ObjectNode details, String pair, String controlOf) {
        if (pair != null) {
            details.put("pair", pair);
        }
        if (controlOf != null) {
            details.put("control_of", controlOf);
        }
    }

}
