package io.evalstream.item.importer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.evalstream.item.kind.FieldErrors;
import io.evalstream.item.kind.Fields;
import io.evalstream.item.kind.ItemKind;
import io.evalstream.item.kind.ItemKinds;
import io.evalstream.item.kind.ParsedItem;
import io.evalstream.item.problem.ProblemError;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parses and validates a whole JSONL dataset file before anything is stored: every line is read and checked
 * (JSON, common fields, the kind's JSON Schema, then the kind's own semantic checks, unique ids), and any error rejects the file with every
 * problem listed by line and field. Blank lines are skipped but still counted, so line numbers match an
 * editor's.
 */
public final class JsonlParser {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    static final int MAX_ID_LENGTH = 200;

    private final ItemKinds kinds;
    private final int maxReportedErrors;
    private final int maxItems;

    public JsonlParser(ItemKinds kinds, int maxReportedErrors, int maxItems) {
        this.kinds = kinds;
        this.maxReportedErrors = maxReportedErrors;
        this.maxItems = maxItems;
    }

    /** The file's items in file order, or {@link ImportRejectedException} naming every bad line and field. */
    public List<ParsedItem<?>> parse(String body) {
        List<ParsedItem<?>> items = new ArrayList<>();
        List<ProblemError> errors = new ArrayList<>();
        Map<String, Integer> lineOfId = new HashMap<>();
        String[] lines = (body == null ? "" : body).split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            String text = i == 0 ? stripBom(lines[i]) : lines[i];
            if (text.isBlank()) {
                continue;
            }
            ParsedItem<?> item = parseLine(lineNumber, text, errors, lineOfId);
            if (item != null) {
                items.add(item);
            }
        }
        if (errors.isEmpty() && items.isEmpty()) {
            errors.add(new ProblemError(null, null, "the file holds no items"));
        }
        if (items.size() > maxItems) {
            errors.add(new ProblemError(null, null, "the file holds " + items.size() + " items; at most " + maxItems
                    + " are accepted (evalstream.item.imports.max-items)"));
        }
        if (!errors.isEmpty()) {
            throw rejection(errors);
        }
        return List.copyOf(items);
    }

    private ParsedItem<?> parseLine(int lineNumber, String text, List<ProblemError> errors,
            Map<String, Integer> lineOfId) {
        JsonNode line;
        try {
            line = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            errors.add(new ProblemError(lineNumber, null, "not valid JSON: " + e.getOriginalMessage()));
            return null;
        }
        if (line == null || !line.isObject()) {
            errors.add(new ProblemError(lineNumber, null, "must be a JSON object"));
            return null;
        }
        return parseNode(null, lineNumber, line, errors, lineOfId);
    }

    /**
     * The converted items of a format import, validated exactly as JSONL lines are; errors name each item's source
     * file and line. Throws {@link ImportRejectedException} listing every problem, or returns the items.
     */
    public List<ParsedItem<?>> parseSourced(List<SourcedItem> sourced) {
        List<ParsedItem<?>> items = new ArrayList<>();
        List<ProblemError> errors = new ArrayList<>();
        Map<String, Integer> lineOfId = new HashMap<>();
        for (SourcedItem source : sourced) {
            ParsedItem<?> item = parseNode(source.file(), source.line(), source.item(), errors, lineOfId);
            if (item != null) {
                items.add(item);
            }
        }
        if (errors.isEmpty() && items.isEmpty()) {
            errors.add(new ProblemError(null, null, "the files hold no items"));
        }
        if (items.size() > maxItems) {
            errors.add(new ProblemError(null, null, "the files hold " + items.size() + " items; at most " + maxItems
                    + " are accepted (evalstream.item.imports.max-items)"));
        }
        if (!errors.isEmpty()) {
            throw rejection(errors);
        }
        return List.copyOf(items);
    }

    private ParsedItem<?> parseNode(String file, int lineNumber, JsonNode line, List<ProblemError> errors,
            Map<String, Integer> lineOfId) {
        FieldErrors fieldErrors = new FieldErrors();
        String id = Fields.requiredText(line, "id", fieldErrors);
        if (id != null && id.length() > MAX_ID_LENGTH) {
            fieldErrors.add("id", "must have at most " + MAX_ID_LENGTH + " characters");
        } else if (id != null) {
            Integer first = lineOfId.putIfAbsent(id, lineNumber);
            if (first != null) {
                fieldErrors.add("id", "duplicate id '" + id + "' (first used on line " + first + ")");
            }
        }
        List<String> slices = Fields.textArray(line, "slices", false, fieldErrors);
        Optional<ItemKind<?>> kind = kind(line, fieldErrors);
        Object content = kind.map(k -> schemaThenParse(k, line, fieldErrors)).orElse(null);
        if (!fieldErrors.isEmpty()) {
            fieldErrors.list().forEach(e -> errors.add(new ProblemError(lineNumber, e.field(), e.message(), file)));
            return null;
        }
        return bind(id, kind.orElseThrow(), content, slices);
    }

    /**
     * Checks {@code line} against the kind's schema, then lets the kind parse it for what a schema cannot say
     * (every problem of a line is reported at once). One defect is reported once: schema errors on fields the common
     * checks already named are dropped, and so are the kind's errors on a field the schema named, or on a part or a
     * parent of one ({@code choices} vs {@code choices[1]}).
     */
    private Object schemaThenParse(ItemKind<?> kind, JsonNode line, FieldErrors fieldErrors) {
        Set<String> reported = new HashSet<>();
        fieldErrors.list().forEach(e -> reported.add(e.field()));
        List<FieldErrors.FieldError> schemaErrors = kinds.schema(kind.name()).check(line).stream()
                .filter(e -> !reported.contains(e.field())).toList();
        if (schemaErrors.isEmpty()) {
            return kind.parse(line, fieldErrors);
        }
        schemaErrors.forEach(e -> fieldErrors.add(e.field(), e.message()));
        FieldErrors own = new FieldErrors();
        kind.parse(line, own);
        own.list().stream().filter(e -> schemaErrors.stream().noneMatch(s -> overlaps(s.field(), e.field())))
                .forEach(e -> fieldErrors.add(e.field(), e.message()));
        return null;
    }

    /** Whether two field paths name the same value or one lies inside the other; null is the whole line. */
    static boolean overlaps(String a, String b) {
        if (a == null || b == null) {
            return true;
        }
        return a.equals(b) || inside(a, b) || inside(b, a);
    }

    private static boolean inside(String part, String whole) {
        return part.startsWith(whole + ".") || part.startsWith(whole + "[");
    }

    private Optional<ItemKind<?>> kind(JsonNode line, FieldErrors errors) {
        String name = Fields.requiredText(line, "kind", errors);
        if (name == null) {
            return Optional.empty();
        }
        Optional<ItemKind<?>> kind = kinds.find(name);
        if (kind.isEmpty()) {
            errors.add("kind", "unknown kind '" + name + "'; known kinds: " + String.join(", ", kinds.names()));
        }
        return kind;
    }

    @SuppressWarnings("unchecked")
    private static <T> ParsedItem<T> bind(String id, ItemKind<T> kind, Object content, List<String> slices) {
        return new ParsedItem<>(id, kind, (T) content, slices);
    }

    /** A rejection listing {@code errors} (at most the configured number), as every import reports them. */
    public ImportRejectedException rejection(List<ProblemError> errors) {
        long lines = errors.stream().map(ProblemError::line).distinct().count();
        String detail = errors.size() == 1 ? describe(errors.get(0)) + "; nothing was imported"
                : errors.size() + " errors on " + lines + " line(s), first: " + describe(errors.get(0))
                        + "; nothing was imported";
        if (errors.size() > maxReportedErrors) {
            detail += " (" + maxReportedErrors + " of " + errors.size() + " errors listed)";
        }
        return new ImportRejectedException(detail, errors.subList(0, Math.min(errors.size(), maxReportedErrors)));
    }

    private static String describe(ProblemError error) {
        StringBuilder text = new StringBuilder();
        if (error.file() != null) {
            text.append(error.file()).append(error.line() == null ? ": " : " ");
        }
        if (error.line() != null) {
            text.append("line ").append(error.line()).append(": ");
        }
        if (error.field() != null) {
            text.append(error.field()).append(' ');
        }
        return text.append(error.message()).toString();
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
