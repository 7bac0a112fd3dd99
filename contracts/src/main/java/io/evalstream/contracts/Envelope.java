package io.evalstream.contracts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Checks and defaults for the envelope fields every event record carries. */
final class Envelope {
    private Envelope() {
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }

    static void check(int schema, String id, Instant occurredAt) {
        if (schema != Event.CURRENT_SCHEMA) {
            throw new UnsupportedSchemaException(schema);
        }
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
