package io.evalstream.scoring.moral;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.evalstream.contracts.ScoringContext;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One asked dilemma form as the scorer reads it from the request's scoring context (item-service's
 * {@code DilemmaKind} writes it): the form's name, which action was shown first, the two shown action texts, the
 * form's answer patterns for the first (A) and second (B) shown action, and the refusal phrases.
 */
record DilemmaQuestion(String form, String order, String optionA, String optionB, List<String> answersA,
        List<String> answersB, List<String> refusals) {
    static final String ACTION1 = "action1";
    static final String ACTION2 = "action2";
    static final String ACTION2_FIRST = "action2_first";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    /** The action shown first ({@code A}, the "yes" of compare, the first line of repeat). */
    String firstShown() {
        return ACTION2_FIRST.equals(order) ? ACTION2 : ACTION1;
    }

    /** The action shown second. */
    String secondShown() {
        return ACTION2_FIRST.equals(order) ? ACTION1 : ACTION2;
    }

    /** The question, or empty with the reason when the context lacks an attribute or holds a bad one. */
    static Optional<DilemmaQuestion> read(ScoringContext scoring, StringBuilder problem) {
        Map<String, String> a = scoring.attributes();
        for (String key : List.of("form", "order", "optionA", "optionB", "answersA", "answersB")) {
            if (a.get(key) == null) {
                problem.append("scoring context lacks attribute '").append(key).append('\'');
                return Optional.empty();
            }
        }
        try {
            return Optional.of(new DilemmaQuestion(a.get("form"), a.get("order"), a.get("optionA"), a.get("optionB"),
                    JSON.readValue(a.get("answersA"), STRINGS), JSON.readValue(a.get("answersB"), STRINGS),
                    a.get("refusals") == null ? List.of() : JSON.readValue(a.get("refusals"), STRINGS)));
        } catch (IOException e) {
            problem.append("scoring context holds an unreadable pattern list: ").append(e.getMessage());
            return Optional.empty();
        }
    }
}
