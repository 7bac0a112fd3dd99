package io.evalstream.contracts;

import java.util.List;
import java.util.Objects;

/**
 * How items are expanded into requests. {@code permutations}: NONE, CYCLIC (all k cyclic shifts of the options),
 * FULL (all k!), SAMPLED (a seeded sample of {@code permutationSamples} permutations) or GOLD_AT:j (the gold option
 * moved to position j); {@code samples}: repeated samples per variant; {@code readMode}: GENERATE (extract from
 * text) or LABEL_PROBS (label-token log-probabilities); {@code template}: the (first) prompt template's name.
 *
 * <p>Added after v1, all nullable (null: the v1 behaviour): {@code seed} seeds every random choice of the plan
 * (sampled permutations, few-shot exemplars, the PriDe calibration sample, per-sample sampling seeds);
 * {@code debias} ({@code pride}: all cyclic permutations for a seeded {@code calibrationShare} of the items, the
 * default order for the rest); {@code templates}: every template each item is asked with; {@code fewShot}: the
 * exemplars of a few-shot template; {@code temperature}: the sampling temperature of repeated samples.
 */
public record VariantPlan(String permutations, int samples, String readMode, String template, Long seed,
        String debias, Double calibrationShare, Integer permutationSamples, List<String> templates, Integer fewShot,
        Double temperature) {
    public VariantPlan {
        Objects.requireNonNull(permutations, "variantPlan.permutations");
        Objects.requireNonNull(readMode, "variantPlan.readMode");
        if (samples < 1) {
            throw new IllegalArgumentException("variantPlan.samples must be at least 1");
        }
        templates = templates == null ? null : List.copyOf(templates);
    }

    /** The v1 shape: one template, no seed, no debiasing. */
    public VariantPlan(String permutations, int samples, String readMode, String template) {
        this(permutations, samples, readMode, template, null, null, null, null, null, null, null);
    }
}
