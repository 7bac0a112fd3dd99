package io.evalstream.scoring.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.evalstream.contracts.Event;
import io.evalstream.contracts.ModelOutput;
import io.evalstream.contracts.Purpose;
import io.evalstream.contracts.RequestIds;
import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.ResponseStatus;
import io.evalstream.contracts.ScoringContext;
import io.evalstream.contracts.Variant;
import io.evalstream.scoring.alpacaeval.PreferenceScorer;
import io.evalstream.scoring.scorer.ReadMode;
import io.evalstream.scoring.statistics.AlpacaEvalAnnotations;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * AlpacaEval annotation files as published ({@code results/<model>/weighted_alpaca_eval_gpt4_turbo/
 * annotations.json}): a JSON array of rows with {@code instruction}, {@code output_1}/{@code generator_1} (the
 * baseline), {@code output_2}/{@code generator_2} (the model), {@code annotator}, {@code dataset} and the judge's
 * {@code preference}. Each row becomes one {@code ResponseReceived} of model {@code generator_2} whose text is the
 * preference as recorded (empty when unannotated), with a {@value PreferenceScorer#KIND} scoring context carrying
 * both output lengths (code points, as Python's {@code len}), the baseline and the instruction's id.
 *
 * <p>Files as published: a preference may be a number or a numeric string; null, a missing field, an empty or
 * non-numeric string and NaN mean "unannotated" (scored as a draw, counted apart); entries that are not objects are
 * skipped and counted. Rejected (whole import, each problem named by file, row and field): a file that is not a JSON
 * array, a row without an instruction, a numeric preference other than 0 or in [1, 2], a row without
 * {@code generator_2} in a file where no row names one, the same model in two files, the same instruction twice
 * for one model.
 *
 * <p>The item id is a hash of the instruction, so one instruction is one item across models (the length-controlled
 * fit's per-instruction difficulty relies on it); request ids are {@link RequestIds} of (run, item, model).
 */
@ApplicationScoped
public class AlpacaEvalFormat implements ResponseFormat {
    public static final String NAME = "alpaca-eval";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "AlpacaEval annotation files (JSON arrays: instruction, output_1 = baseline, output_2 = model, "
                + "generator_2, preference in [1, 2], 0 or missing = draw)";
    }

    @Override
    public ConvertedImport convert(String runId, List<ImportFile> files) {
        List<ImportError> errors = new ArrayList<>();
        List<ResponseReceived> responses = new ArrayList<>();
        List<ConvertedImport.FileSummary> summaries = new ArrayList<>();
        Map<String, String> fileOfModel = new HashMap<>();
        TreeSet<String> models = new TreeSet<>();
        Instant now = Instant.now();
        for (ImportFile file : files) {
            JsonNode root;
            try {
                root = JSON.readTree(file.content() == null ? "" : file.content());
            } catch (JsonProcessingException e) {
                errors.add(new ImportError(file.name(), null, null, "not JSON: " + e.getOriginalMessage()));
                continue;
            }
            if (root == null || !root.isArray()) {
                errors.add(new ImportError(file.name(), null, null,
                        "an AlpacaEval annotation file is a JSON array of rows"));
                continue;
            }
            String fileModel = mostFrequentGenerator(root);
            Map<String, Integer> seen = new HashMap<>();
            int skipped = 0;
            int unannotated = 0;
            int made = 0;
            int row = 0;
            for (JsonNode entry : root) {
                row++;
                if (!entry.isObject()) {
                    skipped++;
                    continue;
                }
                String instruction = text(entry, "instruction");
                if (instruction == null || instruction.isBlank()) {
                    errors.add(new ImportError(file.name(), row, "instruction", "missing or empty"));
                    continue;
                }
                String model = text(entry, "generator_2");
                if (model == null || model.isBlank()) {
                    model = fileModel;
                }
                if (model == null) {
                    errors.add(new ImportError(file.name(), row, "generator_2",
                            "missing, and no row of the file names the model"));
                    continue;
                }
                String other = fileOfModel.putIfAbsent(model, file.name());
                if (other != null && !other.equals(file.name())) {
                    errors.add(new ImportError(file.name(), row, "generator_2", "model '" + model
                            + "' is also in " + other + "; import each model once per run"));
                    continue;
                }
                JsonNode rawPreference = entry.get("preference");
                Double preference = AlpacaEvalAnnotations.preference(rawPreference);
                if (preference != null && preference != 0.0 && (preference < 1.0 || preference > 2.0)) {
                    errors.add(new ImportError(file.name(), row, "preference",
                            "must be 0 (draw) or in [1, 2], got " + rawPreference));
                    continue;
                }
                String itemId = itemId(instruction);
                Integer previous = seen.put(itemId, row);
                if (previous != null) {
                    errors.add(new ImportError(file.name(), row, "instruction",
                            "the same instruction as row " + previous + " for model '" + model + "'"));
                    continue;
                }
                if (preference == null) {
                    unannotated++;
                }
                models.add(model);
                responses.add(response(runId, now, itemId, model, entry, preference));
                made++;
            }
            summaries.add(new ConvertedImport.FileSummary(file.name(), fileModel, made, skipped, unannotated));
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        if (responses.isEmpty()) {
            throw ImportRejectedException.of(null, null, "files", "no annotation rows in the files given");
        }
        return new ConvertedImport(responses, List.copyOf(models), List.of(PreferenceScorer.NAME), summaries);
    }

    private static ResponseReceived response(String runId, Instant now, String itemId, String model, JsonNode row,
            Double preference) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(PreferenceScorer.INSTRUCTION_ID, itemId);
        attributes.put(PreferenceScorer.BASELINE_LENGTH, Integer.toString(length(text(row, "output_1"))));
        attributes.put(PreferenceScorer.MODEL_LENGTH, Integer.toString(length(text(row, "output_2"))));
        putIfPresent(attributes, PreferenceScorer.BASELINE, text(row, "generator_1"));
        putIfPresent(attributes, PreferenceScorer.ANNOTATOR, text(row, "annotator"));
        String dataset = text(row, "dataset");
        ScoringContext scoring = new ScoringContext(PreferenceScorer.KIND, ReadMode.GENERATE.name(), null,
                List.of("1", "2"), null, dataset == null ? List.of() : List.of("dataset:" + dataset), attributes);
        Variant variant = Variant.original();
        String requestId = RequestIds.of(runId, itemId, variant.id(), 0, model, Purpose.ANSWER);
        String text = preference == null ? "" : preferenceText(row.get("preference"));
        return new ResponseReceived(Event.CURRENT_SCHEMA, java.util.UUID.randomUUID().toString(), now, requestId, runId, itemId, variant, 0,
                Purpose.ANSWER, model, ResponseStatus.OK, new ModelOutput(text, "imported", List.of()), null, null, 0,
                false, 0, null, scoring, null);
    }

    /** The preference as recorded (a number's JSON text, or a numeric string trimmed). */
    private static String preferenceText(JsonNode node) {
        return node.isTextual() ? node.textValue().trim() : node.asText();
    }

    /** The most frequent generator_2 of the file, null when no row names one. */
    private static String mostFrequentGenerator(JsonNode root) {
        Map<String, Integer> counts = new HashMap<>();
        for (JsonNode entry : root) {
            String g = entry.isObject() ? text(entry, "generator_2") : null;
            if (g != null && !g.isBlank()) {
                counts.merge(g, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
    }

    /** {@code ae-} and the first 80 bits of SHA-256 of the instruction: the same instruction, the same item. */
    static String itemId(String instruction) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(instruction.getBytes(StandardCharsets.UTF_8));
            return "ae-" + HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }

    private static int length(String s) {
        return s == null ? 0 : s.codePointCount(0, s.length());
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static String text(JsonNode row, String field) {
        JsonNode v = row.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
