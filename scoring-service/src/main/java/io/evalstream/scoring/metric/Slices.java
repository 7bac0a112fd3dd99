package io.evalstream.scoring.metric;

/** Slice names: every response counts in {@link #ALL} and in each slice of its scoring context. */
public final class Slices {
    public static final String ALL = "all";

    private Slices() {
    }
}
