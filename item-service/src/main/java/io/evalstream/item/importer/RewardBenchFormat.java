package io.evalstream.item.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evalstream.item.kind.RewardPairKind;
import io.evalstream.item.problem.ProblemError;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code rewardbench}: RewardBench-style JSONL (one object per line: {@code prompt}, {@code chosen},
 * {@code rejected}, {@code subset}, optional {@code id} (string or integer, as in the published
 * {@code allenai/reward-bench} files), optional {@code context}, {@code documents}, {@code tie}) into
 * {@code reward_pair} items sliced by subset. Other fields of the published files ({@code chosen_model},
 * {@code rejected_model}) are ignored. A line without an id gets {@code <file>-<line>}. A line that is not a JSON
 * object is rejected here with its file and line; missing or mistyped fields are rejected by the kind's own
 * validation, also with file, line and field.
 */
@ApplicationScoped
public class RewardBenchFormat implements DatasetFormat {
    static final List<String> PASSED = List.of("prompt", "chosen", "rejected", "subset", "context", "documents", "tie");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String name() {
        return "rewardbench";
    }

    @Override
    public String description() {
        return "RewardBench-style JSONL (prompt, chosen, rejected, subset, optional id) -> reward_pair, sliced by "
                + "subset";
    }

    @Override
    public List<SourcedItem> convert(List<SourceFile> files) {
        List<SourcedItem> items = new ArrayList<>();
        List<ProblemError> errors = new ArrayList<>();
        for (SourceFile file : files) {
            String[] lines = file.content().split("\r?\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String text = i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i];
                if (text.isBlank()) {
                    continue;
                }
                int lineNumber = i + 1;
                JsonNode row;
                try {
                    row = JSON.readTree(text);
                } catch (JsonProcessingException e) {
                    errors.add(new ProblemError(lineNumber, null, "not valid JSON: " + e.getOriginalMessage(),
                            file.name()));
                    continue;
                }
                if (!row.isObject()) {
                    errors.add(new ProblemError(lineNumber, null, "must be a JSON object with prompt, chosen, "
                            + "rejected and subset", file.name()));
                    continue;
                }
                items.add(new SourcedItem(file.name(), lineNumber, item(row, file, lineNumber)));
            }
        }
        if (!errors.isEmpty()) {
            ProblemError first = errors.get(0);
            throw new ImportRejectedException(errors.size() + " bad row(s), first: " + first.file() + " line "
                    + first.line() + ": " + first.message() + "; nothing was imported", errors);
        }
        return items;
    }

    private static ObjectNode item(JsonNode row, SourceFile file, int line) {
        ObjectNode item = JSON.createObjectNode().put("kind", RewardPairKind.NAME);
        JsonNode id = row.get("id");
        if (id == null || id.isNull()) {
            item.put("id", stem(file.baseName()) + "-" + line);
        } else if (id.isTextual() || id.isIntegralNumber()) {
            item.put("id", id.asText());
        } else {
            item.set("id", id);
        }
        for (String field : PASSED) {
            if (row.has(field)) {
                item.set(field, row.get(field));
            }
        }
        JsonNode subset = row.get("subset");
        if (subset != null && subset.isTextual() && !subset.asText().isBlank()) {
            item.putArray("slices").add(subset.asText());
        }
        return item;
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
