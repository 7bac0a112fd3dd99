package io.evalstream.item.dataset;

/**
 * The outcome of an import: the dataset version holding the content, and whether this import created it
 * (false when identical content was already the latest version, so the import was a no-op).
 */
public record ImportResult(String name, int version, int items, String contentHash, boolean created) {

    static ImportResult of(Dataset dataset, boolean created) {
        return new ImportResult(dataset.name, dataset.version, dataset.itemCount, dataset.contentHash, created);
    }
}
