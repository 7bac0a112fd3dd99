package io.evalstream.item.run;

import java.util.List;

/** The response to {@code POST /api/runs}. */
public record RunCreated(String runId, long expectedRequests, String suite, int version, List<String> models,
        RunStatus status) {
}
