package io.evalstream.item.variant;

/**
 * How the options of a permutable item are reordered into variants. NONE asks once in the original order;
 * CYCLIC asks all k cyclic shifts, which puts every option in every position exactly once and is what the
 * PriDe selection-bias procedure needs.
 */
public enum PermutationMode {
    NONE, CYCLIC
}
