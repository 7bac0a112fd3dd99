package io.evalstream.item.run;

import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.Generation;
import io.evalstream.contracts.ModelInput;
import io.evalstream.contracts.Purpose;
import io.evalstream.contracts.RunPlanned;
import io.evalstream.contracts.ScoringContext;
import io.evalstream.contracts.Variant;
import io.evalstream.item.kind.ParsedItem;
import io.evalstream.item.prompt.Exemplar;
import io.evalstream.item.prompt.PromptAttribute;
import io.evalstream.item.prompt.ReadMode;
import io.evalstream.item.prompt.Templates;
import io.evalstream.item.problem.ProblemError;
import io.evalstream.item.problem.ProblemException;
import io.evalstream.item.problem.ProblemType;
import io.evalstream.item.variant.PermutationMode;
import io.evalstream.item.variant.VariantExpander;
import io.evalstream.item.variant.VariantOptions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Expands a run plan over its items into requests: item x variant x sample x model, in that nesting, so that
 * all requests of one item are adjacent (they share a partition key). Requests are produced lazily: a run of
 * millions of requests is streamed to the broker, never held in memory. Pure: the same plan and items give
 * the same requests with the same ids (invariant 1), which is what makes re-emission safe. Prompt and scoring
 * context are built once per variant and shared by its samples and models.
 *
 * <p>Variants (docs/architecture.md, "Variant plans"): the item's permutation variants under the run's
 * {@link VariantOptions}, each asked with every template of the plan (a non-zero-shot template prefixes the id:
 * {@code fs3/cyclic-1}, {@code cot/original}). A PriDe run asks all cyclic shifts of a seeded
 * {@link #calibrationSample} of the items and the default order ({@code cyclic-0}) of the others. Every random
 * choice (calibration sample, sampled permutations, few-shot exemplars, per-sample seeds) is seeded by the plan's
 * seed and the item id, so a replan yields the same requests.
 */
public final class RequestPlanner {
    private final RunPlan plan;
    private final List<ParsedItem<?>> items;
    private final VariantOptions options;
    private final Set<Integer> calibration;
    private Map<String, List<Integer>> exemplarPools;

    public RequestPlanner(RunPlan plan, List<ParsedItem<?>> items) {
        this.plan = plan;
        this.items = List.copyOf(items);
        this.options = plan.variantOptions();
        this.calibration = options.prideShare() == null || this.items.isEmpty() ? Set.of()
                : calibrationSample(this.items.size(), options.prideShare(), options.seed());
    }

    /**
     * The PriDe calibration sample: max(1, round(share x items)) distinct item indices drawn without replacement by a
     * shuffle seeded with {@code seed} ({@link Random}, stable across JVMs).
     */
    public static Set<Integer> calibrationSample(int itemCount, double share, long seed) {
        int size = (int) Math.min(itemCount, Math.max(1, Math.round(share * itemCount)));
        List<Integer> indices = new ArrayList<>(itemCount);
        for (int i = 0; i < itemCount; i++) {
            indices.add(i);
        }
        Collections.shuffle(indices, new Random(seed));
        return Set.copyOf(indices.subList(0, size));
    }

    /** The indices of the PriDe calibration items (empty when the run is not debiased). */
    public Set<Integer> calibrationItems() {
        return calibration;
    }

    /**
     * The variants of item {@code index}: its permutation variants, each under every template. A choice that does
     * not apply to the item (gold_at:5 of four options, a template the kind lacks) is a 400 problem naming the
     * run request's field and the item.
     */
    public List<Variant> variantsOf(int index) {
        ParsedItem<?> item = items.get(index);
        List<Variant> base;
        try {
            if (options.prideShare() != null) {
                List<Variant> cyclic = item.variants(PermutationMode.CYCLIC);
                base = calibration.contains(index) ? cyclic : List.of(cyclic.get(0));
            } else {
                base = item.variants(options);
            }
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("permutations", "item '" + item.id() + "': " + e.getMessage());
        }
        List<Variant> variants = new ArrayList<>(base.size() * options.templates().size());
        for (String template : options.templates()) {
            String prefix = Templates.idPrefix(template, options.fewShot());
            for (Variant variant : base) {
                variants.add(variant.withTemplate(prefix + variant.id(), template));
            }
        }
        return variants;
    }

    /**
     * The few-shot exemplars of item {@code index}: {@code fewShot} other items of the same kind, drawn without
     * replacement with a seed of the plan's seed and the item id, in draw order.
     */
    public List<Exemplar> exemplarsOf(int index) {
        ParsedItem<?> item = items.get(index);
        List<Integer> pool = exemplarPools().getOrDefault(item.kind().name(), List.of());
        int others = pool.size() - (pool.contains(index) ? 1 : 0);
        if (others < options.fewShot()) {
            throw ProblemException.invalidField("fewShot", "item '" + item.id() + "' needs " + options.fewShot()
                    + " exemplars of kind '" + item.kind().name() + "' from the dataset's other items; there are "
                    + others);
        }
        SplittableRandom random = new SplittableRandom(VariantExpander.seed(options.seed(), "few-shot/" + item.id()));
        LinkedHashSet<Integer> chosen = new LinkedHashSet<>();
        while (chosen.size() < options.fewShot()) {
            int candidate = pool.get(random.nextInt(pool.size()));
            if (candidate != index) {
                chosen.add(candidate);
            }
        }
        List<Exemplar> exemplars = new ArrayList<>(chosen.size());
        for (int i : chosen) {
            ParsedItem<?> other = items.get(i);
            Exemplar e = other.exemplar().orElseThrow();
            exemplars.add(new Exemplar(other.id(), e.question(), e.answer()));
        }
        return exemplars;
    }

    private Map<String, List<Integer>> exemplarPools() {
        if (exemplarPools == null) {
            Map<String, List<Integer>> pools = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).exemplar().isPresent()) {
                    pools.computeIfAbsent(items.get(i).kind().name(), k -> new ArrayList<>()).add(i);
                }
            }
            exemplarPools = pools;
        }
        return exemplarPools;
    }

    /**
     * The generation of one sample: the variant's parameters, with the plan's temperature and a seed of its own
     * (plan seed x item x variant x sample) when the plan samples at a temperature.
     */
    private Generation sampleGeneration(Generation base, String itemId, Variant variant, int sample) {
        Double temperature = plan.variantPlan().temperature();
        if (temperature == null) {
            return base;
        }
        long seed = VariantExpander.seed(options.seed(), itemId + "\u0000" + variant.id() + "\u0000" + sample);
        return new Generation(temperature, base.topP(), base.maxTokens(), seed, base.stop(), base.logprobs(),
                base.topLogprobs(), base.n(), base.echo());
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

    /**
     * Checks at run creation that every item can be asked as planned: its variants exist and each template renders
     * (a kind without the template, too few few-shot exemplars), so a bad choice is a 400 now and not an emission
     * failure later.
     */
    public void check() {
        for (int i = 0; i < items.size(); i++) {
            List<Variant> variants = variantsOf(i);
            Set<String> seen = new java.util.HashSet<>();
            for (Variant variant : variants) {
                if (seen.add(variant.template())) {
                    List<Exemplar> exemplars = Templates.FEW_SHOT.equals(variant.template()) ? exemplarsOf(i)
                            : List.of();
                    prompt(items.get(i), variant, exemplars, plan.readMode());
                }
            }
        }
    }

    /** How many requests {@link #requests()} yields, computed without building them. */
    public long count() {
        long variants = 0;
        for (int i = 0; i < items.size(); i++) {
            variants += variantsOf(i).size();
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
                    variants = variantsOf(itemIndex);
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
                    List<Exemplar> exemplars = Templates.FEW_SHOT.equals(variant.template()) ? exemplarsOf(itemIndex)
                            : List.of();
                    input = prompt(item, variant, exemplars, plan.readMode());
                    scoring = PromptAttribute.attach(item.scoring(variant, plan.readMode()), input);
                    if (!exemplars.isEmpty()) {
                        scoring = withExemplars(scoring, exemplars);
                    }
                    generation = plan.generation(item.generation(plan.readMode(), variant.template()));
                }
                EvaluationRequested request = EvaluationRequested.of(plan.runId(), item.id(), variant, sample,
                        Purpose.ANSWER, List.of(), plan.models().get(modelIndex), input,
                        sampleGeneration(generation, item.id(), variant, sample), scoring);
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

    /**
     * A zero-shot variant is asked the kind's read-mode-specific way (judge kinds word their prompt for the read
     * mode); a few-shot or chain-of-thought variant through the kind's template with its exemplars.
     */
    private static io.evalstream.contracts.ModelInput prompt(ParsedItem<?> item, Variant variant,
            List<Exemplar> exemplars, ReadMode readMode) {
        try {
            String template = variant.template();
            if (template == null || Templates.ZERO_SHOT.equals(template)) {
                return item.prompt(variant, readMode);
            }
            return item.prompt(variant, exemplars);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("templates", "item '" + item.id() + "': " + e.getMessage());
        }
    }

    /** The exemplar item ids (attribute {@code exemplars}, comma-separated), so a few-shot score maps to its prompt. */
    static ScoringContext withExemplars(ScoringContext scoring, List<Exemplar> exemplars) {
        Map<String, String> attributes = new HashMap<>(scoring.attributes());
        attributes.put("exemplars", String.join(",", exemplars.stream().map(Exemplar::itemId).toList()));
        return new ScoringContext(scoring.kind(), scoring.readMode(), scoring.reference(), scoring.labels(),
                scoring.goldIndex(), scoring.slices(), attributes);
    }
}
