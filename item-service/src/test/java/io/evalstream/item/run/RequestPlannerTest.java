package io.evalstream.item.run;

import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.Generation;
import io.evalstream.contracts.Keys;
import io.evalstream.contracts.ModelRef;
import io.evalstream.contracts.Purpose;
import io.evalstream.contracts.RequestIds;
import io.evalstream.contracts.RunPlanned;
import io.evalstream.contracts.VariantPlan;
import io.evalstream.item.importer.JsonlParser;
import io.evalstream.item.kind.ItemKinds;
import io.evalstream.item.kind.ParsedItem;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Strategy: plan a small run with every multiplier above one (variants, samples, models) and check the count,
 * the nesting, the identity of every request (invariant 1) and that planning the same run again gives the
 * same request ids.
 */
class RequestPlannerTest {
    private static final List<ParsedItem<?>> ITEMS = new JsonlParser(ItemKinds.builtIn(), 10, 10).parse("""
            {"kind":"multiple_choice","id":"q1","question":"Pick B","choices":["a","b","c","d"],"answer":1,"slices":["s1"]}
            {"kind":"true_false","id":"t1","statement":"Water is wet.","label":true}
            """);
    private static final List<ModelRef> MODELS = List.of(new ModelRef("builtin:oracle", "builtin", "builtin:oracle",
            "oracle"), new ModelRef("builtin:random", "builtin", "builtin:random", "random"));

    private static RunPlan plan(String permutations, int samples, String readMode) {
        return new RunPlan("run-0123456789ab", "suite", 3, 42L, MODELS,
                new VariantPlan(permutations, samples, readMode, "zero-shot"), List.of());
    }

    @Test
    void countIsItemsTimesVariantsTimesSamplesTimesModels() {
        RequestPlanner planner = new RequestPlanner(plan("CYCLIC", 2, "GENERATE"), ITEMS);

        assertThat(planner.count()).isEqualTo((4 + 1) * 2 * 2);
        assertThat(all(planner)).hasSize(20);
        assertThat(new RequestPlanner(plan("NONE", 1, "GENERATE"), ITEMS).count()).isEqualTo(2 * 2);
    }

    @Test
    void runPlannedAnnouncesTheExpectedCount() {
        RunPlanned planned = new RequestPlanner(plan("CYCLIC", 3, "LABEL_PROBS"), ITEMS).runPlanned();

        assertThat(planned.runId()).isEqualTo("run-0123456789ab");
        assertThat(planned.suite()).isEqualTo("suite");
        assertThat(planned.suiteVersion()).isEqualTo(3);
        assertThat(planned.models()).containsExactly("builtin:oracle", "builtin:random");
        assertThat(planned.expectedRequests()).isEqualTo((4 + 1) * 3 * 2);
        assertThat(planned.variantPlan()).isEqualTo(new VariantPlan("CYCLIC", 3, "LABEL_PROBS", "zero-shot"));
    }

    @Test
    void everyRequestIdIsDerivedFromItsIdentityFields() {
        List<EvaluationRequested> requests = all(new RequestPlanner(plan("CYCLIC", 2, "GENERATE"), ITEMS));

        assertThat(requests).extracting(EvaluationRequested::requestId).doesNotHaveDuplicates();
        for (EvaluationRequested r : requests) {
            assertThat(r.requestId()).isEqualTo(RequestIds.of(r.runId(), r.itemId(), r.variant().id(), r.sample(),
                    r.model().id(), r.purpose()));
            assertThat(r.purpose()).isEqualTo(Purpose.ANSWER);
            assertThat(r.key()).isEqualTo(Keys.itemKey("run-0123456789ab", r.itemId()));
        }
    }

