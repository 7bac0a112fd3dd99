package io.evalstream.item.dataset;

import java.util.List;

/** A dataset with all its versions, oldest first. */
public record DatasetDetail(String name, int latestVersion, List<DatasetVersion> versions) {
}
