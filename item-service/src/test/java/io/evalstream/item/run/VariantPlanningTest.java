package io.evalstream.item.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.ModelRef;
import io.evalstream.contracts.VariantPlan;
import io.evalstream.item.importer.JsonlParser;
import io.evalstream.item.kind.ItemKinds;
import io.evalstream.item.kind.ParsedItem;
import io.evalstream.item.problem.ProblemException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The variant plans of issue 4 on small suites worked by hand: PriDe's calibration sample and cost, FULL, SAMPLED and
 * gold_at:j permutations, the few-shot and chain-of-thought templates, and repeated samples with their own seeds.
 * Strategy: plan, then check every request's variant, prompt and scoring context against the item's content.
 */
class VariantPlanningTest {
    private static final List<ModelRef> MODEL = List.of(new ModelRef("builtin:oracle", "builtin", "builtin:oracle",
            "oracle"));

    private static List<ParsedItem<?>> choiceItems(int count) {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < count; i++) {
            jsonl.append("{\"kind\":\"multiple_choice\",\"id\":\"q").append(i).append("\",\"question\":\"Q").append(i)
                    .append("?\",\"choices\":[\"a").append(i).append("\",\"b").append(i).append("\",\"c").append(i)
                    .append("\",\"d").append(i).append("\"],\"answer\":").append(i % 4).append("}\n");
        }
        return new JsonlParser(ItemKinds.builtIn(), 1000, 1000).parse(jsonl.toString());
    }

    private static RunPlan plan(VariantPlan variants) {
        return new RunPlan("run-0123456789ab", "suite", 1, 1L, MODEL, variants, List.of());
    }

    private static VariantPlan options(String permutations, int samples, String readMode, Long seed, String debias,
            Double share, Integer permutationSamples, List<String> templates, Integer fewShot, Double temperature) {
        return new VariantPlan(permutations, samples, readMode, templates == null ? "zero-shot" : templates.get(0), seed,
                debias, share, permutationSamples, templates, fewShot, temperature);
    }

    private static List<EvaluationRequested> all(RequestPlanner planner) {
        List<EvaluationRequested> out = new ArrayList<>();
        Iterator<EvaluationRequested> it = planner.requests();
        it.forEachRemaining(out::add);
        return out;
    }

    @Test
    void prideAsksEveryCyclicShiftOfAFivePercentSampleAndTheDefaultOrderOfTheRest() {
        VariantPlan pride = options("NONE", 1, "LABEL_PROBS", 11L, "pride", 0.05, null, null, null, null);
        RequestPlanner planner = new RequestPlanner(plan(pride), choiceItems(100));

        assertThat(planner.calibrationItems()).hasSize(5);
        assertThat(planner.count()).isEqualTo(5 * 4 + 95);
        List<EvaluationRequested> requests = all(planner);
        for (int i = 0; i < 100; i++) {
            String id = "q" + i;
            List<String> variants = requests.stream().filter(r -> r.itemId().equals(id)).map(r -> r.variant().id())
                    .toList();
            assertThat(variants).isEqualTo(planner.calibrationItems().contains(i)
                    ? List.of("cyclic-0", "cyclic-1", "cyclic-2", "cyclic-3") : List.of("cyclic-0"));
        }
        assertThat(new RequestPlanner(plan(pride), choiceItems(100)).calibrationItems())
                .as("seeded: a replan asks the same items").isEqualTo(planner.calibrationItems());
        VariantPlan otherSeed = options("NONE", 1, "LABEL_PROBS", 12L, "pride", 0.05, null, null, null, null);
        assertThat(new RequestPlanner(plan(otherSeed), choiceItems(100)).calibrationItems())
                .isNotEqualTo(planner.calibrationItems());
    }

    @Test
    void goldAtMovesTheGoldAndKeepsTheOthersInOrder() {
        List<EvaluationRequested> requests = all(new RequestPlanner(plan(options("GOLD_AT:3", 1, "GENERATE", null, null,
                null, null, null, null, null)), choiceItems(4)));

        assertThat(requests).hasSize(4).allSatisfy(r -> assertThat(r.scoring().reference()).isEqualTo("D"));
        // q1: gold b1 (index 1) moved to D, a1 c1 d1 keep their order
        EvaluationRequested q1 = requests.get(1);
        assertThat(q1.variant().id()).isEqualTo("gold_at-3");
        assertThat(q1.variant().permutation()).containsExactly(0, 2, 3, 1);
        assertThat(q1.scoring().attributes().get("prompt")).contains("A. a1\nB. c1\nC. d1\nD. b1");
    }

    @Test
    void goldAtBeyondTheOptionsIsRefusedNamingTheField() {
        RequestPlanner planner = new RequestPlanner(plan(options("GOLD_AT:4", 1, "GENERATE", null, null, null, null,
                null, null, null)), choiceItems(1));
        assertThatThrownBy(planner::check).isInstanceOf(ProblemException.class)
                .hasMessageContaining("permutations").hasMessageContaining("q0");
    }

    @Test
    void fullAndSampledPermutations() {
        List<EvaluationRequested> full = all(new RequestPlanner(plan(options("FULL", 1, "GENERATE", null, null, null,
                null, null, null, null)), choiceItems(1)));
        assertThat(full).hasSize(24);
        assertThat(full.stream().map(r -> r.variant().permutation()).distinct()).hasSize(24);
        assertThat(full.get(0).variant().id()).isEqualTo("perm-0.1.2.3");

        VariantPlan sampled = options("SAMPLED", 1, "GENERATE", 5L, null, null, 6, null, null, null);
        List<EvaluationRequested> first = all(new RequestPlanner(plan(sampled), choiceItems(2)));
        List<EvaluationRequested> again = all(new RequestPlanner(plan(sampled), choiceItems(2)));
        assertThat(first).hasSize(12);
        assertThat(first.stream().filter(r -> r.itemId().equals("q0")).map(r -> r.variant().id()).distinct()).hasSize(6);
        assertThat(again).extracting(EvaluationRequested::requestId)
                .containsExactlyElementsOf(first.stream().map(EvaluationRequested::requestId).toList());
    }

    @Test
    void fewShotShowsSeededExemplarsOfOtherItemsAndRecordsThem() {
        VariantPlan fewShot = options("NONE", 1, "GENERATE", 3L, null, null, null, List.of("zero-shot", "few-shot"), 2,
                null);
        List<EvaluationRequested> requests = all(new RequestPlanner(plan(fewShot), choiceItems(6)));

        assertThat(requests).hasSize(12);
        EvaluationRequested shot = requests.stream().filter(r -> r.itemId().equals("q0")
                && "few-shot".equals(r.variant().template())).findFirst().orElseThrow();
        assertThat(shot.variant().id()).isEqualTo("fs2/original");
        assertThat(shot.input().messages()).hasSize(5);
        assertThat(shot.input().messages()).extracting(m -> m.role())
                .containsExactly("user", "assistant", "user", "assistant", "user");
        String[] exemplars = shot.scoring().attributes().get("exemplars").split(",");
        assertThat(exemplars).hasSize(2).doesNotContain("q0").doesNotHaveDuplicates();
        int exemplar = Integer.parseInt(exemplars[0].substring(1));
        assertThat(shot.input().messages().get(0).content()).contains("Q" + exemplar + "?");
        assertThat(shot.input().messages().get(1).content()).isEqualTo(String.valueOf((char) ('A' + exemplar % 4)));
        EvaluationRequested zero = requests.stream().filter(r -> r.itemId().equals("q0")
                && "zero-shot".equals(r.variant().template())).findFirst().orElseThrow();
        assertThat(zero.variant().id()).isEqualTo("original");
        assertThat(zero.input().messages()).hasSize(1);
    }

    @Test
    void fewShotNeedsEnoughOtherItems() {
        VariantPlan fewShot = options("NONE", 1, "GENERATE", 3L, null, null, null, List.of("few-shot"), 3, null);
        assertThatThrownBy(new RequestPlanner(plan(fewShot), choiceItems(3))::check)
                .isInstanceOf(ProblemException.class).hasMessageContaining("fewShot");
    }

    @Test
    void chainOfThoughtAsksForReasoningWithARoomierBudget() {
        VariantPlan cot = options("NONE", 1, "GENERATE", null, null, null, null, List.of("chain-of-thought"), null,
                null);
        EvaluationRequested request = all(new RequestPlanner(plan(cot), choiceItems(1))).get(0);
        assertThat(request.variant().id()).isEqualTo("cot/original");
        assertThat(request.variant().template()).isEqualTo("chain-of-thought");
        assertThat(request.generation().maxTokens()).isEqualTo(512);
        assertThat(request.input().messages().get(0).content()).contains("Think step by step")
                .contains("Answer: X");
    }

    @Test
    void repeatedSamplesAtATemperatureEachHaveTheirOwnSeed() {
        VariantPlan samples = options("NONE", 4, "GENERATE", 9L, null, null, null, null, null, 0.7);
        List<EvaluationRequested> requests = all(new RequestPlanner(plan(samples), choiceItems(2)));
        assertThat(requests).hasSize(8);
        assertThat(requests).allSatisfy(r -> assertThat(r.generation().temperature()).isEqualTo(0.7));
        Set<Long> seeds = new HashSet<>();
        requests.forEach(r -> seeds.add(r.generation().seed()));
        assertThat(seeds).hasSize(8);
        assertThat(requests.subList(0, 4)).extracting(EvaluationRequested::sample).containsExactly(0, 1, 2, 3);
        List<EvaluationRequested> again = all(new RequestPlanner(plan(samples), choiceItems(2)));
        assertThat(again).extracting(r -> r.generation().seed())
                .containsExactlyElementsOf(requests.stream().map(r -> r.generation().seed()).toList());
    }
}
