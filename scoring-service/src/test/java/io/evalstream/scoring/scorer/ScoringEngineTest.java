package io.evalstream.scoring.scorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.evalstream.contracts.ModelOutput;
import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.ResponseStatus;
import io.evalstream.contracts.ScoreValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine's dispatch and its status rules. Strategy: failed calls are ERROR (never INCORRECT), refusals and
 * responses nobody can score are UNSCORED with a reason, and each registered scorer is found by kind and mode.
 */
class ScoringEngineTest {
    private final ScorerRegistry registry = new ScorerRegistry(List.of(new MultipleChoiceGenerateScorer(),
            new MultipleChoiceLabelProbsScorer(), new TrueFalseGenerateScorer(), new TrueFalseLabelProbsScorer()));
    private final ScoringEngine engine = new ScoringEngine(registry);

    @Test
    void dispatchesByKindAndReadMode() {
        assertThat(registry.find("multiple_choice", "GENERATE")).containsInstanceOf(MultipleChoiceGenerateScorer.class);
        assertThat(registry.find("multiple_choice", "label_probs"))
                .containsInstanceOf(MultipleChoiceLabelProbsScorer.class);
        assertThat(registry.find("true_false", "GENERATE")).containsInstanceOf(TrueFalseGenerateScorer.class);
        assertThat(registry.find("true_false", "LABEL_PROBS")).containsInstanceOf(TrueFalseLabelProbsScorer.class);
        assertThat(registry.find("pairwise", "GENERATE")).isEmpty();
        assertThat(registry.find("multiple_choice", "LIKELIHOOD")).isEmpty();

        ScoredResponse scored = engine.score(Responses.choiceText("Answer: B", "B"));
        assertThat(scored.scorer()).isEqualTo("choice");
        assertThat(scored.score().value()).isEqualTo(ScoreValue.CORRECT);
    }

    @Test
    void errorsAndTimeoutsAreCountedApartNeverWrong() {
        for (ResponseStatus status : List.of(ResponseStatus.ERROR, ResponseStatus.TIMEOUT)) {
            ResponseReceived failed = Responses.failed(
                    Responses.request("multiple_choice", "GENERATE", "B", Responses.ABCD, List.of()), status);
            ScoredResponse scored = engine.score(failed);
            assertThat(scored.score().value()).isEqualTo(ScoreValue.ERROR);
            assertThat(scored.score().score()).isNull();
            assertThat(scored.score().explanation()).contains(status.name()).contains("503");
            assertThat(scored.scorer()).isEqualTo("choice");
        }
    }

    @Test
    void refusalsAreUnscoredWithTheReason() {
        ResponseReceived ok = Responses.choiceText("I won't answer that", "B");
        ResponseReceived refused = new ResponseReceived(ok.schema(), ok.id(), ok.occurredAt(), ok.requestId(),
                ok.runId(), ok.itemId(), ok.variant(), ok.sample(), ok.purpose(), ok.modelId(), ResponseStatus.REFUSED,
                new ModelOutput("I won't answer that", "content_filter", List.of()), null, 0.0, 10, false, 1, null,
                ok.scoring(), null);
        ScoredResponse scored = engine.score(refused);
        assertThat(scored.score().value()).isEqualTo(ScoreValue.UNSCORED);
        assertThat(scored.score().explanation()).contains("refused");
    }

    @Test
    void aKindWithoutScorerIsUnscoredSoTheRunStillCompletes() {
        ResponseReceived response = Responses.ok(
                Responses.request("pairwise", "GENERATE", "A", List.of(), List.of()), "[[A]]", List.of());
        ScoredResponse scored = engine.score(response);
        assertThat(scored.scorer()).isEqualTo(ScoringEngine.NO_SCORER);
        assertThat(scored.score().value()).isEqualTo(ScoreValue.UNSCORED);
        assertThat(scored.score().explanation()).contains("no scorer for kind 'pairwise'");
    }

    @Test
    void aFailingScorerGivesUnscoredInsteadOfFailingTheBatch() {
        Scorer broken = new Scorer() {
            @Override
            public ScorerKey key() {
                return new ScorerKey("broken", ReadMode.GENERATE);
            }

            @Override
            public String name() {
                return "broken";
            }

            @Override
            public String filter() {
                return "none";
            }

            @Override
            public Score score(ResponseReceived response) {
                throw new IllegalStateException("bug");
            }
        };
        ScoringEngine withBroken = new ScoringEngine(new ScorerRegistry(List.of(broken)));
        ScoredResponse scored = withBroken.score(
                Responses.ok(Responses.request("broken", "GENERATE", "A", List.of(), List.of()), "x", List.of()));
        assertThat(scored.score().value()).isEqualTo(ScoreValue.UNSCORED);
        assertThat(scored.score().explanation()).contains("scorer failed");
    }

    @Test
    void twoScorersForOneKeyAreRejected() {
        assertThatThrownBy(() -> new ScorerRegistry(
                List.of(new MultipleChoiceGenerateScorer(), new MultipleChoiceGenerateScorer())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("multiple_choice/GENERATE");
    }
}
