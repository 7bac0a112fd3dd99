package io.evalstream.item.kind;

import com.fasterxml.jackson.databind.JsonNode;
import io.evalstream.contracts.ModelInput;
import io.evalstream.contracts.ScoringContext;
import io.evalstream.contracts.Variant;
import io.evalstream.item.prompt.JudgePrompts;
import io.evalstream.item.prompt.ReadMode;
import io.evalstream.item.variant.PermutationMode;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code rating} (MT-Bench single; compositional preference models): {@code {"prompt":..,"response":..,
 * "attribute":"helpfulness","rubric":..,"scale":{"min":1,"max":10},"model":"the rated model"}}; all but prompt and
 * response optional (scale 1..10). The run's models are the judges; each item is asked once. In GENERATE mode the
 * judge explains and ends with {@code Rating: [[n]]}; in LABEL_PROBS mode it answers the number only and the
 * scorer reads the expected score from the probabilities of the score tokens ({@code labels} = "min".."max").
 * The scale stays within 1..10: the verdict reader (MT-Bench's) accepts 1 to 10, and one- or two-digit numbers are
 * single tokens for label-probability reading.
 */
@ApplicationScoped
public class RatingKind implements ItemKind<Rating> {
    public static final String NAME = "rating";
    public static final int LOWEST = 1;
    public static final int HIGHEST = 10;
    /** Scoring attributes. */
    public static final String RATED_MODEL = "rated_model";
    public static final String ATTRIBUTE = "attribute";
    public static final String SCALE_MIN = "scale_min";
    public static final String SCALE_MAX = "scale_max";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<Rating> contentType() {
        return Rating.class;
    }

    @Override
    public Rating parse(JsonNode line, FieldErrors errors) {
        String prompt = Fields.requiredText(line, "prompt", errors);
        String response = Fields.requiredText(line, "response", errors);
        String attribute = Fields.optionalText(line, "attribute", errors);
        String rubric = Fields.optionalText(line, "rubric", errors);
        String model = Fields.optionalText(line, "model", errors);
        int min = LOWEST;
        int max = HIGHEST;
        JsonNode scale = line.get("scale");
        if (scale != null && !scale.isNull()) {
            if (!scale.isObject()) {
                errors.add("scale", "must be an object {\"min\": n, \"max\": m}");
            } else {
                Integer lo = Fields.requiredInt(scale, "min", new FieldErrors());
                Integer hi = Fields.requiredInt(scale, "max", new FieldErrors());
                if (lo == null || hi == null) {
                    errors.add(lo == null ? "scale.min" : "scale.max", "is required: an integer");
                } else if (lo < LOWEST || hi > HIGHEST || lo >= hi) {
                    errors.add("scale", "must lie within " + LOWEST + ".." + HIGHEST + " with min < max, is " + lo
                            + ".." + hi);
                } else {
                    min = lo;
                    max = hi;
                }
            }
        }
        return errors.isEmpty() ? new Rating(prompt, response, attribute, rubric, min, max, model) : null;
    }

    @Override
    public List<Variant> variants(Rating content, PermutationMode mode) {
        return List.of(Variant.original());
    }

    @Override
    public ModelInput prompt(Rating content, Variant variant, ReadMode readMode) {
        return JudgePrompts.rating(content.prompt(), content.response(), content.attribute(), content.rubric(),
                content.min(), content.max(), readMode == ReadMode.LABEL_PROBS);
    }

    @Override
    public ModelInput prompt(Rating content, Variant variant) {
        return prompt(content, variant, ReadMode.GENERATE);
    }

    @Override
    public ScoringContext scoring(Rating content, Variant variant, ReadMode readMode, List<String> slices) {
        List<String> labels = new ArrayList<>();
        for (int n = content.min(); n <= content.max(); n++) {
            labels.add(String.valueOf(n));
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        if (content.model() != null) {
            attributes.put(RATED_MODEL, content.model());
        }
        if (content.attribute() != null) {
            attributes.put(ATTRIBUTE, content.attribute());
        }
        attributes.put(SCALE_MIN, String.valueOf(content.min()));
        attributes.put(SCALE_MAX, String.valueOf(content.max()));
        attributes.put("template", JudgePrompts.RATING);
        return new ScoringContext(NAME, readMode.name(), null, labels, null, slices, attributes);
    }

    @Override
    public io.evalstream.contracts.Generation generation(ReadMode readMode) {
        return readMode == ReadMode.GENERATE ? io.evalstream.contracts.Generation.greedy(
                RewardPairKind.JUDGE_MAX_TOKENS) : readMode.generation();
    }
}
