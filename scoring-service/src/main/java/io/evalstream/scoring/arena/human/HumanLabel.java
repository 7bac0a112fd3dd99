package io.evalstream.scoring.arena.human;

/**
 * A human verdict on one pair of an arena run's prompt, canonical: {@code modelA < modelB}, {@code winner} A (model
 * a better), B or TIE (a tie or both bad), as the judges' order-averaged verdicts are compared.
 */
public record HumanLabel(String itemId, String modelA, String modelB, String winner, String labeler) {
    /** The agreement key shared with {@code JudgedPair.key()}: the same prompt and pair. */
    public String key() {
        return itemId + "\u0000" + modelA + "\u0000" + modelB;
    }
}
