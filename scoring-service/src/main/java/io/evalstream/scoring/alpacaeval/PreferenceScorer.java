package io.evalstream.scoring.alpacaeval;

import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.ScoreValue;
import io.evalstream.scoring.scorer.ReadMode;
import io.evalstream.scoring.scorer.Score;
import io.evalstream.scoring.scorer.DeclaredScorer;
import io.evalstream.scoring.statistics.AlpacaEvalWinRate;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Scores a pairwise judgement recorded elsewhere (an AlpacaEval annotation, or any {@code ResponseReceived} of kind
 * {@value #KIND}): the response's text is the judge's preference p for the model's output ({@code output_2}) over the
 * baseline's ({@code output_1}), in [1, 2]; 0 and an empty text (unannotated) are draws, p = 1.5 (PROTOCOLS.md,
 * "AlpacaEval win rate"). The score is p - 1, so the mean score of a model is its win rate / 100, and the details
 * keep what the {@code alpaca_eval} report needs: the preference (null when unannotated), both output lengths and
 * the instruction's id, for the length-controlled win rate. A preference outside 0 or [1, 2], or a text that is
 * not a number, is UNSCORED with the reason (never guessed).
 *
 * <p>Its own kind rather than {@code pairwise}: {@code pairwise}/GENERATE is the arena's live verdict scorer, which
 * reads {@code [[A]]}/{@code [[B]]}/{@code [[C]]}; a recorded preference is a number, read differently.
 */
@ApplicationScoped
public class PreferenceScorer extends DeclaredScorer {
    public static final String KIND = "pairwise_preference";
    public static final String NAME = "alpaca-eval-preference";
    public static final String FILTER = "preference";

    /** ScoringContext attributes the importer sets. */
    public static final String INSTRUCTION_ID = "instruction_id";
    public static final String BASELINE = "baseline";
    public static final String BASELINE_LENGTH = "baseline_length";
    public static final String MODEL_LENGTH = "model_length";
    public static final String ANNOTATOR = "annotator";

    public PreferenceScorer() {
        super(KIND, ReadMode.GENERATE, NAME, FILTER);
    }

    @Override
    public Score score(ResponseReceived response) {
        String text = response.output() == null || response.output().text() == null ? ""
                : response.output().text().strip();
        Double recorded;
        if (text.isEmpty()) {
            recorded = null;
        } else {
            try {
                recorded = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                return Score.unscored(FILTER, "not a preference: '" + excerpt(text) + "'");
            }
            if (recorded.isNaN()) {
                recorded = null;
            } else if (recorded != 0.0 && (recorded < 1.0 || recorded > 2.0)) {
                return Score.unscored(FILTER, "a preference must be 0 or in [1, 2], got " + text);
            }
        }
        double p = recorded == null || recorded == 0.0 ? AlpacaEvalWinRate.DRAW : recorded;
        Map<String, String> a = response.scoring().attributes();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("preference", recorded);
        details.put("unannotated", recorded == null);
        details.put(INSTRUCTION_ID, a.getOrDefault(INSTRUCTION_ID, response.itemId()));
        details.put(BASELINE_LENGTH, integer(a.get(BASELINE_LENGTH)));
        details.put(MODEL_LENGTH, integer(a.get(MODEL_LENGTH)));
        if (a.containsKey(BASELINE)) {
            details.put(BASELINE, a.get(BASELINE));
        }
        String explanation = recorded == null ? "unannotated: counted as a draw (p = 1.5)"
                : recorded == 0.0 ? "draw (p = 0, read as 1.5)"
                : p > AlpacaEvalWinRate.DRAW ? "model preferred over the baseline, p = " + text
                : p < AlpacaEvalWinRate.DRAW ? "baseline preferred over the model, p = " + text
                : "draw, p = " + text;
        return new Score(ScoreValue.PARTIAL, p - 1, String.format(Locale.ROOT, "%.6f", p), FILTER, explanation,
                details);
    }

    private static Integer integer(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String excerpt(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
