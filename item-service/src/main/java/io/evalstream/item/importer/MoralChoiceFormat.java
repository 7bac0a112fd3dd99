package io.evalstream.item.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evalstream.item.kind.DilemmaKind;
import io.evalstream.item.problem.ProblemError;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code moralchoice}: the MoralChoice release folder (Scherrer et al. 2023) read as distributed, into
 * {@code dilemma} items. It reads {@code scenarios/*.csv} (both ambiguity levels; columns {@code scenario_id,
 * ambiguity, generation_type, generation_rule, context, action1, action2} and the per-action labels
 * {@code a1_<label>}, {@code a2_<label>}), {@code question_templates/<form>.json} ({@code question_header},
 * {@code question}), {@code response_templates/<form>.json} ({@code responses_A}, {@code responses_B}) and
 * {@code response_templates/refusals.txt} (one refusal phrase a line); other files (the licence) are ignored.
 *
 * <p>Each scenario becomes one item carrying every form and the refusal list (see {@code Dilemma} for why the
 * item holds its templates), sliced by {@code ambiguity:<low|high>} and {@code rule:<generation_rule>}. On
 * low-ambiguity scenarios action1 is the common-sense action (the dataset's convention), so it is recorded as
 * {@code commonSense}; high-ambiguity scenarios have none. Any problem in any file (a missing column or file, an
 * unknown ambiguity, a row with the wrong number of cells, a template without its answer patterns) rejects the
 * whole import with every file and line named.
 */
@ApplicationScoped
public class MoralChoiceFormat implements DatasetFormat {
    public static final String NAME = "moralchoice";
    static final String REFUSALS_FILE = "refusals.txt";
    static final List<String> REQUIRED_COLUMNS = List.of("scenario_id", "ambiguity", "context", "action1", "action2");
    private static final int MAX_LISTED_ERRORS = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "MoralChoice folder: scenarios/*.csv, question_templates/*.json, response_templates/*.json and "
                + "refusals.txt -> dilemma items (3 templates x 2 orders), sliced by ambiguity and rule";
    }

    @Override
    public List<SourcedItem> convert(List<SourceFile> files) {
        List<ProblemError> errors = new ArrayList<>();
        Map<String, SourceFile> questions = new TreeMap<>();
        Map<String, SourceFile> responses = new TreeMap<>();
        SourceFile refusals = null;
        List<SourceFile> scenarios = new ArrayList<>();
        for (SourceFile file : files) {
            String path = file.name().replace('\\', '/');
            String base = file.baseName();
            if (path.endsWith(".csv")) {
                scenarios.add(file);
            } else if (base.equals(REFUSALS_FILE)) {
                refusals = file;
            } else if (base.endsWith(".json") && path.contains("question_templates/")) {
                questions.put(base.substring(0, base.length() - 5), file);
            } else if (base.endsWith(".json") && path.contains("response_templates/")) {
                responses.put(base.substring(0, base.length() - 5), file);
            }
        }
        if (scenarios.isEmpty()) {
            errors.add(new ProblemError(null, null, "no scenario file (scenarios/*.csv) was given"));
        }
        if (questions.isEmpty()) {
            errors.add(new ProblemError(null, null, "no question template (question_templates/<form>.json) was given"));
        }
        if (refusals == null) {
            errors.add(new ProblemError(null, null, "response_templates/refusals.txt was not given"));
        }
        ArrayNode forms = forms(questions, responses, errors);
        ArrayNode refusalList = JSON.createArrayNode();
        if (refusals != null) {
            refusals.content().lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(refusalList::add);
            if (refusalList.isEmpty()) {
                errors.add(new ProblemError(null, null, "holds no refusal phrase", refusals.name()));
            }
        }
        List<SourcedItem> items = new ArrayList<>();
        scenarios.sort((a, b) -> a.name().compareTo(b.name()));
        for (SourceFile file : scenarios) {
            scenarios(file, forms, refusalList, items, errors);
        }
        if (!errors.isEmpty()) {
            throw rejection(errors);
        }
        return items;
    }

    private static ArrayNode forms(Map<String, SourceFile> questions, Map<String, SourceFile> responses,
            List<ProblemError> errors) {
        ArrayNode forms = JSON.createArrayNode();
        for (Map.Entry<String, SourceFile> entry : questions.entrySet()) {
            String name = entry.getKey();
            SourceFile question = entry.getValue();
            SourceFile response = responses.get(name);
            if (response == null) {
                errors.add(new ProblemError(null, null, "question template '" + name + "' has no answer patterns "
                        + "(response_templates/" + name + ".json)", question.name()));
                continue;
            }
            JsonNode q = readJson(question, errors);
            JsonNode r = readJson(response, errors);
            if (q == null || r == null) {
                continue;
            }
            ObjectNode form = forms.addObject().put("name", name);
            copyText(q, "question_header", form, "system", false, question, errors);
            copyText(q, "question", form, "question", true, question, errors);
            copyArray(r, "responses_A", form, DilemmaKind.ANSWERS_A, response, errors);
            copyArray(r, "responses_B", form, DilemmaKind.ANSWERS_B, response, errors);
        }
        for (String name : responses.keySet()) {
            if (!questions.containsKey(name)) {
                errors.add(new ProblemError(null, null, "answer patterns '" + name + "' have no question template "
                        + "(question_templates/" + name + ".json)", responses.get(name).name()));
            }
        }
        return forms;
    }

    private static JsonNode readJson(SourceFile file, List<ProblemError> errors) {
        try {
            JsonNode node = JSON.readTree(file.content());
            if (node == null || !node.isObject()) {
                errors.add(new ProblemError(null, null, "must be a JSON object", file.name()));
                return null;
            }
            return node;
        } catch (IOException e) {
            errors.add(new ProblemError(null, null, "not valid JSON: " + e.getMessage(), file.name()));
            return null;
        }
    }

    private static void copyText(JsonNode from, String field, ObjectNode to, String target, boolean required,
            SourceFile file, List<ProblemError> errors) {
        JsonNode node = from.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                errors.add(new ProblemError(null, field, "is required", file.name()));
            }
            return;
        }
        if (!node.isTextual()) {
            errors.add(new ProblemError(null, field, "must be a string", file.name()));
            return;
        }
        to.put(target, node.asText());
    }

    private static void copyArray(JsonNode from, String field, ObjectNode to, String target, SourceFile file,
            List<ProblemError> errors) {
        JsonNode node = from.get(field);
        if (node == null || !node.isArray()) {
            errors.add(new ProblemError(null, field, "is required: an array of answer patterns", file.name()));
            return;
        }
        to.set(target, node.deepCopy());
    }

    private static void scenarios(SourceFile file, ArrayNode forms, ArrayNode refusals, List<SourcedItem> items,
            List<ProblemError> errors) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(stripBom(file.content())), format)) {
            List<String> header = parser.getHeaderNames();
            List<String> missing = REQUIRED_COLUMNS.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                errors.add(new ProblemError(1, null, "missing column(s) " + String.join(", ", missing)
                        + "; the header is " + String.join(",", header), file.name()));
                return;
            }
            long previousEnd = parser.getCurrentLineNumber();
            for (CSVRecord record : parser) {
                int line = (int) previousEnd + 1;
                previousEnd = parser.getCurrentLineNumber();
                if (!record.isConsistent()) {
                    errors.add(new ProblemError(line, null, "has " + record.size() + " cells, the header has "
                            + header.size(), file.name()));
                    continue;
                }
                ObjectNode item = item(record, header, forms, refusals, line, file, errors);
                if (item != null) {
                    items.add(new SourcedItem(file.name(), line, item));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            errors.add(new ProblemError(null, null, "not readable as CSV: " + e.getMessage(), file.name()));
        }
    }

    private static ObjectNode item(CSVRecord record, List<String> header, ArrayNode forms, ArrayNode refusals,
            int line, SourceFile file, List<ProblemError> errors) {
        String ambiguity = record.get("ambiguity").strip();
        if (!ambiguity.equals("low") && !ambiguity.equals("high")) {
            errors.add(new ProblemError(line, "ambiguity", "must be low or high, is '" + ambiguity + "'",
                    file.name()));
            return null;
        }
        ObjectNode item = JSON.createObjectNode().put("kind", DilemmaKind.NAME).put("id", record.get("scenario_id"));
        ArrayNode slices = item.putArray("slices").add("ambiguity:" + ambiguity);
        if (header.contains("generation_rule") && !record.get("generation_rule").isBlank()) {
            slices.add("rule:" + record.get("generation_rule").strip());
        }
        item.put("context", record.get("context")).put(DilemmaKind.ACTION1, record.get("action1"))
                .put(DilemmaKind.ACTION2, record.get("action2"));
        if (ambiguity.equals("low")) {
            item.put("commonSense", DilemmaKind.ACTION1);
        } else {
            item.putNull("commonSense");
        }
        ObjectNode labels = item.putObject("labels");
        ObjectNode a1 = labels.putObject(DilemmaKind.ACTION1);
        ObjectNode a2 = labels.putObject(DilemmaKind.ACTION2);
        for (String column : header) {
            if (column.startsWith("a1_")) {
                a1.put(column.substring(3), record.get(column));
            } else if (column.startsWith("a2_")) {
                a2.put(column.substring(3), record.get(column));
            }
        }
        item.set("forms", forms);
        item.set("refusals", refusals);
        return item;
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static ImportRejectedException rejection(List<ProblemError> errors) {
        ProblemError first = errors.get(0);
        String where = (first.file() == null ? "" : first.file() + " ")
                + (first.line() == null ? "" : "line " + first.line() + " ")
                + (first.field() == null ? "" : first.field() + " ");
        String detail = (errors.size() == 1 ? "" : errors.size() + " errors, first: ") + where + first.message()
                + "; nothing was imported";
        return new ImportRejectedException(detail, errors.subList(0, Math.min(errors.size(), MAX_LISTED_ERRORS)));
    }
}
