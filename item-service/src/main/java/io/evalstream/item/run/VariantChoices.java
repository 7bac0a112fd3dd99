package io.evalstream.item.run;

import io.evalstream.contracts.VariantPlan;
import io.evalstream.item.problem.ProblemError;
import io.evalstream.item.prompt.ReadMode;
import io.evalstream.item.prompt.Templates;
import io.evalstream.item.prompt.ZeroShotPrompts;
import io.evalstream.item.variant.PermutationMode;
import io.evalstream.item.variant.Permutations;
import io.evalstream.item.variant.VariantOptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The variant options of a run request checked and normalised (docs/architecture.md, "Variant plans"): every
 * problem names its field ({@code debias}, {@code calibrationShare}, {@code templates[1]}, ...), and an option
 * that would be silently ignored (a calibration share without PriDe, few-shot exemplars without the few-shot
 * template) is an error too, since the run would not be the one asked for.
 */
record VariantChoices(String debias, Double calibrationShare, Long seed, Integer permutationSamples,
        List<String> templates, Integer fewShot, Double temperature) {
    static final double DEFAULT_CALIBRATION_SHARE = 0.05;
    static final int MAX_PERMUTATION_SAMPLES = 720;
    static final int MAX_FEW_SHOT = 32;
    static final double MAX_TEMPERATURE = 2.0;

    static VariantChoices check(RunRequest request, Permutations permutations, ReadMode readMode,
            List<ProblemError> errors) {
        String debias = null;
        Double share = null;
        if (request.debias() != null) {
            if (!RunPlan.PRIDE.equals(request.debias().strip().toLowerCase(Locale.ROOT))) {
                errors.add(ProblemError.field("debias", "must be 'pride' (the only debiasing procedure), not '"
                        + request.debias() + "'"));
            } else {
                debias = RunPlan.PRIDE;
                if (readMode != ReadMode.LABEL_PROBS) {
                    errors.add(ProblemError.field("debias", "PriDe reads label probabilities: readMode must be "
                            + "LABEL_PROBS, not " + readMode));
                }
                if (permutations.mode() != PermutationMode.NONE) {
                    errors.add(ProblemError.field("permutations", "PriDe plans its own permutations (all cyclic "
                            + "shifts of the calibration items, the default order of the others): leave permutations "
                            + "out or NONE, not " + permutations.wire()));
                }
                share = request.calibrationShare() == null ? DEFAULT_CALIBRATION_SHARE : request.calibrationShare();
                if (!(share > 0 && share <= 1)) {
                    errors.add(ProblemError.field("calibrationShare", "must be in (0, 1], is " + share));
                }
            }
        } else if (request.calibrationShare() != null) {
            errors.add(ProblemError.field("calibrationShare", "only applies with debias 'pride'"));
        }
        Integer permutationSamples = request.permutationSamples();
        if (permutationSamples != null) {
            if (permutations.mode() != PermutationMode.SAMPLED) {
                errors.add(ProblemError.field("permutationSamples", "only applies with permutations SAMPLED"));
            } else if (permutationSamples < 1 || permutationSamples > MAX_PERMUTATION_SAMPLES) {
                errors.add(ProblemError.field("permutationSamples", "must be between 1 and " + MAX_PERMUTATION_SAMPLES));
            }
        }
        List<String> templates = templates(request.templates(), readMode, errors);
        Integer fewShot = request.fewShot();
        boolean fewShotAsked = templates != null && templates.contains(Templates.FEW_SHOT);
        if (fewShot != null) {
            if (!fewShotAsked) {
                errors.add(ProblemError.field("fewShot", "only applies with the few-shot template in templates"));
            } else if (fewShot < 1 || fewShot > MAX_FEW_SHOT) {
                errors.add(ProblemError.field("fewShot", "must be between 1 and " + MAX_FEW_SHOT));
            }
        }
        Double temperature = request.temperature();
        if (temperature != null && !(temperature > 0 && temperature <= MAX_TEMPERATURE)) {
            errors.add(ProblemError.field("temperature", "must be in (0, " + MAX_TEMPERATURE + "] (repeated samples "
                    + "at temperature 0 would all be the same answer), is " + temperature));
        }
        if (temperature != null && readMode == ReadMode.LABEL_PROBS) {
            errors.add(ProblemError.field("temperature", "label probabilities are read from one greedy token; "
                    + "temperature applies to GENERATE runs"));
        }
        return new VariantChoices(debias, share, request.seed(), permutationSamples, templates,
                fewShotAsked && fewShot == null ? Integer.valueOf(VariantOptions.DEFAULT_FEW_SHOT) : fewShot, temperature);
    }

    /** Null when the run asks the default (zero-shot only). */
    private static List<String> templates(List<String> asked, ReadMode readMode, List<ProblemError> errors) {
        if (asked == null) {
            return null;
        }
        if (asked.isEmpty()) {
            errors.add(ProblemError.field("templates", "must name at least one template of " + Templates.ALL));
            return null;
        }
        List<String> names = new ArrayList<>(asked.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < asked.size(); i++) {
            String field = "templates[" + i + "]";
            String name = asked.get(i) == null ? null : asked.get(i).strip().toLowerCase(Locale.ROOT);
            if (name == null || !Templates.ALL.contains(name)) {
                errors.add(ProblemError.field(field, "must be one of " + Templates.ALL + ", not '" + asked.get(i) + "'"));
            } else if (!seen.add(name)) {
                errors.add(ProblemError.field(field, "template '" + name + "' is listed twice"));
            } else if (name.equals(Templates.CHAIN_OF_THOUGHT) && readMode != ReadMode.GENERATE) {
                errors.add(ProblemError.field(field, "chain of thought generates its reasoning: readMode must be "
                        + "GENERATE, not " + readMode));
            } else {
                names.add(name);
            }
        }
        return names.equals(List.of(Templates.ZERO_SHOT)) ? null : names;
    }

    /** The stored variant plan. */
    VariantPlan plan(Permutations permutations, int samples, ReadMode readMode) {
        String first = templates == null ? ZeroShotPrompts.TEMPLATE : templates.get(0);
        if (debias == null && seed == null && permutationSamples == null && templates == null && fewShot == null
                && temperature == null) {
            return new VariantPlan(permutations.wire(), samples, readMode.name(), first);
        }
        Integer sampled = permutations.mode() == PermutationMode.SAMPLED && permutationSamples == null
                ? Integer.valueOf(VariantOptions.DEFAULT_PERMUTATION_SAMPLES) : permutationSamples;
        return new VariantPlan(permutations.wire(), samples, readMode.name(), first, seed, debias, calibrationShare,
                sampled, templates, fewShot, temperature);
    }
}
