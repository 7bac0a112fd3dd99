package io.evalstream.contracts;

/** An event written under a contract version this code does not understand: dead-lettered, never guessed at. */
public class UnsupportedSchemaException extends RuntimeException {
    private final int schema;

    public UnsupportedSchemaException(int schema) {
        super("unsupported event schema " + schema + " (this build reads schema " + Event.CURRENT_SCHEMA + ")");
        this.schema = schema;
    }

    public int schema() {
        return schema;
    }
}
