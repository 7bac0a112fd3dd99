package io.evalstream.scoring.imports;

import java.util.List;

/**
 * A file format whose rows become {@code ResponseReceived} records of a new run: outputs or judgements produced
 * elsewhere, scored by the same scorers as live responses. A converter validates everything before anything is
 * sent; any problem rejects the whole import ({@link ImportRejectedException}).
 */
public interface ResponseFormat {

    /** The format's name in {@code POST /api/imports/{format}}. */
    String name();

    /** One line for users. */
    String description();

    /** Converts {@code files} into responses of run {@code runId}. */
    ConvertedImport convert(String runId, List<ImportFile> files);
}
