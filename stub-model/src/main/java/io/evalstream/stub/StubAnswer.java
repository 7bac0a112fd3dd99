package io.evalstream.stub;

import java.util.List;

/**
 * What the stub model "generates" for one choice: its tokens (concatenated they are the text), each with a
 * log-probability and alternatives, and why it stopped: {@code end} (the answer was complete), {@code length}
 * ({@code max_tokens} reached) or {@code stop_sequence} (then {@code stopSequence} is the one met).
 */
record StubAnswer(List<Token> tokens, String finishReason, String stopSequence) {

    /** One generated token with its alternatives, most likely first. */
    record Token(String text, double logprob, List<Alternative> top) {
    }

    /** One alternative token at a position. */
    record Alternative(String text, double logprob) {
    }

    String text() {
        StringBuilder text = new StringBuilder();
        tokens.forEach(t -> text.append(t.text()));
        return text.toString();
    }
}
