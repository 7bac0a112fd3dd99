package io.evalstream.item.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evalstream.item.kind.PairwiseKind;
import io.evalstream.item.problem.ProblemError;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * {@code alpaca-eval}: AlpacaEval annotation files as published (JSON arrays of rows with {@code instruction},
 * {@code output_1}/{@code generator_1} = the baseline, {@code output_2}/{@code generator_2} = the model,
 * {@code dataset}, {@code preference}) as {@code pairwise} items, so the same pairs can be judged again live by any
 * judge: {@code instruction}, {@code response_a} = output_1 (baseline), {@code response_b} = output_2 (model). The
 * item id is {@code <generator_2>/<first 80 bits of SHA-256 of the instruction>} (the same instruction is the same
 * id suffix for every model); slices tag the model, the baseline and AlpacaEval's source dataset. The recorded
 * preference is not part of the item (scoring it is the response import's job: {@code evalstream rescore}).
 * Entries that are not objects are skipped; a file that is not a JSON array is rejected, naming it; a row with a
 * missing or empty field is rejected by the pairwise kind's own validation (file and row named).
 */
@ApplicationScoped
public class AlpacaEvalPairs implements DatasetFormat {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String name() {
        return "alpaca-eval";
    }

    @Override
    public String description() {
        return "AlpacaEval annotation files (JSON arrays) -> pairwise items: instruction, output_1 (baseline) as "
                + "response_a, output_2 (model) as response_b; slices model:, baseline:, dataset:";
    }

    @Override
    public List<SourcedItem> convert(List<SourceFile> files) {
        List<SourcedItem> items = new ArrayList<>();
        List<ProblemError> errors = new ArrayList<>();
        for (SourceFile file : files) {
            JsonNode root;
            try {
                root = JSON.readTree(file.content());
            } catch (JsonProcessingException e) {
                errors.add(new ProblemError(null, null, "not JSON: " + e.getOriginalMessage(), file.name()));
                continue;
            }
            if (root == null || !root.isArray()) {
                errors.add(new ProblemError(null, null, "an AlpacaEval annotation file is a JSON array of rows",
                        file.name()));
                continue;
            }
            int row = 0;
            for (JsonNode entry : root) {
                row++;
                if (!entry.isObject()) {
                    continue;
                }
                String instruction = text(entry, "instruction");
                String model = text(entry, "generator_2");
                ObjectNode item = JSON.createObjectNode().put("kind", PairwiseKind.NAME)
                        .put("id", (model == null ? stem(file) : model) + "/" + hash(instruction == null ? ""
                                : instruction));
                copy(entry, "instruction", item, "instruction");
                copy(entry, "output_1", item, "response_a");
                copy(entry, "output_2", item, "response_b");
                var slices = item.putArray("slices");
                slices.add("model:" + (model == null ? stem(file) : model));
                if (text(entry, "generator_1") != null) {
                    slices.add("baseline:" + text(entry, "generator_1"));
                }
                if (text(entry, "dataset") != null) {
                    slices.add("dataset:" + text(entry, "dataset"));
                }
                items.add(new SourcedItem(file.name(), row, item));
            }
        }
        if (!errors.isEmpty()) {
            ProblemError first = errors.get(0);
            throw new ImportRejectedException(first.file() + ": " + first.message()
                    + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""), errors);
        }
        return items;
    }

    private static void copy(JsonNode from, String field, ObjectNode to, String as) {
        JsonNode v = from.get(field);
        if (v != null && !v.isNull()) {
            to.set(as, v);
        }
    }

    private static String stem(SourceFile file) {
        String base = file.baseName();
        return base.endsWith(".json") ? base.substring(0, base.length() - 5) : base;
    }

    private static String hash(String instruction) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(instruction.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }

    private static String text(JsonNode row, String field) {
        JsonNode v = row.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
