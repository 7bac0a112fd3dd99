package io.evalstream.item.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.evalstream.item.dataset.DatasetService;
import io.evalstream.item.kind.ParsedItem;
import io.evalstream.item.problem.ProblemError;
import io.evalstream.item.problem.ProblemException;
import java.util.stream.Collectors;

/**
 * One record of {@code eval-items}: {@code {"dataset":"name","item":{...}}} where the item is exactly a line of a
 * JSONL import. Parsing validates both as an import would; the exception's message is the dead-letter reason.
 */
public record StreamedItem(String dataset, ParsedItem<?> item) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static StreamedItem parse(String payload, DatasetService datasets) {
        JsonNode tree;
        try {
            tree = JSON.readTree(payload == null ? "" : payload);
        } catch (Exception e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage());
        }
        if (tree == null || !tree.isObject()) {
            throw new IllegalArgumentException("expected {\"dataset\":\"name\",\"item\":{...}}");
        }
        JsonNode dataset = tree.get("dataset");
        if (dataset == null || !dataset.isTextual()) {
            throw new IllegalArgumentException("dataset: required, the name of the dataset to append to");
        }
        JsonNode item = tree.get("item");
        if (item == null || !item.isObject()) {
            throw new IllegalArgumentException("item: required, one item object as in a JSONL import");
        }
        try {
            DatasetService.checkName(dataset.asText());
            return new StreamedItem(dataset.asText(), datasets.parseItem(item.toString()));
        } catch (ProblemException e) {
            String fields = e.problem().errors() == null ? "" : e.problem().errors().stream()
                    .map(StreamedItem::describe).collect(Collectors.joining("; "));
            throw new IllegalArgumentException(fields.isEmpty() ? e.getMessage() : fields);
        }
    }

    private static String describe(ProblemError error) {
        String field = error.field() == null ? "" : error.field();
        if (!field.isEmpty() && !field.startsWith("dataset") && !field.equals("name")) {
            field = "item." + field;
        } else if (field.equals("name")) {
            field = "dataset";
        }
        return (field.isEmpty() ? "" : field + ": ") + error.message();
    }
}
