package io.evalstream.item.run;

import io.evalstream.contracts.ArenaPlan;
import io.evalstream.contracts.ModelRef;
import io.evalstream.contracts.VariantPlan;
import io.evalstream.item.prompt.ReadMode;
import io.evalstream.item.variant.PermutationMode;
import io.evalstream.item.variant.Permutations;
import io.evalstream.item.variant.VariantOptions;

import java.util.List;
import java.util.Objects;

/**
 * Everything that determines a run's requests, stored with the run so that it can be re-planned later into
 * the same requests with the same ids: the dataset version (immutable), the model references as they were
 * when the run was created, the variant plan, and for an arena run its {@link ArenaPlan} (null otherwise).
 */
public record RunPlan(String runId, String suite, int suiteVersion, long datasetId, List<ModelRef> models,
        VariantPlan variantPlan, List<String> scorers, Boolean cache, Integer n, ArenaPlan arena) {
    public RunPlan {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(suite, "suite");
        models = List.copyOf(models);
        Objects.requireNonNull(variantPlan, "variantPlan");
        scorers = scorers == null ? List.of() : List.copyOf(scorers);
    }

    /**
     * An ordinary run using the cache, one choice per call (also how plans stored before these fields read back).
     */
    public RunPlan(String runId, String suite, int suiteVersion, long datasetId, List<ModelRef> models,
            VariantPlan variantPlan, List<String> scorers) {
        this(runId, suite, suiteVersion, datasetId, models, variantPlan, scorers, null, null, null);
    }

    /** An ordinary run (no arena) with its cache choice and {@code n}. */
    public RunPlan(String runId, String suite, int suiteVersion, long datasetId, List<ModelRef> models,
            VariantPlan variantPlan, List<String> scorers, Boolean cache, Integer n) {
        this(runId, suite, suiteVersion, datasetId, models, variantPlan, scorers, cache, n, null);
    }

    /** An arena run (cache on, one choice per call). */
    public RunPlan(String runId, String suite, int suiteVersion, long datasetId, List<ModelRef> models,
            VariantPlan variantPlan, List<String> scorers, ArenaPlan arena) {
        this(runId, suite, suiteVersion, datasetId, models, variantPlan, scorers, null, null, arena);
    }

    public PermutationMode permutationMode() {
        return permutations().mode();
    }

    /** The stored permutation choice ({@code GOLD_AT:j} included). */
    public Permutations permutations() {
        return Permutations.parse(variantPlan.permutations());
    }

    /** Everything that decides the variants of an item, with the defaults of plans stored before these options. */
    public VariantOptions variantOptions() {
        VariantPlan v = variantPlan;
        return new VariantOptions(permutations(),
                v.permutationSamples() == null ? VariantOptions.DEFAULT_PERMUTATION_SAMPLES : v.permutationSamples(),
                v.seed() == null ? VariantOptions.DEFAULT_SEED : v.seed(), v.templates(),
                v.fewShot() == null ? VariantOptions.DEFAULT_FEW_SHOT : v.fewShot(),
                PRIDE.equals(v.debias()) ? v.calibrationShare() : null);
    }

    /** The {@code debias} value of a PriDe run. */
    public static final String PRIDE = "pride";

    public ReadMode readMode() {
        return ReadMode.valueOf(variantPlan.readMode());
    }

    /** The generation parameters of the run's requests: the read mode's, with {@code n} when above 1. */
    public io.evalstream.contracts.Generation generation() {
        return generation(readMode().generation());
    }

    /** {@code base} (an item kind's parameters for the read mode) with the run's {@code n} when above 1. */
    public io.evalstream.contracts.Generation generation(io.evalstream.contracts.Generation base) {
        return n != null && n > 1 ? base.withN(n) : base;
    }

    public List<String> modelIds() {
        return models.stream().map(ModelRef::id).toList();
    }
}
