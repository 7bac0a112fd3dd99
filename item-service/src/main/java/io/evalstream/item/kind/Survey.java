package io.evalstream.item.kind;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A survey question's content: the question, its options in questionnaire order (each with the answer code the
 * questionnaire gives it) and, optionally, the human reference distribution over the codes (normalised to sum 1;
 * null when the item has none).
 */
public record Survey(String question, List<Option> options, Map<String, Double> reference) {

    /** One answer option: the questionnaire's code (e.g. "1") and the text shown. */
    public record Option(String code, String text) {
    }

    public Survey {
        options = List.copyOf(options);
        if (options.size() < 2) {
            throw new IllegalArgumentException("a survey question needs at least two options");
        }
        reference = reference == null ? null : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(reference));
    }

    /** The codes in questionnaire order. */
    public List<String> codes() {
        return options.stream().map(Option::code).toList();
    }
}
