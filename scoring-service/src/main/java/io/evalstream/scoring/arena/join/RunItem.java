package io.evalstream.scoring.arena.join;

/** One prompt of one run: the unit the join locks. Ordered so that locks are always taken in the same order. */
public record RunItem(String runId, String itemId) implements Comparable<RunItem> {
    @Override
    public int compareTo(RunItem o) {
        int c = runId.compareTo(o.runId);
        return c != 0 ? c : itemId.compareTo(o.itemId);
    }
}
