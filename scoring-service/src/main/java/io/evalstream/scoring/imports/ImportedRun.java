package io.evalstream.scoring.imports;

import java.util.List;

/**
 * Answer of {@code POST /api/imports/{format}}: the new run (follow it at {@code /api/runs/{runId}}, read its
 * numbers at {@code /api/runs/{runId}/report}), how many responses were sent, the models and each file's summary.
 */
public record ImportedRun(String runId, String format, String suite, long responses, List<String> models,
        List<ConvertedImport.FileSummary> files) {
}
