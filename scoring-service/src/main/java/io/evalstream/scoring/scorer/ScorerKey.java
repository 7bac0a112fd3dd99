package io.evalstream.scoring.scorer;

import java.util.Locale;
import java.util.Objects;

/** What a scorer is registered for: one item kind read one way. */
public record ScorerKey(String kind, ReadMode readMode) {
    public ScorerKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(readMode, "readMode");
        kind = kind.trim().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return kind + "/" + readMode;
    }
}
