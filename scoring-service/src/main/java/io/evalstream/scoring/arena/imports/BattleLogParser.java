package io.evalstream.scoring.arena.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.evalstream.scoring.rating.Battle;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a battle log, JSONL, one battle a line (PROTOCOLS.md, item kind "battle"; Chatbot Arena's field names):
 * {@code model_a}, {@code model_b}, {@code winner} ({@code model_a} / {@code a}, {@code model_b} / {@code b},
 * {@code tie}, {@code tie (bothbad)} / {@code both_bad}), optional {@code judge} (default {@code imported}),
 * {@code question_id} (for agreement between judges) and {@code time} or {@code tstamp} (ISO-8601 or epoch seconds).
 * Every bad line is reported with its number and field; the import is all or nothing.
 */
public final class BattleLogParser {
    static final ObjectMapper JSON = new ObjectMapper();
    public static final int MAX_ERRORS = 50;

    private BattleLogParser() {
    }

    public record Line(int line, String modelA, String modelB, Battle.Outcome outcome, String judge, String question,
            Instant time) {
    }

    public record LineError(int line, String field, String message) {
    }

    public record Parsed(List<Line> battles, List<LineError> errors) {
    }

    public static Parsed parse(String body) {
        List<Line> battles = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        String[] lines = body == null ? new String[0] : body.split("\r?\n");
        for (int i = 0; i < lines.length && errors.size() < MAX_ERRORS; i++) {
            int number = i + 1;
            String text = lines[i].strip();
            if (text.isEmpty()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(text);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                errors.add(new LineError(number, null, "not valid JSON: " + e.getOriginalMessage()));
                continue;
            }
            if (!node.isObject()) {
                errors.add(new LineError(number, null, "must be a JSON object"));
                continue;
            }
            int before = errors.size();
            String a = text(node, "model_a", number, errors);
            String b = text(node, "model_b", number, errors);
            Battle.Outcome outcome = outcome(node, number, errors);
            if (a != null && a.equals(b)) {
                errors.add(new LineError(number, "model_b", "a model cannot battle itself: " + a));
            }
            Instant time = time(node, number, errors);
            if (errors.size() == before) {
                String judge = node.hasNonNull("judge") ? node.get("judge").asText() : "imported";
                String question = node.hasNonNull("question_id") ? node.get("question_id").asText() : null;
                battles.add(new Line(number, a, b, outcome, judge, question, time));
            }
        }
        if (battles.isEmpty() && errors.isEmpty()) {
            errors.add(new LineError(1, null, "no battles: the body has no JSON lines"));
        }
        return new Parsed(battles, errors);
    }

    private static String text(JsonNode node, String field, int line, List<LineError> errors) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            errors.add(new LineError(line, field, "is required: a model name"));
            return null;
        }
        return v.asText();
    }

    private static Battle.Outcome outcome(JsonNode node, int line, List<LineError> errors) {
        JsonNode v = node.get("winner");
        String w = v == null || !v.isTextual() ? "" : v.asText().strip().toLowerCase(Locale.ROOT);
        switch (w) {
            case "model_a", "a" -> {
                return Battle.Outcome.A;
            }
            case "model_b", "b" -> {
                return Battle.Outcome.B;
            }
            case "tie" -> {
                return Battle.Outcome.TIE;
            }
            case "tie (bothbad)", "both_bad", "bothbad" -> {
                return Battle.Outcome.BOTH_BAD;
            }
            default -> {
                errors.add(new LineError(line, "winner", "must be model_a, model_b, tie or tie (bothbad)"));
                return null;
            }
        }
    }

    private static Instant time(JsonNode node, int line, List<LineError> errors) {
        JsonNode v = node.hasNonNull("time") ? node.get("time") : node.get("tstamp");
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return Instant.ofEpochMilli(Math.round(v.asDouble() * 1000));
        }
        try {
            return Instant.parse(v.asText());
        } catch (DateTimeParseException e) {
            errors.add(new LineError(line, node.hasNonNull("time") ? "time" : "tstamp",
                    "must be ISO-8601 or epoch seconds"));
            return null;
        }
    }
}
