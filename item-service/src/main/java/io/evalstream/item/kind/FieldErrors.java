package io.evalstream.item.kind;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects what is wrong with one item, field by field, so that a kind reports every problem of a line at once
 * and the importer adds the line number; kinds never throw for bad input.
 */
public final class FieldErrors {
    /** One invalid field: its name as written in the file ({@code choices[2]}) and why. */
    public record FieldError(String field, String message) {
    }

    private final List<FieldError> errors = new ArrayList<>();

    public void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<FieldError> list() {
        return List.copyOf(errors);
    }
}
