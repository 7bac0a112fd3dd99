package io.evalstream.item.dataset;

/** The columns of an item that planning needs, read without managed entities (no dirty-checking snapshots). */
public record StoredItem(String externalId, String kind, String payload, String[] slices) {
}
