package io.evalstream.scoring.statistics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reader of AlpacaEval annotation files as published ({@code results/<model>/weighted_alpaca_eval_gpt4_turbo/
 * annotations.json}): a JSON array of rows with {@code instruction}, {@code dataset}, {@code output_1} and
 * {@code generator_1} (the baseline, gpt4_1106_preview), {@code output_2} and {@code generator_2} (the model),
 * {@code annotator} and {@code preference}. Other fields ({@code raw_completion}, price, time) are ignored.
 *
 * <p>The preference is a JSON number or a string holding one (both occur in the published files); null, a
 * missing field, an empty or non-numeric string and NaN all read as "unannotated" (null), which
 * {@link AlpacaEvalWinRate} counts as a draw or drops. Array entries that are not objects are skipped and counted
 * in {@link File#skippedEntries()}. The file is read in place; nothing is copied.
 */
public final class AlpacaEvalAnnotations {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AlpacaEvalAnnotations() {
    }

    /** One judged pair: baseline (1) against model (2), with the recorded preference (null: unannotated). */
    public record Annotation(String instruction, String dataset, String generator1, String output1,
            String generator2, String output2, String annotator, Double preference) {
    }

    /** The rows of one file and the entries that were not rows. */
    public record File(List<Annotation> annotations, int skippedEntries) {
        public List<Double> preferences() {
            List<Double> p = new ArrayList<>(annotations.size());
            for (Annotation a : annotations) {
                p.add(a.preference());
            }
            return p;
        }

        /** The model's name: the most frequent {@code generator_2}, null for an empty file. */
        public String model() {
            return annotations.stream().map(Annotation::generator2)
                    .filter(g -> g != null)
                    .collect(java.util.stream.Collectors.groupingBy(g -> g, java.util.stream.Collectors.counting()))
                    .entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                    .map(java.util.Map.Entry::getKey).orElse(null);
        }
    }

    public static File read(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return read(in);
        }
    }

    public static File read(InputStream in) throws IOException {
        JsonNode root = MAPPER.readTree(in);
        if (root == null || !root.isArray()) {
            throw new IOException("an AlpacaEval annotation file is a JSON array");
        }
        List<Annotation> rows = new ArrayList<>(root.size());
        int skipped = 0;
        for (JsonNode row : root) {
            if (!row.isObject()) {
                skipped++;
                continue;
            }
            rows.add(new Annotation(text(row, "instruction"), text(row, "dataset"), text(row, "generator_1"),
                    text(row, "output_1"), text(row, "generator_2"), text(row, "output_2"),
                    text(row, "annotator"), preference(row.get("preference"))));
        }
        return new File(Collections.unmodifiableList(rows), skipped);
    }

    /** A published preference field read leniently: a number or numeric string, else null (unannotated). */
    public static Double preference(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            double v = node.doubleValue();
            return Double.isNaN(v) ? null : v;
        }
        if (node.isTextual()) {
            String s = node.textValue().trim();
            if (s.isEmpty()) {
                return null;
            }
            try {
                double v = Double.parseDouble(s);
                return Double.isNaN(v) ? null : v;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static String text(JsonNode row, String field) {
        JsonNode v = row.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
