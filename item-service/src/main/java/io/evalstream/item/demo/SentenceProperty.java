package io.evalstream.item.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * One checkable property of a sentence (its word count, its penultimate word, ...), able to write a statement
 * about itself ("This sentence has five words.") and a control statement about a quoted sentence, each with a
 * requested truth value. Truth is never assumed from the template: every candidate claim is written into the
 * sentence and the property is then computed on the finished text, which matters because the claim itself
 * changes the sentence (a longer number word adds letters).
 */
interface SentenceProperty {

    /** The slice suffix: {@code prop:<name>}. */
    String name();

    /** A statement about itself with truth value {@code truth}, or empty when this draw cannot have it. */
    Optional<String> selfReferential(Random random, boolean truth);

    /** A statement about {@code quoted} (not about itself) with truth value {@code truth}, or empty. */
    Optional<String> control(Random random, boolean truth, String quoted);

    /**
     * Tries the candidate claims in a seeded random order and returns the first statement whose computed truth
     * is {@code truth}.
     *
     * @param statement writes a claim into the statement
     * @param holds     computes, from the finished statement and the claim, whether the statement is true
     */
    static Optional<String> find(Random random, List<String> candidates, Function<String, String> statement,
            BiPredicate<String, String> holds, boolean truth) {
        List<String> order = new ArrayList<>(candidates);
        Collections.shuffle(order, random);
        for (String claim : order) {
            String text = statement.apply(claim);
            if (holds.test(text, claim) == truth) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    /** Number words from {@code from} to {@code to}, clipped to what {@link NumberWords} can spell. */
    static List<String> cardinals(int from, int to) {
        List<String> words = new ArrayList<>();
        for (int n = Math.max(1, from); n <= Math.min(NumberWords.MAX_CARDINAL, to); n++) {
            words.add(NumberWords.cardinal(n));
        }
        return words;
    }
}
