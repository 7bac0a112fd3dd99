package io.evalstream.scoring.scorer;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The {@code true_false} filter, as the Strange Dataset's chain-of-thought verification reads an answer: the
 * text says "true" and not "false" gives True, "false" and not "true" gives False, anything else (both, neither)
 * is unscored. Whole words, any case.
 */
public final class TrueFalseExtractor {
    public static final String FILTER = "true_false";
    public static final String TRUE = "True";
    public static final String FALSE = "False";

    private static final Pattern SAYS_TRUE = Pattern.compile("\\btrue\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SAYS_FALSE = Pattern.compile("\\bfalse\\b", Pattern.CASE_INSENSITIVE);

    private TrueFalseExtractor() {
    }

    public static Extraction extract(String text) {
        if (text == null || text.isBlank()) {
            return Extraction.none("empty output");
        }
        boolean saysTrue = SAYS_TRUE.matcher(text).find();
        boolean saysFalse = SAYS_FALSE.matcher(text).find();
        if (saysTrue && !saysFalse) {
            return Extraction.found(TRUE, "says true and not false");
        }
        if (saysFalse && !saysTrue) {
            return Extraction.found(FALSE, "says false and not true");
        }
        return Extraction.none(saysTrue ? "says both true and false" : "says neither true nor false");
    }

    /** {@code True} or {@code False} for any spelling of a boolean reference, null for anything else. */
    public static String canonical(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> TRUE;
            case "false" -> FALSE;
            default -> null;
        };
    }
}
