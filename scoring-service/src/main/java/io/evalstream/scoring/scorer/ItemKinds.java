package io.evalstream.scoring.scorer;

/** The item kinds item-service emits, as spelled in {@code ScoringContext.kind}. */
public final class ItemKinds {
    public static final String MULTIPLE_CHOICE = "multiple_choice";
    public static final String TRUE_FALSE = "true_false";
    public static final String CONTINUATION_PAIR = "continuation_pair";

    private ItemKinds() {
    }
}
