package io.evalstream.scoring.imports;

/** One problem of an import: the file, the line (JSONL) or row (JSON array, 1-based; null for the whole file), the field. */
public record ImportError(String file, Integer line, String field, String message) {
}
