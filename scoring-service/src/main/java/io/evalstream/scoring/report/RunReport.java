package io.evalstream.scoring.report;

import java.util.Map;

/** {@code GET /api/runs/{id}/report}: the run's protocol sections, keyed by {@link ProtocolReport#name()}. */
public record RunReport(String runId, Map<String, Object> sections) {
}
