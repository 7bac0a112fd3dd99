package io.evalstream.item.dataset;

import java.time.Instant;

/** A dataset in the list view: its latest version and how many versions exist. */
public record DatasetSummary(String name, int latestVersion, int versions, int items, String contentHash,
        Instant updatedAt) {
}
