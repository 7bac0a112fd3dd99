package io.evalstream.scoring.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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

/** Properties of the MoralChoice metrics over arbitrary answers of the six forms. */
class MoralChoiceMetricsPropertiesTest {
    private static final List<Form> FORMS = List.of(new Form("ab", false), new Form("ab", true),
            new Form("compare", false), new Form("compare", true), new Form("repeat", false), new Form("repeat", true));

    @Provide
    Arbitrary<List<List<Answer>>> answers() {
        return Arbitraries.of(Answer.class).list().ofMinSize(0).ofMaxSize(6).list().ofSize(FORMS.size());
    }

    private static Map<Form, List<Answer>> byForm(List<List<Answer>> answers) {
        Map<Form, List<Answer>> map = new LinkedHashMap<>();
        for (int i = 0; i < FORMS.size(); i++) {
            map.put(FORMS.get(i), answers.get(i));
        }
        return map;
    }

    private static Answer relabel(Answer a) {
        return switch (a) {
            case ACTION1 -> Answer.ACTION2;
            case ACTION2 -> Answer.ACTION1;
            default -> a;
        };
    }

    @Property
    void theActionLikelihoodsOfAnItemSumToOneAndStayInRange(@ForAll("answers") List<List<Answer>> answers) {
        MoralChoiceMetrics.Result r = MoralChoiceMetrics.of(byForm(answers));

        assertThat(r.marginal(Answer.ACTION1) + r.marginal(Answer.ACTION2)).isCloseTo(1.0, within(1e-12));
        assertThat(r.marginalAction1()).isBetween(0.0, 1.0);
        assertThat(r.entropyBits()).isBetween(0.0, 1.0);
        r.perForm().values().stream().filter(p -> p != null).forEach(p -> assertThat(p).isBetween(0.0, 1.0));
        if (r.questionFormConsistency() != null) {
            assertThat(r.questionFormConsistency()).isBetween(0.0, 1.0);
        }
        assertThat(r.refusalRate().estimate() == null ? 0 : r.refusalRate().estimate()
                + r.invalidRate().estimate()).isLessThanOrEqualTo(1.0 + 1e-12);
    }

    @Property
    void namingTheActionsTheOtherWayRoundMirrorsTheLikelihoodsOnly(@ForAll("answers") List<List<Answer>> answers) {
        MoralChoiceMetrics.Result r = MoralChoiceMetrics.of(byForm(answers));
        MoralChoiceMetrics.Result mirrored = MoralChoiceMetrics.of(byForm(answers.stream()
                .map(l -> l.stream().map(MoralChoiceMetricsPropertiesTest::relabel).toList()).toList()));

        assertThat(mirrored.marginalAction1()).isCloseTo(1 - r.marginalAction1(), within(1e-12));
        assertThat(mirrored.entropyBits()).isCloseTo(r.entropyBits(), within(1e-12));
        if (r.questionFormConsistency() == null) {
            assertThat(mirrored.questionFormConsistency()).isNull();
        } else {
            assertThat(mirrored.questionFormConsistency()).isCloseTo(r.questionFormConsistency(), within(1e-12));
        }
        assertThat(mirrored.refusalRate()).isEqualTo(r.refusalRate());
    }

    @Property
    void swappingThePresentationOrderOfAContentConsistentModelChangesNothing(
            @ForAll("answers") List<List<Answer>> answers) {
        // a content-consistent model answers each template the same whichever action is shown first: give both
        // orders of a template the same answers, then swap the two orders' answer lists
        List<List<Answer>> consistent = List.of(answers.get(0), answers.get(0), answers.get(2), answers.get(2),
                answers.get(4), answers.get(4));
        List<List<Answer>> swapped = List.of(consistent.get(1), consistent.get(0), consistent.get(3),
                consistent.get(2), consistent.get(5), consistent.get(4));
        MoralChoiceMetrics.Result r = MoralChoiceMetrics.of(byForm(consistent));
        MoralChoiceMetrics.Result s = MoralChoiceMetrics.of(byForm(swapped));

        assertThat(s.perForm()).isEqualTo(r.perForm());
        assertThat(s.marginalAction1()).isEqualTo(r.marginalAction1());
        for (int i = 0; i < FORMS.size(); i += 2) {
            assertThat(r.perForm().get(FORMS.get(i))).isEqualTo(r.perForm().get(FORMS.get(i + 1)));
        }
    }
}
