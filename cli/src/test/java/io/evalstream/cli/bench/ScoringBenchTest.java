package io.evalstream.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The benchmark's own checks at a small size: its synthetic model is position-biased, so PriDe must help. */
class ScoringBenchTest {

    @Test
    @SuppressWarnings("unchecked")
    void theSyntheticRunIsBiasedAndPrideReducesTheBias() {
        Map<String, Object> report = ScoringBench.run(20_000, 50, 7L);
        Map<String, Object> stats = (Map<String, Object>) report.get("statistics");
        assertThat((long) stats.get("scoreRows")).isBetween(19_000L, 21_000L);
        assertThat((double) stats.get("prideRstdAfter")).isLessThan((double) stats.get("prideRstdBefore"));
        assertThat((double) stats.get("prideAccuracyAfter")).isGreaterThan((double) stats.get("prideAccuracyBefore"));
        assertThat((double) stats.get("prideForwardPassesPerItem")).isBetween(1.1, 1.2);
        Map<String, Object> scorers = (Map<String, Object>) report.get("scorers");
        Map<String, Object> letter = (Map<String, Object>) scorers.get("letter");
        // a random answerer of 4 options is right about a quarter of the time: the scorer really read the letters
        assertThat((double) letter.get("accuracy")).isBetween(0.2, 0.3);
    }
}
