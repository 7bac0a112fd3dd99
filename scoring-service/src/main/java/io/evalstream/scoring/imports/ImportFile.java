package io.evalstream.scoring.imports;

/** One uploaded file: its name (for error messages and the run's summary) and its text. */
public record ImportFile(String name, String content) {
}
