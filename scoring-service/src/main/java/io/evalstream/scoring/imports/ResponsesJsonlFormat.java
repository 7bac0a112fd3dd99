package io.evalstream.scoring.imports;

import io.evalstream.contracts.EventCodec;
import io.evalstream.contracts.RequestIds;
import io.evalstream.contracts.ResponseReceived;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * JSONL of {@code ResponseReceived} events exactly as {@link EventCodec} writes them (one event per line, the shape
 * on {@code eval-responses}): outputs produced elsewhere, or exported from another run. Each response is moved into
 * the new run: its run id is replaced, its request id recomputed from (run, item, variant, sample, model, purpose)
 * and it gets a new event id and time; everything else (status, output, scoring context) is kept, so the same scorer
 * reads it as it would a live response. A line that does not decode, or that repeats another line's request,
 * rejects the import (file, line and reason named); blank lines are skipped.
 */
@ApplicationScoped
public class ResponsesJsonlFormat implements ResponseFormat {
    public static final String NAME = "responses";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "JSONL of ResponseReceived events (the eval-responses shape), moved into a new run and scored as live";
    }

    @Override
    public ConvertedImport convert(String runId, List<ImportFile> files) {
        List<ImportError> errors = new ArrayList<>();
        List<ResponseReceived> responses = new ArrayList<>();
        List<ConvertedImport.FileSummary> summaries = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        TreeSet<String> models = new TreeSet<>();
        Instant now = Instant.now();
        for (ImportFile file : files) {
            String[] lines = (file.content() == null ? "" : file.content()).split("\r?\n", -1);
            int made = 0;
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                ResponseReceived r;
                try {
                    r = EventCodec.decode(lines[i], ResponseReceived.class);
                } catch (RuntimeException e) {
                    errors.add(new ImportError(file.name(), i + 1, null, e.getMessage()));
                    continue;
                }
                String requestId = RequestIds.of(runId, r.itemId(), r.variant().id(), r.sample(), r.modelId(),
                        r.purpose());
                String where = file.name() + " line " + (i + 1);
                String previous = seen.putIfAbsent(requestId, where);
                if (previous != null) {
                    errors.add(new ImportError(file.name(), i + 1, "requestId", "the same item, variant, sample, "
                            + "model and purpose as " + previous));
                    continue;
                }
                models.add(r.modelId());
                responses.add(new ResponseReceived(r.schema(), UUID.randomUUID().toString(), now, requestId, runId,
                        r.itemId(), r.variant(), r.sample(), r.purpose(), r.modelId(), r.status(), r.output(),
                        r.usage(), r.costUsd(), r.latencyMs(), r.cached(), r.attempts(), r.error(), r.scoring(),
                        null));
                made++;
            }
            summaries.add(new ConvertedImport.FileSummary(file.name(), null, made, 0, 0));
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        if (responses.isEmpty()) {
            throw ImportRejectedException.of(null, null, "files", "no responses in the files given");
        }
        return new ConvertedImport(responses, List.copyOf(models), List.of(), summaries);
    }
}
