package io.evalstream.inference.provider.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.Generation;
import io.evalstream.contracts.ModelInput;
import io.evalstream.contracts.Purpose;
import io.evalstream.contracts.ScoringContext;
import io.evalstream.contracts.TokenLogprob;
import io.evalstream.contracts.Variant;
import io.evalstream.contracts.VariantKind;
import io.evalstream.inference.TestRequests;
import io.evalstream.inference.provider.ModelResult;
import io.evalstream.inference.provider.UnsupportedModelException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The built-in arena contestants (known quality, signed answers) and judges (known biases). */
class ArenaModelsTest {
    private final BuiltinProvider provider = BuiltinModels.provider(0.5);

    private String answer(String model, String item) {
        EvaluationRequested request = EvaluationRequested.of("r", item, Variant.original(), 0, Purpose.ANSWER, null,
                TestRequests.builtin(model), ModelInput.chat(null, "Explain recursion."), Generation.greedy(1024),
                new ScoringContext("generation", "GENERATE", null, null, null, null, Map.of("prompt", "Explain")));
        return provider.answer(request).output().text();
    }

    private ModelResult judge(String judge, String item, String a, String b, boolean labelProbs) {
        String prompt = "[User Question]\nExplain recursion.\n\n[The Start of Assistant A's Answer]\n" + a
                + "\n[The End of Assistant A's Answer]\n\n[The Start of Assistant B's Answer]\n" + b
                + "\n[The End of Assistant B's Answer]";
        Generation generation = labelProbs ? Generation.labelProbabilities(20) : Generation.greedy(512);
        return provider.answer(EvaluationRequested.of("r", item, new Variant("arena:x|y", VariantKind.ORIGINAL, null),
                0, Purpose.JUDGE, List.of("p1", "p2"), TestRequests.builtin(judge), ModelInput.chat("judge", prompt),
                generation, new ScoringContext("pairwise", labelProbs ? "LABEL_PROBS" : "GENERATE", null,
                        List.of("A", "B"), null, null, Map.of())));
    }

    private String verdict(String judge, String item, String a, String b) {
        String text = judge(judge, item, a, b, false).output().text();
        return text.substring(text.indexOf("[[") + 2, text.indexOf("]]"));
    }

    private int rating(String judge, String item, String answer) {
        String prompt = "[Question]\nExplain recursion.\n\n[The Start of Assistant's Answer]\n" + answer
                + "\n[The End of Assistant's Answer]";
        String text = provider.answer(EvaluationRequested.of("r", item, new Variant("single:x", VariantKind.ORIGINAL,
                null), 0, Purpose.JUDGE, List.of("p1"), TestRequests.builtin(judge), ModelInput.chat("judge", prompt),
                Generation.greedy(512), new ScoringContext("single_rating", "GENERATE", null, null, null, null,
                        Map.of()))).output().text();
        assertThat(text).containsPattern("Rating: \\[\\[\\d+]]$");
        return Integer.parseInt(text.substring(text.lastIndexOf("[[") + 2, text.lastIndexOf("]]")));
    }

    @Test
    void judgesRateSingleAnswersNearTheirQualityWithTheirKnownBiases() {
        double fair8 = 0;
        double fair2 = 0;
        double longerVerbose = 0;
        double fairVerbose = 0;
        double selfQ4 = 0;
        double fairQ4 = 0;
        for (int i = 0; i < 30; i++) {
            String item = "p" + i;
            int r8 = rating("judge-fair", item, answer("arena-q8", item));
            assertThat(r8).isBetween(7, 9);
            fair8 += r8;
            fair2 += rating("judge-fair", item, answer("arena-q2", item));
            String verbose = answer("arena-q3-verbose", item);
            longerVerbose += rating("judge-longer", item, verbose);
            fairVerbose += rating("judge-fair", item, verbose);
            selfQ4 += rating("judge-self:arena-q4", item, answer("arena-q4", item));
            fairQ4 += rating("judge-fair", item, answer("arena-q4", item));
        }
        assertThat(fair8 / 30).isGreaterThan(fair2 / 30 + 4);
        assertThat(longerVerbose / 30 - fairVerbose / 30).isBetween(1.5, 2.5);
        assertThat(selfQ4 / 30 - fairQ4 / 30).isBetween(2.5, 3.5);
        assertThat(rating("judge-fair", "p1", answer("arena-q8", "p1")))
                .as("deterministic").isEqualTo(rating("judge-fair", "p1", answer("arena-q8", "p1")));
    }

