package io.evalstream.item.arena;

import io.evalstream.contracts.ArenaPlan;
import io.evalstream.contracts.ModelRef;
import io.evalstream.item.problem.ProblemError;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns an {@link ArenaRequest} into the {@link ArenaPlan} carried by {@code RunPlanned}, collecting every problem
 * with its field ({@code arena.pairing}, {@code arena.judges[1]}). The number of pairs per prompt is fixed here,
 * because item-service counts the judge requests into the run's expected total; scoring-service decides which
 * pairs a sampled schedule holds (seeded, per prompt), which item-service never needs to know.
 */
public final class ArenaPlanner {
    public static final String DEFAULT_TEMPLATE = "pairwise-v1";
    public static final String REFERENCE_TEMPLATE = "pairwise-ref-v1";
    public static final String SINGLE_TEMPLATE = ArenaPlan.SINGLE_RATING_TEMPLATE;
    static final Set<String> TEMPLATES = Set.of(DEFAULT_TEMPLATE, REFERENCE_TEMPLATE, SINGLE_TEMPLATE);
    static final Set<String> READ_MODES = Set.of("GENERATE", "LABEL_PROBS");

    private ArenaPlanner() {
    }

    /**
     * @param contestants the run's validated models, in order
     * @param judges      resolves a judge id to its registered model, or null when unknown
     * @param errors      where problems are collected; the result is null when any was added
     */
    public static ArenaPlan plan(ArenaRequest request, List<ModelRef> contestants, Function<String, ModelRef> judges,
            List<ProblemError> errors) {
        int before = errors.size();
        List<String> ids = contestants.stream().map(ModelRef::id).toList();
        if (ids.size() < 2) {
            errors.add(ProblemError.field("models", "an arena needs at least two contestants"));
        }
        List<ModelRef> judgeRefs = judges(request.judges(), judges, errors);
        String pairing = request.pairing() == null ? "all" : request.pairing().strip();
        String mode;
        String baseline = null;
        int pairs = 0;
        int n = ids.size();
        int allPairs = n * (n - 1) / 2;
        String lower = pairing.toLowerCase(Locale.ROOT);
        if (lower.equals("all")) {
            mode = ArenaPlan.ALL;
            pairs = allPairs;
        } else if (lower.startsWith("baseline:")) {
            mode = ArenaPlan.BASELINE;
            baseline = pairing.substring("baseline:".length()).strip();
            if (!ids.contains(baseline)) {
                errors.add(ProblemError.field("arena.pairing", "baseline '" + baseline
                        + "' is not one of the run's models " + ids));
            }
            pairs = n - 1;
        } else if (lower.startsWith("sampled:")) {
            mode = ArenaPlan.SAMPLED;
            try {
                pairs = Integer.parseInt(pairing.substring("sampled:".length()).strip());
                if (pairs < 1 || pairs > allPairs) {
                    errors.add(ProblemError.field("arena.pairing", "sampled pairs per prompt must be between 1 and "
                            + allPairs + " (all pairs of " + n + " contestants)"));
                }
            } catch (NumberFormatException e) {
                errors.add(ProblemError.field("arena.pairing", "sampled:<pairs per prompt> needs a whole number"));
            }
        } else {
            mode = ArenaPlan.ALL;
            errors.add(ProblemError.field("arena.pairing", "must be all, baseline:<model> or sampled:<pairs per prompt>"));
        }
        String template = request.template() == null ? DEFAULT_TEMPLATE : request.template().strip();
        if (!TEMPLATES.contains(template)) {
            errors.add(ProblemError.field("arena.template", "must be one of " + TEMPLATES));
        }
        String readMode = request.judgeReadMode() == null ? "GENERATE"
                : request.judgeReadMode().strip().toUpperCase(Locale.ROOT);
        if (!READ_MODES.contains(readMode)) {
            errors.add(ProblemError.field("arena.judgeReadMode", "must be one of " + READ_MODES));
        }
        if (SINGLE_TEMPLATE.equals(template)) {
            // single ratings: every answer is rated on its own; there are no pairs to schedule
            if (!mode.equals(ArenaPlan.ALL) || (request.pairing() != null && !lower.equals("all"))) {
                errors.add(ProblemError.field("arena.pairing", "a single-rating arena (template " + SINGLE_TEMPLATE
                        + ") rates every answer; pairing must be all or left out"));
            }
            if (!readMode.equals("GENERATE")) {
                errors.add(ProblemError.field("arena.judgeReadMode", "a single-rating arena reads 'Rating: [[n]]' "
                        + "text: GENERATE only"));
            }
            pairs = 0;
        }
        Map<String, String> self = request.selfModels() == null ? Map.of() : request.selfModels();
        self.forEach((judge, model) -> {
            if (!ids.contains(model)) {
                errors.add(ProblemError.field("arena.selfModels." + judge, "'" + model
                        + "' is not one of the run's models"));
            }
        });
        Map<String, Double> reference = request.referenceScores() == null ? Map.of() : request.referenceScores();
        reference.forEach((model, score) -> {
            if (!ids.contains(model) || score == null || !Double.isFinite(score)) {
                errors.add(ProblemError.field("arena.referenceScores." + model,
                        "must name one of the run's models with a finite score"));
            }
        });
        if (errors.size() > before) {
            return null;
        }
        long seed = request.seed() == null ? 1L : request.seed();
        return new ArenaPlan(ids, judgeRefs, mode, baseline, pairs, seed, template, readMode, self, reference);
    }

    private static List<ModelRef> judges(List<String> ids, Function<String, ModelRef> lookup, List<ProblemError> errors) {
        if (ids == null || ids.isEmpty()) {
            errors.add(ProblemError.field("arena.judges", "at least one judge model id is required"));
            return List.of();
        }
        List<ModelRef> refs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String field = "arena.judges[" + i + "]";
            String id = ids.get(i);
            if (id == null || id.isBlank()) {
                errors.add(ProblemError.field(field, "must be a model id"));
            } else if (!seen.add(id)) {
                errors.add(ProblemError.field(field, "judge '" + id + "' is listed twice"));
            } else {
                ModelRef ref = lookup.apply(id);
                if (ref == null) {
                    errors.add(ProblemError.field(field, "unknown model '" + id
                            + "'; see GET /api/models or register it with POST /api/models"));
                } else {
                    refs.add(ref);
                }
            }
        }
        return refs;
    }
}
