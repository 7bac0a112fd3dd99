package io.evalstream.cli.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A run report ({@code /api/runs/{id}/report}) as indented text. Sections differ per protocol, so the layout is
 * generic: an array of flat objects becomes a table (one column per field), an object becomes {@code key: value}
 * lines, nested values indent. It prints what the service computed; it never computes a figure.
 */
public final class ReportText {
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String NL = System.lineSeparator();

    private ReportText() {
    }

    public static String json(JsonNode report) {
        try {
            return PRETTY.writeValueAsString(report) + NL;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(JsonNode report) {
        StringBuilder out = new StringBuilder("run ").append(report.path("runId").asText()).append(NL);
        JsonNode sections = report.path("sections");
        if (sections.isEmpty()) {
            return out.append("  (no protocol sections: the run has no scores a protocol report reads)").append(NL)
                    .toString();
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = sections.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> section = it.next();
            out.append(NL).append("== ").append(section.getKey()).append(" ==").append(NL);
            value(out, section.getValue(), 1);
        }
        return out.toString();
    }

    private static void value(StringBuilder out, JsonNode node, int depth) {
        String indent = "  ".repeat(depth);
        if (node.isArray() && isTable(node)) {
            table(out, node, indent);
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                if (element.isValueNode()) {
                    out.append(indent).append("- ").append(scalar(element)).append(NL);
                } else {
                    out.append(indent).append("-").append(NL);
                    value(out, element, depth + 1);
                }
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getValue().isValueNode()) {
                    out.append(indent).append(field.getKey()).append(": ").append(scalar(field.getValue())).append(NL);
                } else {
                    out.append(indent).append(field.getKey()).append(":").append(NL);
                    value(out, field.getValue(), depth + 1);
                }
            }
        } else {
            out.append(indent).append(scalar(node)).append(NL);
        }
    }

    /** An array of objects whose fields are all scalars. */
    private static boolean isTable(JsonNode array) {
        if (array.isEmpty()) {
            return false;
        }
        for (JsonNode element : array) {
            if (!element.isObject()) {
                return false;
            }
            for (JsonNode field : element) {
                if (!field.isValueNode()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void table(StringBuilder out, JsonNode array, String indent) {
        Set<String> columns = new LinkedHashSet<>();
        array.forEach(row -> row.fieldNames().forEachRemaining(columns::add));
        List<String> header = List.copyOf(columns);
        List<List<String>> rows = new ArrayList<>();
        int[] widths = header.stream().mapToInt(String::length).toArray();
        for (JsonNode row : array) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < header.size(); c++) {
                String cell = scalar(row.path(header.get(c)));
                widths[c] = Math.max(widths[c], cell.length());
                cells.add(cell);
            }
            rows.add(cells);
        }
        line(out, indent, header, widths);
        for (List<String> cells : rows) {
            line(out, indent, cells, widths);
        }
    }

    private static void line(StringBuilder out, String indent, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder(indent);
        for (int c = 0; c < cells.size(); c++) {
            line.append(c == 0 ? "" : "  ").append(String.format(Locale.ROOT, "%-" + widths[c] + "s", cells.get(c)));
        }
        out.append(line.toString().stripTrailing()).append(NL);
    }

    private static String scalar(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return "-";
        }
        if (node.isFloatingPointNumber()) {
            return String.format(Locale.ROOT, "%.4f", node.asDouble());
        }
        return node.asText();
    }
}