    @Test
    void replanningTheSameRunGivesTheSameRequestIdsInTheSameOrder() {
        List<EvaluationRequested> first = all(new RequestPlanner(plan("CYCLIC", 2, "GENERATE"), ITEMS));
        List<EvaluationRequested> second = all(new RequestPlanner(plan("CYCLIC", 2, "GENERATE"), ITEMS));

        assertThat(second).extracting(EvaluationRequested::requestId)
                .containsExactlyElementsOf(first.stream().map(EvaluationRequested::requestId).toList());
        assertThat(second.get(0).id()).as("event ids are per emission").isNotEqualTo(first.get(0).id());
    }

    @Test
    void requestsOfOneItemAreAdjacentAndNestedVariantSampleModel() {
        List<EvaluationRequested> requests = all(new RequestPlanner(plan("CYCLIC", 2, "GENERATE"), ITEMS));

        assertThat(requests.subList(0, 16)).allSatisfy(r -> assertThat(r.itemId()).isEqualTo("q1"));
        assertThat(requests.subList(16, 20)).allSatisfy(r -> assertThat(r.itemId()).isEqualTo("t1"));
        assertThat(requests.subList(0, 4)).extracting(r -> r.variant().id() + "/" + r.sample() + "/" + r.model().id())
                .containsExactly("cyclic-0/0/builtin:oracle", "cyclic-0/0/builtin:random",
                        "cyclic-0/1/builtin:oracle", "cyclic-0/1/builtin:random");
    }

    @Test
    void readModeChoosesTheGeneration() {
        EvaluationRequested generate = all(new RequestPlanner(plan("NONE", 1, "GENERATE"), ITEMS)).get(0);
        EvaluationRequested probs = all(new RequestPlanner(plan("NONE", 1, "LABEL_PROBS"), ITEMS)).get(0);

        assertThat(generate.generation()).isEqualTo(Generation.greedy(16));
        assertThat(generate.scoring().readMode()).isEqualTo("GENERATE");
        assertThat(probs.generation()).isEqualTo(Generation.labelProbabilities(20));
        assertThat(probs.scoring().readMode()).isEqualTo("LABEL_PROBS");
    }

    @Test
    void scoringContextFollowsThePermutation() {
        List<EvaluationRequested> requests = all(new RequestPlanner(plan("CYCLIC", 1, "GENERATE"), ITEMS));

        assertThat(requests.stream().filter(r -> r.itemId().equals("q1") && r.model().id().equals("builtin:oracle"))
                .map(r -> r.variant().id() + "=" + r.scoring().reference()))
                .containsExactly("cyclic-0=B", "cyclic-1=A", "cyclic-2=D", "cyclic-3=C");
        assertThat(requests.get(0).scoring().slices()).containsExactly("s1");
        assertThat(requests.get(0).scoring().goldIndex()).isEqualTo(1);
    }

    @Test
    void scoringContextCarriesTheRenderedPromptOfItsVariant() {
        List<EvaluationRequested> requests = all(new RequestPlanner(plan("CYCLIC", 1, "GENERATE"), ITEMS));

        EvaluationRequested shifted = requests.stream().filter(r -> r.variant().id().equals("cyclic-1")).findFirst()
                .orElseThrow();
        String prompt = shifted.scoring().attributes().get("prompt");
        assertThat(prompt).contains("Pick B").isEqualTo(shifted.input().messages().get(0).content().strip());
        assertThat(prompt.indexOf("A. b")).as("cyclic-1 shows original option b first").isGreaterThan(0);
    }

    @Test
    void storedPlanRoundTrips() {
        RunPlan plan = plan("CYCLIC", 2, "LABEL_PROBS");

        assertThat(RunStore.read(RunStore.write(plan))).isEqualTo(plan);
    }

    @Test
    void runIdsHaveTheDocumentedShape() {
        assertThat(RunIds.next()).matches("run-[0-9a-f]{12}");
        assertThat(RunIds.next()).isNotEqualTo(RunIds.next());
    }

    private static List<EvaluationRequested> all(RequestPlanner planner) {
        List<EvaluationRequested> requests = new ArrayList<>();
        for (Iterator<EvaluationRequested> it = planner.requests(); it.hasNext();) {
            requests.add(it.next());
        }
        return requests;
    }
}
