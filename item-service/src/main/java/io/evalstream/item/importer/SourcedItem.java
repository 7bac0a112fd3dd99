package io.evalstream.item.importer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * One converted item ({@code id}, {@code kind}, {@code slices} and the kind's fields, as a JSONL line would hold
 * them) with the file and 1-based line it came from, so that a validation error points at the source row.
 */
public record SourcedItem(String file, int line, ObjectNode item) {
    public SourcedItem {
        Objects.requireNonNull(item, "item");
    }
}
