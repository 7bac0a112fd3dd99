package io.evalstream.scoring.arena.human;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.evalstream.contracts.ArenaPlan;
import io.evalstream.scoring.arena.join.PairSchedule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads and checks a submission of human verdicts for an arena run's pairs: a JSON array of rows, or JSON lines,
 * each {@code {"prompt", "model_a", "model_b", "winner": "model_a"|"model_b"|"tie"|"tie (bothbad)", "labeler"?}}
 * (the battle-log vocabulary). A row must name a prompt of the run that has answers, two distinct contestants, a pair
 * the run's schedule judges on that prompt, and appear once per labeler. Every problem is collected with its row
 * (1-based) and field, so a submission is accepted or rejected whole.
 */
public final class HumanLabelParser {
    private static final ObjectMapper JSON = new ObjectMapper();
    public static final String DEFAULT_LABELER = "human";

    private HumanLabelParser() {
    }

    public record RowError(int row, String field, String message) {
    }

    public record Parsed(List<HumanLabel> labels, List<RowError> errors) {
    }

    /**
     * @param prompts the run's prompts that have answers
     */
    public static Parsed parse(String body, String runId, ArenaPlan plan, Set<String> prompts) {
        List<RowError> errors = new ArrayList<>();
        List<JsonNode> rows = rows(body, errors);
        List<HumanLabel> labels = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            int row = i + 1;
            JsonNode n = rows.get(i);
            if (n == null) {
                continue; // already reported
            }
            if (!n.isObject()) {
                errors.add(new RowError(row, null, "must be a JSON object"));
                continue;
            }
            int before = errors.size();
            String prompt = text(n, "prompt", row, errors);
            String a = text(n, "model_a", row, errors);
            String b = text(n, "model_b", row, errors);
            String winner = text(n, "winner", row, errors);
            String labeler = n.hasNonNull("labeler") ? n.get("labeler").asText().strip() : DEFAULT_LABELER;
            if (labeler.isEmpty()) {
                errors.add(new RowError(row, "labeler", "must not be blank"));
            }
            if (prompt != null && !prompts.contains(prompt)) {
                errors.add(new RowError(row, "prompt", "'" + prompt + "' is not a prompt of run " + runId
                        + " with answers"));
            }
            String[][] models = { { "model_a", a }, { "model_b", b } };
            for (String[] m : models) {
                if (m[1] != null && !plan.contestants().contains(m[1])) {
                    errors.add(new RowError(row, m[0], "'" + m[1] + "' is not a contestant of the run "
                            + plan.contestants()));
                }
            }
            if (a != null && a.equals(b)) {
                errors.add(new RowError(row, "model_b", "must differ from model_a"));
            }
            String side = winner == null ? null : switch (winner) {
                case "model_a" -> "A";
                case "model_b" -> "B";
                case "tie", "tie (bothbad)" -> "TIE";
                default -> null;
            };
            if (winner != null && side == null) {
                errors.add(new RowError(row, "winner", "must be model_a, model_b, tie or tie (bothbad), not '"
                        + winner + "'"));
            }
            if (errors.size() > before) {
                continue;
            }
            PairSchedule.Pair pair = PairSchedule.Pair.of(a, b);
            if (!PairSchedule.pairs(plan, runId, prompt).contains(pair)) {
                errors.add(new RowError(row, "model_b", "the pair (" + a + ", " + b + ") is not judged on prompt '"
                        + prompt + "' by the run's pairing plan"));
                continue;
            }
            boolean swapped = !pair.a().equals(a);
            String canonical = !swapped || side.equals("TIE") ? side : side.equals("A") ? "B" : "A";
            HumanLabel label = new HumanLabel(prompt, pair.a(), pair.b(), canonical, labeler);
            if (!seen.add(label.key() + "\u0000" + labeler)) {
                errors.add(new RowError(row, "prompt", "a second label of labeler '" + labeler + "' for this prompt "
                        + "and pair"));
                continue;
            }
            labels.add(label);
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(new RowError(0, null, "no labels: send a JSON array (or JSON lines) of rows"));
        }
        return new Parsed(labels, errors);
    }

    private static List<JsonNode> rows(String body, List<RowError> errors) {
        List<JsonNode> rows = new ArrayList<>();
        String text = body == null ? "" : body.strip();
        if (text.startsWith("[")) {
            try {
                JSON.readTree(text).forEach(rows::add);
            } catch (Exception e) {
                errors.add(new RowError(0, null, "not a JSON array: " + e.getMessage().lines().findFirst().orElse("")));
            }
            return rows;
        }
        String[] lines = text.isEmpty() ? new String[0] : text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            try {
                rows.add(lines[i].isBlank() ? null : JSON.readTree(lines[i]));
                if (lines[i].isBlank()) {
                    errors.add(new RowError(i + 1, null, "blank line"));
                }
            } catch (Exception e) {
                rows.add(null);
                errors.add(new RowError(i + 1, null, "not JSON: " + e.getMessage().lines().findFirst().orElse("")));
            }
        }
        return rows;
    }

    private static String text(JsonNode n, String field, int row, List<RowError> errors) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull() || !v.isTextual() || v.asText().isBlank()) {
            errors.add(new RowError(row, field, "required (a non-empty string)"));
            return null;
        }
        return v.asText().strip();
    }
}
