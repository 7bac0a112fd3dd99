package io.evalstream.item.run;

import io.evalstream.contracts.ArenaPlan;
import io.evalstream.contracts.ModelRef;
import io.evalstream.contracts.VariantPlan;
import io.evalstream.item.arena.ArenaPlanner;
import io.evalstream.item.config.ItemConfig;
import io.evalstream.item.dataset.Dataset;
import io.evalstream.item.model.Model;
import io.evalstream.item.model.ModelCapability;
import io.evalstream.item.problem.ProblemError;
import io.evalstream.item.problem.ProblemException;
import io.evalstream.item.problem.ProblemType;
import io.evalstream.item.prompt.ReadMode;
import io.evalstream.item.variant.PermutationMode;
import io.evalstream.item.variant.Permutations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a run request against the catalogue (the dataset version and every model must exist) and applies
 * the defaults, collecting every problem with the field it concerns ({@code models[1]}) before anything is
 * stored or emitted.
 */
@ApplicationScoped
public class RunRequestValidator {
    static final int DEFAULT_SAMPLES = 1;
    static final int MAX_N = 16;

    private final ItemConfig config;

    public RunRequestValidator(ItemConfig config) {
        this.config = config;
    }

    /** The plan the request describes, or a 400 problem listing every invalid field. */
    @Transactional
    public RunPlan validate(RunRequest request, String runId) {
        if (request == null) {
            throw new ProblemException(ProblemType.MALFORMED_BODY, "a JSON body is required");
        }
        List<ProblemError> errors = new ArrayList<>();
        Optional<Dataset> dataset = dataset(request, errors);
        List<ModelRef> models = models(request.models(), errors);
        Permutations permutations = permutations(request.permutations(), errors);
        ReadMode readMode = choice("readMode", request.readMode(), ReadMode.class, ReadMode.GENERATE, errors);
        VariantChoices variants = VariantChoices.check(request, permutations, readMode, errors);
        int samples = request.samples() == null ? DEFAULT_SAMPLES : request.samples();
        if (samples < 1 || samples > config.runs().maxSamples()) {
            errors.add(ProblemError.field("samples", "must be between 1 and " + config.runs().maxSamples()));
        }
        int n = request.n() == null ? 1 : request.n();
        if (n < 1 || n > MAX_N) {
            errors.add(ProblemError.field("n", "must be between 1 and " + MAX_N));
        }
        if (readMode == ReadMode.LIKELIHOOD && samples != 1) {
            errors.add(ProblemError.field("samples", "must be 1 with readMode LIKELIHOOD: a log-likelihood is "
                    + "deterministic, so further samples would repeat it"));
        }
        if (readMode == ReadMode.LIKELIHOOD && n != 1) {
            errors.add(ProblemError.field("n", "must be 1 with readMode LIKELIHOOD: a log-likelihood is deterministic"));
        }
        capabilities(request.models(), models, readMode, n, errors);
        List<String> scorers = request.scorers() == null ? List.of() : request.scorers();
        for (int i = 0; i < scorers.size(); i++) {
            if (scorers.get(i) == null || scorers.get(i).isBlank()) {
                errors.add(ProblemError.field("scorers[" + i + "]", "must be a non-blank scorer name"));
            }
        }
        ArenaPlan arena = null;
        if (request.arena() != null) {
            if (permutations.mode() != PermutationMode.NONE || samples != 1) {
                errors.add(ProblemError.field("arena", "an arena run has one answer per prompt and contestant: "
                        + "permutations must be NONE and samples 1"));
            }
            arena = ArenaPlanner.plan(request.arena(), models, RunRequestValidator::registered, errors);
        }
        if (!errors.isEmpty()) {
            ProblemError first = errors.get(0);
            throw new ProblemException(ProblemType.VALIDATION, first.field() + ": " + first.message()
                    + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""), errors);
        }
        Dataset found = dataset.orElseThrow();
        VariantPlan variantPlan = variants.plan(permutations, samples, readMode);
        return new RunPlan(runId, found.name, found.version, found.id, models, variantPlan, scorers,
                request.cache(), n > 1 ? n : null, arena);
    }

    /**
     * Refuses a model that lacks what the run needs (LABEL_PROBS needs label_probs, LIKELIHOOD needs
     * prompt_likelihood, {@code n > 1} needs n_multiple), naming the model, its provider and the capability, so that
     * the run fails now and not item by item.
     */
    private static void capabilities(List<String> ids, List<ModelRef> models, ReadMode readMode, int n,
            List<ProblemError> errors) {
        for (ModelRef ref : models) {
            Model model = Model.findById(ref.id());
            java.util.Set<ModelCapability> has = model.capabilitySet();
            String field = "models[" + ids.indexOf(ref.id()) + "]";
            if (readMode == ReadMode.LABEL_PROBS && !has.contains(ModelCapability.LABEL_PROBS)) {
                errors.add(ProblemError.field(field, missing(model, ModelCapability.LABEL_PROBS, "readMode LABEL_PROBS")));
            }
            if (readMode == ReadMode.LIKELIHOOD && !has.contains(ModelCapability.PROMPT_LIKELIHOOD)) {
                errors.add(ProblemError.field(field, missing(model, ModelCapability.PROMPT_LIKELIHOOD,
                        "readMode LIKELIHOOD (log-likelihoods of the prompt's tokens: completions with echo + logprobs);"
                                + " not supported by this provider")));
            }
            if (n > 1 && !has.contains(ModelCapability.N_MULTIPLE)) {
                errors.add(ProblemError.field(field, missing(model, ModelCapability.N_MULTIPLE, "n = " + n)));
            }
        }
    }

    private static String missing(Model model, ModelCapability capability, String neededBy) {
        return "model '" + model.id + "' (provider " + model.provider + ") lacks capability '" + capability.wireName()
                + "' needed by " + neededBy + "; it declares " + model.capabilitySet().stream()
                        .map(ModelCapability::wireName).toList()
                + (model.capabilities == null ? " (its provider's defaults)" : "");
    }

    private static ModelRef registered(String id) {
        return Model.<Model>findByIdOptional(id).map(Model::ref).orElse(null);
    }

    private static Optional<Dataset> dataset(RunRequest request, List<ProblemError> errors) {
        if (request.suite() == null || request.suite().isBlank()) {
            errors.add(ProblemError.field("suite", "is required: the name of an imported dataset"));
            return Optional.empty();
        }
        Optional<Dataset> latest = Dataset.latest(request.suite());
        if (latest.isEmpty()) {
            errors.add(ProblemError.field("suite", "no dataset named '" + request.suite() + "'"));
            return Optional.empty();
        }
        if (request.version() == null) {
            return latest;
        }
        Optional<Dataset> version = Dataset.version(request.suite(), request.version());
        if (version.isEmpty()) {
            errors.add(ProblemError.field("version", "dataset '" + request.suite() + "' has no version "
                    + request.version() + " (versions 1 to " + latest.get().version + ")"));
        }
        return version;
    }

    private static List<ModelRef> models(List<String> ids, List<ProblemError> errors) {
        if (ids == null || ids.isEmpty()) {
            errors.add(ProblemError.field("models", "at least one model id is required"));
            return List.of();
        }
        List<ModelRef> refs = new ArrayList<>(ids.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String field = "models[" + i + "]";
            String id = ids.get(i);
            if (id == null || id.isBlank()) {
                errors.add(ProblemError.field(field, "must be a model id"));
            } else if (!seen.add(id)) {
                errors.add(ProblemError.field(field, "model '" + id + "' is listed twice"));
            } else {
                Optional<Model> model = Model.findByIdOptional(id);
                if (model.isEmpty()) {
                    errors.add(ProblemError.field(field, "unknown model '" + id
                            + "'; see GET /api/models or register it with POST /api/models"));
                } else {
                    refs.add(model.get().ref());
                }
            }
        }
        return refs;
    }

    private static Permutations permutations(String value, List<ProblemError> errors) {
        if (value == null) {
            return Permutations.NONE;
        }
        try {
            return Permutations.parse(value);
        } catch (IllegalArgumentException e) {
            errors.add(ProblemError.field("permutations", e.getMessage()));
            return Permutations.NONE;
        }
    }

    private static <E extends Enum<E>> E choice(String field, String value, Class<E> type, E fallback,
            List<ProblemError> errors) {
        if (value == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(ProblemError.field(field, "must be one of " + Arrays.toString(type.getEnumConstants())));
            return fallback;
        }
    }
}
