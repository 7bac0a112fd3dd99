package io.evalstream.item.kind;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A true/false item's content: a statement and whether it is true. Optional Strange Dataset links (null when
 * absent, and then left out of the stored payload so that the content hash of older items is unchanged):
 * {@code pair} groups the true and the false statement of one item (verification scores them together: 1, 0.5 or
 * 0); {@code controlOf} names the self-referential statement this one is the control twin of.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrueFalse(String statement, boolean label, String pair, String controlOf) {
    /** A statement without twin links. */
    public TrueFalse(String statement, boolean label) {
        this(statement, label, null, null);
    }
}
