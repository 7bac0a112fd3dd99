package io.evalstream.item.importer;

import java.util.List;

/** The body of {@code POST /api/datasets/{name}/import/{format}}: the files as the user has them. */
public record ImportBundle(List<SourceFile> files) {
    public ImportBundle {
        files = files == null ? List.of() : List.copyOf(files);
    }
}
