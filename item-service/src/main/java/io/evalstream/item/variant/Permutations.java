package io.evalstream.item.variant;

import java.util.Locale;
import java.util.Objects;

/**
 * A run's permutation choice as written in a run request and stored in its variant plan: {@code NONE},
 * {@code CYCLIC}, {@code FULL}, {@code SAMPLED} or {@code GOLD_AT:j} (j the 0-based target position of the gold
 * option; {@code gold_at:j} is accepted in any case).
 */
public record Permutations(PermutationMode mode, Integer goldAt) {
    public static final Permutations NONE = new Permutations(PermutationMode.NONE, null);

    public Permutations {
        Objects.requireNonNull(mode, "mode");
        if ((mode == PermutationMode.GOLD_AT) != (goldAt != null)) {
            throw new IllegalArgumentException("a target position goes with GOLD_AT and only with it");
        }
        if (goldAt != null && goldAt < 0) {
            throw new IllegalArgumentException("gold_at position must not be negative: " + goldAt);
        }
    }

    /**
     * Parses {@code text}; throws {@link IllegalArgumentException} with a message fit for the user when it is not
     * one of the forms above.
     */
    public static Permutations parse(String text) {
        String value = text.strip().toUpperCase(Locale.ROOT);
        if (value.startsWith(PermutationMode.GOLD_AT.name() + ":")) {
            String position = value.substring(PermutationMode.GOLD_AT.name().length() + 1).strip();
            try {
                int j = Integer.parseInt(position);
                if (j < 0) {
                    throw new IllegalArgumentException("gold_at:j needs a position j >= 0 (0 = A), not " + j);
                }
                return new Permutations(PermutationMode.GOLD_AT, j);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("gold_at:j needs a whole position j (0 = A), not '" + position + "'");
            }
        }
        if (value.equals(PermutationMode.GOLD_AT.name())) {
            throw new IllegalArgumentException("GOLD_AT needs its target position: gold_at:j (0 = A)");
        }
        try {
            return new Permutations(PermutationMode.valueOf(value), null);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be one of NONE, CYCLIC, FULL, SAMPLED or gold_at:j, not '" + text
                    + "'");
        }
    }

    /** The stored form: the mode's name, with {@code :j} for GOLD_AT. */
    public String wire() {
        return goldAt == null ? mode.name() : mode.name() + ":" + goldAt;
    }
}
