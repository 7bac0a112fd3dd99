package io.evalstream.item.run;

import io.evalstream.contracts.ArenaPlan;
import io.evalstream.contracts.ModelRef;
import io.evalstream.contracts.VariantPlan;
import io.evalstream.item.prompt.ReadMode;
import io.evalstream.item.variant.PermutationMode;

import java.util.List;
import java.util.Objects;

/**
 * Everything that determines a run's requests, stored with the run so that it can be re-planned later into
 * the same requests with the same ids: the dataset version (immutable), the model references as they were
 * when the run was created, the variant plan, and for an arena run its {@link ArenaPlan} (null otherwise).
 */
public record RunPlan(String runId, String suite, int suiteVersion, long datasetId, List<ModelRef> models,
        VariantPlan variantPlan, List<String> scorers, ArenaPlan arena) {
    public RunPlan {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(suite, "suite");
        models = List.copyOf(models);
        Objects.requireNonNull(variantPlan, "variantPlan");
        scorers = scorers == null ? List.of() : List.copyOf(scorers);
    }

    /** An ordinary run (no arena). */
    public RunPlan(String runId, String suite, int suiteVersion, long datasetId, List<ModelRef> models,
            VariantPlan variantPlan, List<String> scorers) {
        this(runId, suite, suiteVersion, datasetId, models, variantPlan, scorers, null);
    }

    public PermutationMode permutationMode() {
        return PermutationMode.valueOf(variantPlan.permutations());
    }

    public ReadMode readMode() {
        return ReadMode.valueOf(variantPlan.readMode());
    }

    public List<String> modelIds() {
        return models.stream().map(ModelRef::id).toList();
    }
}