    @Test
    void contestantsSignTheirAnswersWithTheirQualityAndDeterministically() {
        String text = answer("arena-q6", "p1");
        assertThat(text).endsWith("(answered by builtin:arena-q6, quality 6/10)");
        assertThat(answer("arena-q6", "p1")).isEqualTo(text);
        assertThat(ArenaContestant.signature(text)).contains(new ArenaContestant.Signed("builtin:arena-q6", 6));
        int verbose = WhitespaceTokens.count(answer("arena-q3-verbose", "p1"));
        assertThat(verbose).isGreaterThan(160);
        for (int i = 0; i < 20; i++) {
            assertThat(WhitespaceTokens.count(answer("arena-q8", "p" + i))).isBetween(30, 130);
        }
    }

    @Test
    void theFairJudgePrefersTheBetterAnswerInBothOrdersAndTheFirstJudgeTheFirstSlot() {
        int fairConsistentBetter = 0;
        int firstSaysA = 0;
        int n = 100;
        for (int i = 0; i < n; i++) {
            String good = answer("arena-q8", "p" + i);
            String bad = answer("arena-q2", "p" + i);
            String g1 = verdict("judge-fair", "p" + i, good, bad);
            String g2 = verdict("judge-fair", "p" + i, bad, good);
            if (g1.equals("A") && g2.equals("B")) {
                fairConsistentBetter++;
            }
            if (verdict("judge-first", "p" + i, bad, good).equals("A")) {
                firstSaysA++;
            }
        }
        assertThat(fairConsistentBetter).isGreaterThan(95); // P = sigmoid(0.9 * 6) = 0.995
        assertThat(firstSaysA).isBetween(70, 90); // 80% first slot, else fair (and B is better here)
    }

    @Test
    void theLongerJudgePrefersLengthAndTheSelfJudgeItsOwnModel() {
        int longerWins = 0;
        int selfWins = 0;
        for (int i = 0; i < 100; i++) {
            String verbose = answer("arena-q3-verbose", "p" + i);
            String good = answer("arena-q6", "p" + i);
            String own = answer("arena-q4", "p" + i);
            if (verdict("judge-longer", "p" + i, good, verbose).equals("B")) {
                longerWins++;
            }
            if (verdict("judge-self:arena-q4", "p" + i, good, own).equals("B")) {
                selfWins++; // q4 + 3 = 7 against 6: preferred, where a fair judge prefers q6
            }
        }
        assertThat(longerWins).isGreaterThan(75);
        assertThat(selfWins).isGreaterThan(55);
    }

    @Test
    void labelProbabilityJudgesReturnAAndBTokensLikeARealProvider() {
        ModelResult result = judge("judge-fair", "p1", answer("arena-q8", "p1"), answer("arena-q2", "p1"), true);
        assertThat(result.output().text()).isEqualTo("A");
        TokenLogprob token = result.output().logprobs().get(0);
        Map<String, Double> p = BuiltinModels.mergedLabelProbabilities(token, List.of("A", "B"));
        assertThat(p.get("A")).isGreaterThan(0.9);
        assertThat(token.topLogprobs()).extracting(t -> t.token()).contains("A", " A", "B", " B");
    }

    @Test
    void aJudgeWithoutAnswerSectionsIsUnsupported() {
        EvaluationRequested request = EvaluationRequested.of("r", "i", Variant.original(), 0, Purpose.JUDGE, null,
                TestRequests.builtin("judge-fair"), ModelInput.chat(null, "no sections"), Generation.greedy(10),
                new ScoringContext("pairwise", "GENERATE", null, null, null, null, null));
        assertThatThrownBy(() -> provider.answer(request)).isInstanceOf(UnsupportedModelException.class)
                .hasMessageContaining("[The Start of Assistant A's Answer]");
    }
}
