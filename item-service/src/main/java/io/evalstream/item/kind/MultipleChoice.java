package io.evalstream.item.kind;

import java.util.List;

/** A multiple-choice item's content: {@code answer} is the gold option's index in {@code choices}. */
public record MultipleChoice(String question, List<String> choices, int answer) {
    public MultipleChoice {
        choices = List.copyOf(choices);
        if (answer < 0 || answer >= choices.size()) {
            throw new IllegalArgumentException("answer " + answer + " is not an index of choices");
        }
    }
}
