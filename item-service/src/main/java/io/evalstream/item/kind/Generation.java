package io.evalstream.item.kind;

/** A generation item's content: the prompt, and a reference answer when there is one (null otherwise). */
public record Generation(String prompt, String reference) {
}
