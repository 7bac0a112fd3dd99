package io.evalstream.contracts;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the scorer needs to know about a request, carried through inference untouched (opaque to it) so that
 * scoring needs no lookup. {@code reference} is the gold label as displayed (after permutation);
 * {@code labels} are the answer labels offered, in display order; {@code goldIndex} is the gold option's
 * index in the original item; {@code slices} tag the request for per-slice metrics.
 */
public record ScoringContext(String kind, String readMode, String reference, List<String> labels,
        Integer goldIndex, List<String> slices, Map<String, String> attributes) {
    public ScoringContext {
        Objects.requireNonNull(kind, "scoring.kind");
        Objects.requireNonNull(readMode, "scoring.readMode");
        labels = labels == null ? List.of() : List.copyOf(labels);
        slices = slices == null ? List.of() : List.copyOf(slices);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
