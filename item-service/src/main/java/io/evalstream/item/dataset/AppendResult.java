package io.evalstream.item.dataset;

import java.util.List;

/**
 * The outcome of appending items: the dataset version now holding them, how many were new, and the ids that were
 * not appended because the dataset already holds a different item under the same id.
 */
public record AppendResult(ImportResult dataset, int added, List<String> conflicts) {
    public AppendResult {
        conflicts = List.copyOf(conflicts);
    }
}
