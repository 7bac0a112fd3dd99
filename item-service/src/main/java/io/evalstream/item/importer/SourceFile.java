package io.evalstream.item.importer;

import java.util.Objects;

/**
 * One uploaded file of a format import: its name as the user's tree has it (a relative path such as
 * {@code scenarios/moralchoice_low_ambiguity.csv}, so a format can tell its files apart) and its text.
 */
public record SourceFile(String name, String content) {
    public SourceFile {
        Objects.requireNonNull(name, "files[].name");
        Objects.requireNonNull(content, "files[].content");
    }

    /** The last path segment, e.g. {@code ab.json} for {@code question_templates/ab.json}. */
    public String baseName() {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return slash < 0 ? name : name.substring(slash + 1);
    }
}
