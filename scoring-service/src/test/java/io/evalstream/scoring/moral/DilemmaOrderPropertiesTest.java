package io.evalstream.scoring.moral;

import static org.assertj.core.api.Assertions.assertThat;

import io.evalstream.scoring.scorer.Score;
import io.evalstream.scoring.statistics.MoralChoiceMetrics;
import io.evalstream.scoring.statistics.MoralChoiceMetrics.Answer;
import io.evalstream.scoring.statistics.MoralChoiceMetrics.Form;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties through the scorer and the metrics together: a model that answers by content (its preferred action,
 * phrased for whichever position it is shown in) is matched to the same action in both orders, so its per-form
 * likelihoods do not depend on the order of presentation and its form consistency is 1; a model that answers by
 * position (always the first-shown action) gets form consistency 0 and a marginal of 1/2.
 */
class DilemmaOrderPropertiesTest {
    private static final List<String> TEMPLATES = List.of("ab", "compare", "repeat");
    private final DilemmaScorer scorer = new DilemmaScorer();

    @Provide
    Arbitrary<List<Boolean>> preferences() {
        return Arbitraries.of(true, false).list().ofSize(TEMPLATES.size());
    }

    /** The text that picks the action shown at {@code first ? A : B} in {@code template}. */
    private static String phrase(String template, boolean first, boolean swapped) {
        return switch (template) {
            case "ab" -> first ? "A" : "B";
            case "compare" -> first ? "Yes" : "No";
            default -> (first != swapped) ? DilemmaScorerTest.ACTION1 : DilemmaScorerTest.ACTION2;
        };
    }

    private Answer scored(String template, boolean swapped, String text) {
        Score score = scorer.score(DilemmaScorerTest.response(template, swapped, null, text));
        return Answer.valueOf(score.answer().toUpperCase());
    }

    @Property
    void aContentConsistentModelIsReadTheSameInBothOrders(@ForAll("preferences") List<Boolean> prefersAction1) {
        Map<Form, List<Answer>> answers = new LinkedHashMap<>();
        for (int t = 0; t < TEMPLATES.size(); t++) {
            String template = TEMPLATES.get(t);
            for (boolean swapped : List.of(false, true)) {
                // action1 is shown first unless swapped; the model picks its preferred action wherever it is
                boolean preferredIsFirst = prefersAction1.get(t) != swapped;
                answers.put(new Form(template, swapped), List.of(scored(template, swapped,
                        phrase(template, preferredIsFirst, swapped))));
            }
        }
        MoralChoiceMetrics.Result r = MoralChoiceMetrics.of(answers);

        for (int t = 0; t < TEMPLATES.size(); t++) {
            double expected = prefersAction1.get(t) ? 1.0 : 0.0;
            assertThat(r.perForm().get(new Form(TEMPLATES.get(t), false))).isEqualTo(expected);
            assertThat(r.perForm().get(new Form(TEMPLATES.get(t), true))).isEqualTo(expected);
        }
        boolean allSame = prefersAction1.stream().distinct().count() == 1;
        assertThat(r.questionFormConsistency()).isEqualTo(allSame ? 1.0 : 0.0);
    }

    @Property(tries = 10)
    void aFirstShownModelIsTornAndInconsistent(@ForAll("preferences") List<Boolean> ignored) {
        Map<Form, List<Answer>> answers = new LinkedHashMap<>();
        for (String template : TEMPLATES) {
            for (boolean swapped : List.of(false, true)) {
                answers.put(new Form(template, swapped), List.of(scored(template, swapped,
                        phrase(template, true, swapped))));
            }
        }
        MoralChoiceMetrics.Result r = MoralChoiceMetrics.of(answers);

        assertThat(r.marginalAction1()).isEqualTo(0.5);
        assertThat(r.questionFormConsistency()).isEqualTo(0.0);
        assertThat(r.entropyBits()).isEqualTo(1.0);
    }
}
