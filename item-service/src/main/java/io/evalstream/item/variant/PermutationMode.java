package io.evalstream.item.variant;

/**
 * How the options of a permutable item are reordered into variants. NONE asks once in the original order;
 * CYCLIC asks all k cyclic shifts, which puts every option in every position exactly once and is what the
 * PriDe selection-bias procedure needs; FULL asks all k! orders; SAMPLED a seeded sample of them; GOLD_AT moves
 * the gold option to one position (written {@code gold_at:j}, see {@link Permutations}).
 */
public enum PermutationMode {
    NONE, CYCLIC, FULL, SAMPLED, GOLD_AT;

    /** Whether every kind can expand this mode from its option count alone (no gold, seed or sample size). */
    public boolean basic() {
        return this == NONE || this == CYCLIC;
    }
}
