package io.evalstream.item.run;

import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.Generation;
import io.evalstream.contracts.ModelInput;
import io.evalstream.contracts.Purpose;
import io.evalstream.contracts.RunPlanned;
import io.evalstream.contracts.ScoringContext;
import io.evalstream.contracts.Variant;
import io.evalstream.item.kind.ParsedItem;
import io.evalstream.item.prompt.PromptAttribute;
import io.evalstream.item.problem.ProblemError;
import io.evalstream.item.problem.ProblemException;
import io.evalstream.item.problem.ProblemType;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Expands a run plan over its items into requests: item x variant x sample x model, in that nesting, so that
 * all requests of one item are adjacent (they share a partition key). Requests are produced lazily: a run of
 * millions of requests is streamed to the broker, never held in memory. Pure: the same plan and items give
 * the same requests with the same ids (invariant 1), which is what makes re-emission safe. Prompt and scoring
 * context are built once per variant and shared by its samples and models.
 */
public final class RequestPlanner {
    private final RunPlan plan;
    private final List<ParsedItem<?>> items;

    public RequestPlanner(RunPlan plan, List<ParsedItem<?>> items) {
        this.plan = plan;
        this.items = List.copyOf(items);
    }

    /** A 400 problem naming the first item whose kind is not {@code kind}. */
    public void requireKind(String kind, String message) {
        for (ParsedItem<?> item : items) {
            if (!item.kind().name().equals(kind)) {
                throw new ProblemException(ProblemType.VALIDATION, message + "; item '" + item.id() + "' is '"
                        + item.kind().name() + "'", List.of(ProblemError.field("suite", message)));
            }
        }
    }

    /**
     * A 400 problem (field {@code readMode}) naming the first item whose kind cannot be read under the run's read
     * mode, e.g. a {@code multiple_choice} item in a LIKELIHOOD run or a {@code continuation_pair} item in a
     * GENERATE run: such a run would otherwise be planned and then fail item by item at scoring.
     */
    public void requireReadable() {
        for (ParsedItem<?> item : items) {
            if (!item.kind().reads(plan.readMode())) {
                String message = "items of kind '" + item.kind().name() + "' cannot be read with readMode "
                        + plan.readMode() + " (item '" + item.id() + "')";
                throw new ProblemException(ProblemType.VALIDATION, message,
                        List.of(ProblemError.field("readMode", message)));
            }
        }
    }

    /** How many requests {@link #requests()} yields, computed without building them. */
    public long count() {
        long variants = 0;
        for (ParsedItem<?> item : items) {
            variants += item.variants(plan.permutationMode()).size();
        }
        long answers = variants * plan.variantPlan().samples() * plan.models().size();
        return answers + judgeRequests();
    }

    /**
     * The judge requests scoring-service will send for an arena run (every scheduled pair of every prompt, both
     * orders, every judge): part of the run's expected count, so the run completes with its last verdict.
     */
    public long judgeRequests() {
        return plan.arena() == null ? 0 : items.size() * plan.arena().judgeRequestsPerPrompt();
    }

    /** The run's announcement, with the expected request count scoring-service uses to tell completion. */
    public RunPlanned runPlanned() {
        return RunPlanned.of(plan.runId(), plan.suite(), plan.suiteVersion(), plan.modelIds(), plan.variantPlan(),
                count(), plan.scorers(), plan.arena());
    }

    /** The requests, built one at a time as the iterator advances. */
    public Iterator<EvaluationRequested> requests() {
        return new Iterator<>() {
            private int itemIndex = -1;
            private ParsedItem<?> item;
            private List<Variant> variants = List.of();
            private int variantIndex;
            private int sample;
            private int modelIndex;
            private ModelInput input;
            private ScoringContext scoring;
            private Generation generation;

            @Override
            public boolean hasNext() {
                while (variantIndex >= variants.size()) {
                    if (itemIndex + 1 >= items.size()) {
                        return false;
                    }
                    item = items.get(++itemIndex);
                    variants = item.variants(plan.permutationMode());
                    variantIndex = 0;
                    input = null;
                    sample = 0;
                    modelIndex = 0;
                }
                return !plan.models().isEmpty();
            }

            @Override
            public EvaluationRequested next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Variant variant = variants.get(variantIndex);
                if (input == null) {
                    input = item.prompt(variant, plan.readMode());
                    scoring = PromptAttribute.attach(item.scoring(variant, plan.readMode()), input);
                    generation = plan.generation(item.generation(plan.readMode()));
                }
                EvaluationRequested request = EvaluationRequested.of(plan.runId(), item.id(), variant, sample,
                        Purpose.ANSWER, List.of(), plan.models().get(modelIndex), input, generation, scoring);
                if (plan.cache() != null) {
                    request = request.withCache(plan.cache());
                }
                advance();
                return request;
            }

            private void advance() {
                if (++modelIndex < plan.models().size()) {
                    return;
                }
                modelIndex = 0;
                if (++sample < plan.variantPlan().samples()) {
                    return;
                }
                sample = 0;
                variantIndex++;
                input = null;
            }
        };
    }
}
