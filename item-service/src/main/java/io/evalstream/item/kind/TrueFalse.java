package io.evalstream.item.kind;

/** A true/false item's content: a statement and whether it is true. */
public record TrueFalse(String statement, boolean label) {
}
