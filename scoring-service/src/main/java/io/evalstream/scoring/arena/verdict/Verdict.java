package io.evalstream.scoring.arena.verdict;

/**
 * A pairwise judge's reading of one game: which displayed slot won ({@code FIRST}, {@code SECOND}, {@code TIE}) and
 * the probability that the first slot is better ({@code pFirst}: 1, 0 or 0.5 from a text verdict; the renormalised
 * P(A) from label probabilities).
 */
public record Verdict(Slot slot, double pFirst) {
    public enum Slot {
        FIRST, SECOND, TIE
    }

    /** The label as stored: A, B or C. */
    public String label() {
        return switch (slot) {
            case FIRST -> "A";
            case SECOND -> "B";
            case TIE -> "C";
        };
    }

    public static Verdict ofLabel(String label) {
        return switch (label) {
            case "A" -> new Verdict(Slot.FIRST, 1.0);
            case "B" -> new Verdict(Slot.SECOND, 0.0);
            case "C" -> new Verdict(Slot.TIE, 0.5);
            default -> throw new IllegalArgumentException("not a verdict label: " + label);
        };
    }
}
