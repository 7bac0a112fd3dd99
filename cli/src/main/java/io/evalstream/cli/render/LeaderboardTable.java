package io.evalstream.cli.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Text tables of scoring-service's leaderboard JSON: one row per model (accuracy, Wilson 95% interval, n,
 * errors, unscored), then accuracy per slice with n, models as columns. It formats; it never computes.
 */
public final class LeaderboardTable {
    private LeaderboardTable() {
    }

    /** Accepts either a JSON array of rows or an object with a {@code rows} array. */
    public static List<JsonNode> rows(JsonNode leaderboard) {
        JsonNode rows = leaderboard.isArray() ? leaderboard : leaderboard.path("rows");
        List<JsonNode> list = new ArrayList<>();
        rows.forEach(list::add);
        return list;
    }

    public static String render(JsonNode leaderboard) {
        List<JsonNode> rows = rows(leaderboard);
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-4s %-24s %9s  %-17s %7s %7s %9s %11s%n", "rank", "model", "accuracy",
                "95% interval", "n", "errors", "unscored", "cost USD"));
        for (JsonNode row : rows) {
            out.append(String.format(Locale.ROOT, "%-4s %-24s %8.1f%%  [%5.1f%%, %5.1f%%] %7d %7d %9d %11s%n",
                    row.path("rank").asText(), row.path("modelId").asText(), 100 * row.path("accuracy").asDouble(),
                    100 * row.path("ciLow").asDouble(), 100 * row.path("ciHigh").asDouble(), row.path("n").asLong(),
                    row.path("errors").asLong(), row.path("unscored").asLong(), cost(row.path("costUsd"))));
        }
        return out.toString();
    }

    /** {@code $0.0123}; {@code -} when the service reports no cost (an older scoring-service). */
    static String cost(JsonNode value) {
        return value.isNumber() ? String.format(Locale.ROOT, "$%.4f", value.asDouble()) : "-";
    }

    /** Accuracy per slice (rows) and model (columns), each cell "acc% (n)". */
    public static String renderSlices(JsonNode leaderboard) {
        List<JsonNode> rows = rows(leaderboard);
        Set<String> slices = new LinkedHashSet<>();
        rows.forEach(row -> row.path("slices").fieldNames().forEachRemaining(slices::add));
        StringBuilder out = new StringBuilder(String.format("%-26s", "slice"));
        rows.forEach(row -> out.append(String.format(" %20s", abbreviate(row.path("modelId").asText(), 20))));
        out.append('\n');
        for (String slice : slices) {
            out.append(String.format("%-26s", abbreviate(slice, 26)));
            for (JsonNode row : rows) {
                JsonNode cell = row.path("slices").path(slice);
                out.append(cell.isMissingNode() ? String.format(" %20s", "-")
                        : String.format(Locale.ROOT, " %13.1f%% (%4d)", 100 * cell.path("value").asDouble(),
                                cell.path("n").asLong()));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String abbreviate(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "~";
    }
}
