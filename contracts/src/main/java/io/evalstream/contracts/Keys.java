package io.evalstream.contracts;

/** Kafka record keys. One function so that producers can never disagree on partitioning. */
public final class Keys {
    private Keys() {
    }

    /** Key of item-scoped records: keeps every variant, model and judge call of one item on one partition. */
    public static String itemKey(String runId, String itemId) {
        return runId + ":" + itemId;
    }
}
