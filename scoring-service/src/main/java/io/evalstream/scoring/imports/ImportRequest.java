package io.evalstream.scoring.imports;

import java.util.List;

/** Body of {@code POST /api/imports/{format}}: the files to import into one new run. */
public record ImportRequest(List<ImportFile> files) {
}
