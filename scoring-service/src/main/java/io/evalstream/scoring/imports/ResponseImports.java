package io.evalstream.scoring.imports;

import io.evalstream.contracts.RunPlanned;
import io.evalstream.contracts.VariantPlan;
import io.evalstream.scoring.config.ScoringConfig;
import io.evalstream.scoring.scorer.ReadMode;
import io.evalstream.scoring.stream.SendFailedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.logging.Logger;

/**
 * Response import: files of outputs or judgements produced elsewhere become a new run that goes through the
 * pipeline like a live one. The format converts and validates every file first (all or nothing); then the run's
 * {@code RunPlanned} (expected count = the responses) and the responses are written to Kafka, and the ordinary
 * consumers score, store, complete and report the run. Nothing is computed here: the numbers come from the scorers
 * and the protocol reports.
 */
@ApplicationScoped
public class ResponseImports {
    private static final Logger LOG = Logger.getLogger(ResponseImports.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, ResponseFormat> formats = new TreeMap<>();
    private final ImportPublisher publisher;
    private final ScoringConfig config;

    public ResponseImports(Instance<ResponseFormat> formats, ImportPublisher publisher, ScoringConfig config) {
        formats.forEach(f -> this.formats.put(f.name(), f));
        this.publisher = publisher;
        this.config = config;
    }

    /** Format names with their descriptions. */
    public Map<String, String> formats() {
        Map<String, String> out = new TreeMap<>();
        formats.forEach((name, f) -> out.put(name, f.description()));
        return out;
    }

    public ImportedRun importFiles(String format, List<ImportFile> files) {
        ResponseFormat converter = formats.get(format);
        if (converter == null) {
            throw ImportRejectedException.of(null, null, "format", "unknown format '" + format + "'; known: "
                    + String.join(", ", formats.keySet()));
        }
        if (files == null || files.isEmpty()) {
            throw ImportRejectedException.of(null, null, "files", "give at least one file {name, content}");
        }
        for (int i = 0; i < files.size(); i++) {
            ImportFile f = files.get(i);
            if (f == null || f.name() == null || f.name().isBlank() || f.content() == null) {
                throw ImportRejectedException.of(null, null, "files[" + i + "]", "needs a name and a content");
            }
        }
        String runId = "import-" + HexFormat.of().formatHex(randomBytes());
        ConvertedImport converted = converter.convert(runId, files);
        String suite = "import:" + format;
        RunPlanned planned = RunPlanned.of(runId, suite, 1, converted.models(),
                new VariantPlan("NONE", 1, ReadMode.GENERATE.name(), "imported"), converted.responses().size(),
                converted.scorers());
        try {
            publisher.publish(planned, converted.responses(), config.sendTimeout());
        } catch (SendFailedException e) {
            throw new IllegalStateException("import run " + runId + " was not fully written to the broker ("
                    + e.getMessage() + "); import the files again (a new run)", e);
        }
        LOG.infof("run %s: imported %d responses of %d models from %d %s files", runId, converted.responses().size(),
                converted.models().size(), files.size(), format);
        return new ImportedRun(runId, format, suite, converted.responses().size(), converted.models(),
                converted.files());
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
