package io.evalstream.cli.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A run's results (scoring-service's {@code /api/runs/{id}} JSON) as a text table, JSON or CSV: one row per model
 * and slice with the metric, its Wilson 95% interval, n, and the responses it leaves out (errors, unscored). It
 * formats what the service computed; it never computes a metric.
 */
public final class ResultsFormat {
    /** The formats of {@code evalstream results --format}. */
    public enum Format {
        TABLE, JSON, CSV
    }

    static final String[] COLUMNS = { "model", "slice", "metric", "value", "ci_low", "ci_high", "n", "total",
            "errors", "unscored" };

    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResultsFormat() {
    }

    public static String render(JsonNode run, Format format) {
        return switch (format) {
            case JSON -> json(run);
            case CSV -> csv(run);
            case TABLE -> table(run);
        };
    }

    static String json(JsonNode run) {
        try {
            return PRETTY.writeValueAsString(run) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String csv(JsonNode run) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS).get())) {
            for (JsonNode m : run.path("metrics")) {
                printer.printRecord(m.path("modelId").asText(), m.path("slice").asText(), m.path("metric").asText(),
                        number(m.path("value")), number(m.path("ciLow")), number(m.path("ciHigh")),
                        m.path("n").asLong(), m.path("total").asLong(), m.path("errors").asLong(),
                        m.path("unscored").asLong());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String table(JsonNode run) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "run %s  suite %s v%s  %s  %d/%s responses, %d errors%n",
                run.path("runId").asText(), run.path("suite").asText("?"), run.path("suiteVersion").asText("?"),
                run.path("state").asText(), run.path("received").asLong(), run.path("planned").asText("?"),
                run.path("errors").asLong()));
        out.append(String.format(Locale.ROOT, "%-24s %-22s %9s  %-17s %7s %7s %9s%n", "model", "slice", "accuracy",
                "95% interval", "n", "errors", "unscored"));
        for (JsonNode m : run.path("metrics")) {
            out.append(String.format(Locale.ROOT, "%-24s %-22s %9s  %-17s %7d %7d %9d%n", abbreviate(
                    m.path("modelId").asText(), 24), abbreviate(m.path("slice").asText(), 22), percent(m.path("value")),
                    m.path("value").isNull() || m.path("value").isMissingNode() ? "-"
                            : "[" + percent(m.path("ciLow")) + ", " + percent(m.path("ciHigh")) + "]",
                    m.path("n").asLong(), m.path("errors").asLong(), m.path("unscored").asLong()));
        }
        return out.toString();
    }

    private static String number(JsonNode value) {
        return value.isNumber() ? value.asText() : "";
    }

    private static String percent(JsonNode value) {
        return value.isNumber() ? String.format(Locale.ROOT, "%.1f%%", 100 * value.asDouble()) : "-";
    }

    private static String abbreviate(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "~";
    }
}
