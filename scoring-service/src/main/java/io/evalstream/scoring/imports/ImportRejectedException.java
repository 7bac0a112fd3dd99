package io.evalstream.scoring.imports;

import java.util.List;

/** An import rejected whole (nothing was sent): answered with a 400 problem naming every bad file, line and field. */
public class ImportRejectedException extends RuntimeException {
    /** At most this many errors are listed; the detail says how many there were. */
    static final int MAX_LISTED = 100;

    private final List<ImportError> errors;

    public ImportRejectedException(List<ImportError> errors) {
        super(describe(errors));
        this.errors = List.copyOf(errors.subList(0, Math.min(errors.size(), MAX_LISTED)));
    }

    public static ImportRejectedException of(String file, Integer line, String field, String message) {
        return new ImportRejectedException(List.of(new ImportError(file, line, field, message)));
    }

    public List<ImportError> errors() {
        return errors;
    }

    private static String describe(List<ImportError> errors) {
        if (errors.isEmpty()) {
            return "invalid import";
        }
        ImportError first = errors.get(0);
        StringBuilder text = new StringBuilder();
        if (first.file() != null) {
            text.append(first.file());
        }
        if (first.line() != null) {
            text.append(text.isEmpty() ? "" : " ").append("line ").append(first.line());
        }
        if (first.field() != null) {
            text.append(text.isEmpty() ? "" : ", ").append(first.field());
        }
        text.append(text.isEmpty() ? "" : ": ").append(first.message());
        if (errors.size() > 1) {
            text.append(" (and ").append(errors.size() - 1).append(" more)");
        }
        return text.toString();
    }
}
