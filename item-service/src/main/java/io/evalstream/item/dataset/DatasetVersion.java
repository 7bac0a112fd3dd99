package io.evalstream.item.dataset;

import java.time.Instant;

/** One version of a dataset as the API shows it. */
public record DatasetVersion(int version, int items, String contentHash, Instant createdAt) {

    static DatasetVersion of(Dataset dataset) {
        return new DatasetVersion(dataset.version, dataset.itemCount, dataset.contentHash, dataset.createdAt);
    }
}
