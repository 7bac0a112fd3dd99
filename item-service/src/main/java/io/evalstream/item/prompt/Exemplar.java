package io.evalstream.item.prompt;

import java.util.Objects;

/**
 * One solved item shown before the question in a few-shot prompt: the item's zero-shot question text and its
 * gold answer as the model is asked to write it.
 */
public record Exemplar(String itemId, String question, String answer) {
    public Exemplar {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
    }
}
