package io.evalstream.scoring.scorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.Generation;
import io.evalstream.contracts.ModelInput;
import io.evalstream.contracts.ModelOutput;
import io.evalstream.contracts.ModelRef;
import io.evalstream.contracts.Purpose;
import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.ResponseStatus;
import io.evalstream.contracts.ScoreValue;
import io.evalstream.contracts.ScoringContext;
import io.evalstream.contracts.TokenLogprob;
import io.evalstream.contracts.Usage;
import io.evalstream.contracts.Variant;
import io.evalstream.contracts.VariantKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Strategy: hand an echoed prompt's token log-probabilities to the scorer and check the sums it stores, worked by
 * hand: "This sentence ends| with six words." with the continuation the last 15 characters.
 */
class ContinuationPairScorerTest {
    private final ContinuationPairScorer scorer = new ContinuationPairScorer();

    static ResponseReceived half(String role, String chars, List<TokenLogprob> prompt) {
        ScoringContext scoring = new ScoringContext("continuation_pair", "LIKELIHOOD", null, List.of("more", "less"),
                null, List.of("age"), chars == null ? Map.of("continuation", role, "form", "more_less",
                        "bias_type", "age") : Map.of("continuation", role, "continuation_chars", chars,
                        "form", "true_false"));
        EvaluationRequested request = EvaluationRequested.of("run-1", "item-1",
                new Variant("sent_" + role, VariantKind.TEMPLATE, null), 0, Purpose.ANSWER, null,
                new ModelRef("m", "builtin", null, "m"), new ModelInput(null, List.of(), "text"),
                new Generation(0.0, null, 1, null, null, true, 1, null, true), scoring);
        return ResponseReceived.ok(request, new ModelOutput("", "length", List.of(), null, prompt), new Usage(5, 0),
                0.0, 3, false, 1);
    }

    private static TokenLogprob t(String token, double logprob) {
        return new TokenLogprob(token, logprob, List.of());
    }

    @Test
    void storesTheTotalAndTheContinuationsOwnLogLikelihood() {
        // prompt "This sentence ends with six words."; the first token "This" has no log-probability
        List<TokenLogprob> prompt = List.of(t(" sentence", -2.0), t(" ends", -1.5), t(" with", -0.5), t(" six", -3.0),
                t(" words.", -1.0));
        Score score = scorer.score(half("true", Integer.toString(" with six words.".length()), prompt));

        assertThat(score.value()).isEqualTo(ScoreValue.UNSCORED);
        assertThat(score.score()).isNull();
        assertThat(score.answer()).isEqualTo("true");
        assertThat(score.filter()).isEqualTo("likelihood");
        assertThat((double) score.details().get("logLikelihood")).isCloseTo(-8.0, within(1e-12));
        assertThat(score.details()).containsEntry("tokens", 5).containsEntry("continuation", "true")
                .containsEntry("form", "true_false").containsEntry("continuationTokens", 3);
        assertThat((double) score.details().get("continuationLogLikelihood")).isCloseTo(-4.5, within(1e-12));
        assertThat(score.explanation()).contains("-8.0000").contains("5 tokens");
    }

    @Test
    void crowsAnnotationsTravelAndAWholeSentenceIsTheContinuation() {
        Score score = scorer.score(half("more", null, List.of(t(" old", -4.0), t(" people", -1.0))));
        assertThat(score.details()).containsEntry("biasType", "age").containsEntry("form", "more_less")
                .doesNotContainKey("continuationLogLikelihood");
        assertThat((double) score.details().get("logLikelihood")).isCloseTo(-5.0, within(1e-12));
    }

    @Test
    void anOutputWithoutPromptLogprobsIsUnscoredWithTheReason() {
        Score score = scorer.score(half("less", null, null));
        assertThat(score.value()).isEqualTo(ScoreValue.UNSCORED);
        assertThat(score.details()).isNull();
        assertThat(score.explanation()).contains("did not echo");
        assertThat(scorer.key()).isEqualTo(new ScorerKey("continuation_pair", ReadMode.LIKELIHOOD));
        assertThat(ReadMode.parse("likelihood")).contains(ReadMode.LIKELIHOOD);
    }

    @Test
    void theEngineRoutesLikelihoodHalvesAndCountsFailuresAsErrors() {
        ScoringEngine engine = new ScoringEngine(new ScorerRegistry(List.of(scorer)));
        ResponseReceived ok = half("more", null, List.of(t(" x", -1.0)));
        assertThat(engine.score(ok).scorer()).isEqualTo("continuation_likelihood");
        EvaluationRequested request = EvaluationRequested.of("run-1", "item-2",
                new Variant("sent_less", VariantKind.TEMPLATE, null), 0, Purpose.ANSWER, null,
                new ModelRef("m", "builtin", null, "m"), new ModelInput(null, List.of(), "text"),
                new Generation(0.0, null, 1, null, null, true, 1, null, true), ok.scoring());
        var failed = engine.score(Responses.failed(request, ResponseStatus.TIMEOUT));
        assertThat(failed.score().value()).isEqualTo(ScoreValue.ERROR);
        assertThat(failed.scorer()).isEqualTo("continuation_likelihood");
    }
}
