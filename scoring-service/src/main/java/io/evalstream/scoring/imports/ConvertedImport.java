package io.evalstream.scoring.imports;

import io.evalstream.contracts.ResponseReceived;
import java.util.List;

/**
 * What a format converter produced for one new run: the responses (already carrying the run's id), the models
 * they belong to, the scorers expected to read them, and a summary per file.
 */
public record ConvertedImport(List<ResponseReceived> responses, List<String> models, List<String> scorers,
        List<FileSummary> files) {

    /**
     * @param rows        responses made from the file
     * @param skipped     entries that were not rows (non-objects in a JSON array)
     * @param unannotated rows without a preference (AlpacaEval; they are scored as draws)
     */
    public record FileSummary(String name, String model, int rows, int skipped, int unannotated) {
    }
}
