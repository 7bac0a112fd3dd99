package io.evalstream.scoring.store;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What storing one batch did: which request ids were new (the others were redeliveries and changed nothing),
 * the progress of every run that moved, and the runs this batch completed (each completes in exactly one batch).
 */
public record BatchOutcome(Set<String> inserted, Map<String, RunProgress> progress, List<RunProgress> completed) {
    public BatchOutcome {
        inserted = Set.copyOf(inserted);
        progress = Map.copyOf(progress);
        completed = List.copyOf(completed);
    }

    public static BatchOutcome empty() {
        return new BatchOutcome(Set.of(), Map.of(), List.of());
    }
}
