package io.evalstream.item.importer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * A format used only by {@link DatasetFormatImportTest}: {@code id<TAB>statement<TAB>true|false} lines into
 * true_false items. A label that is not true/false is passed through as text, so the kind's own validation (not
 * the format) rejects it: the test sees that converted items are validated like JSONL lines.
 */
@ApplicationScoped
public class TabSeparatedStatements implements DatasetFormat {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String name() {
        return "test-tsv";
    }

    @Override
    public String description() {
        return "test only: id, statement, label (tab-separated) -> true_false";
    }

    @Override
    public List<SourcedItem> convert(List<SourceFile> files) {
        List<SourcedItem> items = new ArrayList<>();
        for (SourceFile file : files) {
            String[] lines = file.content().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                String[] cells = lines[i].split("\t", -1);
                ObjectNode item = JSON.createObjectNode().put("kind", "true_false").put("id", cells[0])
                        .put("statement", cells.length > 1 ? cells[1] : "");
                String label = cells.length > 2 ? cells[2] : "";
                if (label.equals("true") || label.equals("false")) {
                    item.put("label", Boolean.parseBoolean(label));
                } else {
                    item.put("label", label);
                }
                item.putArray("slices").add(file.baseName());
                items.add(new SourcedItem(file.name(), i + 1, item));
            }
        }
        return items;
    }
}
