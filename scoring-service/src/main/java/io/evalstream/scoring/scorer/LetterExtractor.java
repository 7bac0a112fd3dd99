package io.evalstream.scoring.scorer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The {@code letter} filter: which of the offered answer labels a generated text chooses.
 *
 * <p>Patterns are tried from the most explicit to the least: "the answer is (B)" / "Answer: B", then a text
 * that is only a label ("B", "(B)", "B."), then a leading label ("B. Paris", "(B) Paris"), then a label in
 * parentheses anywhere, then a bare label anywhere. The first level that matches decides: one distinct label is
 * the answer; several distinct labels are ambiguous. Ambiguous and unmatched texts are unscored, never wrong,
 * because guessing would bias accuracy (PROTOCOLS.md: extraction failures are counted and shown).
 *
 * <p>Labels are matched case-sensitively ("a" is an English article, "A" an option); the keywords are not.
 * Compiled patterns are cached per label list, as every request of a suite shares a handful of label lists.
 */
public final class LetterExtractor {
    public static final String FILTER = "letter";

    private static final int MAX_CACHED_LABEL_SETS = 256;
    private static final Map<List<String>, List<Level>> LEVELS = new ConcurrentHashMap<>();

    private record Level(String name, Pattern pattern) {
    }

    private LetterExtractor() {
    }

    /** Reads the chosen label of {@code labels} from {@code text}. */
    public static Extraction extract(String text, List<String> labels) {
        if (labels == null || labels.isEmpty()) {
            return Extraction.none("no answer labels in the scoring context");
        }
        if (text == null || text.isBlank()) {
            return Extraction.none("empty output");
        }
        for (Level level : levels(labels)) {
            Matcher matcher = level.pattern().matcher(text);
            Set<String> found = new LinkedHashSet<>();
            String firstMatch = null;
            while (matcher.find()) {
                found.add(matcher.group("label"));
                if (firstMatch == null) {
                    firstMatch = matcher.group().strip();
                }
            }
            if (found.size() == 1) {
                String answer = found.iterator().next();
                return Extraction.found(answer, "read " + answer + " (" + level.name() + ": \"" + abbreviate(firstMatch)
                        + "\")");
            }
            if (found.size() > 1) {
                return Extraction.none("ambiguous: " + String.join(", ", found) + " all match (" + level.name() + ")");
            }
        }
        return Extraction.none("no answer label (" + String.join(", ", labels) + ") found in the output");
    }

    private static List<Level> levels(List<String> labels) {
        List<Level> cached = LEVELS.get(labels);
        if (cached != null) {
            return cached;
        }
        List<Level> compiled = compile(labels);
        if (LEVELS.size() < MAX_CACHED_LABEL_SETS) {
            LEVELS.putIfAbsent(List.copyOf(labels), compiled);
        }
        return compiled;
    }

    private static List<Level> compile(List<String> labels) {
        // Longest first, so that a label that is a prefix of another never wins by accident.
        String alternatives = labels.stream()
                .filter(label -> label != null && !label.isBlank())
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        String label = "(?<label>" + alternatives + ")";
        String notWord = "(?![\\p{L}\\p{N}])";
        List<Level> levels = new ArrayList<>();
        levels.add(new Level("answer statement", Pattern.compile(
                "(?i:\\b(?:answer|option|choice)\\b)\\s*"
                        + "(?:(?i:is|would be|will be|should be)\\b\\s*|[:=\\-]\\s*)"
                        + "(?:(?i:option|choice|letter)\\s*)?[(\\[*\"']*\\s*" + label + notWord)));
        levels.add(new Level("whole output", Pattern.compile(
                "^[\\s(\\[*\"'`]*" + label + "[\\s)\\]*\"'`.:,;!]*$")));
        levels.add(new Level("leading label", Pattern.compile(
                "^[\\s(\\[*]*" + label + "(?:[)\\].:*]|\\s+[-\u2013:])")));
        levels.add(new Level("label in parentheses", Pattern.compile(
                "[(\\[]\\s*" + label + "\\s*[)\\]]")));
        levels.add(new Level("bare label", Pattern.compile(
                "(?<![\\p{L}\\p{N}])" + label + notWord)));
        return List.copyOf(levels);
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
