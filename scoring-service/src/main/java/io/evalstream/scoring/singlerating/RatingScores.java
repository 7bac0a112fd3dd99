package io.evalstream.scoring.singlerating;

import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.ScoreValue;
import io.evalstream.scoring.scorer.Score;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A judge's rating of one response as a score row: value PARTIAL (a rating is neither right nor wrong), answer the
 * rating, score the rating rescaled to [0, 1] ({@code (r - min) / (max - min)}, so the generic mean stays a share)
 * and details with the raw rating, the scale, the rated model and the attribute, which the {@code rating} report
 * reads. An unreadable rating is UNSCORED with the same identifying details, counted apart.
 */
public final class RatingScores {
    public static final String NAME = "rating";
    public static final String KIND = "rating";
    public static final String RATING = "rating";
    public static final String SCALE_MIN = "scaleMin";
    public static final String SCALE_MAX = "scaleMax";
    public static final String RATED_MODEL = "ratedModel";
    public static final String ATTRIBUTE = "attribute";
    /** Shown when an item names no rated model / attribute. */
    public static final String UNNAMED = "(unnamed)";

    private RatingScores() {
    }

    static int min(ResponseReceived response) {
        return intAttribute(response, "scale_min", 1);
    }

    static int max(ResponseReceived response) {
        return intAttribute(response, "scale_max", 10);
    }

    static Score rated(ResponseReceived response, double rating, String filter, String explanation,
            Map<String, Object> extra) {
        int min = min(response);
        int max = max(response);
        Map<String, Object> details = details(response);
        details.put(RATING, rating);
        details.putAll(extra);
        return new Score(ScoreValue.PARTIAL, (rating - min) / (max - min), format(rating), filter,
                explanation, details);
    }

    static Score unreadable(ResponseReceived response, String filter, String explanation) {
        return Score.unscored(filter, explanation).withDetails(details(response));
    }

    static String format(double rating) {
        return rating == Math.rint(rating) ? String.valueOf((long) rating) : String.format(Locale.ROOT, "%.3f", rating);
    }

    private static Map<String, Object> details(ResponseReceived response) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put(SCALE_MIN, min(response));
        details.put(SCALE_MAX, max(response));
        details.put(RATED_MODEL, response.scoring().attributes().getOrDefault("rated_model", UNNAMED));
        details.put(ATTRIBUTE, response.scoring().attributes().getOrDefault("attribute", UNNAMED));
        return details;
    }

    private static int intAttribute(ResponseReceived response, String key, int fallback) {
        try {
            return Integer.parseInt(response.scoring().attributes().getOrDefault(key, String.valueOf(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
