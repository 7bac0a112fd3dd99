package io.evalstream.item.demo;

import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * "This sentence contains thirty-eight letters.": the number of letters, which depends on the claim itself,
 * so a true statement is a fixed point found by search (not every template has one; the draw is then
 * repeated with another).
 */
final class LetterCountProperty implements SentenceProperty {
    static final List<String> SELF = List.of(
            "This sentence contains {claim} letters.",
            "This sentence has exactly {claim} letters.",
            "There are {claim} letters in this sentence.",
            "Counting carefully, this sentence has {claim} letters.",
            "This {adj} sentence contains {claim} letters.",
            "This {adj} sentence has exactly {claim} letters.",
            "There are exactly {claim} letters in this {adj} sentence.",
            "If you count carefully, this sentence has {claim} letters.",
            "Believe it or not, this sentence contains {claim} letters.",
            "All in all, this {adj} sentence has {claim} letters.");
    static final String CONTROL = "The sentence \"{quoted}\" contains {claim} letters.";
    /** Number words add 3 ("one") to 12 ("seventy-seven") letters. */
    static final int MIN_NUMBER_LETTERS = 3;
    static final int MAX_NUMBER_LETTERS = 12;

    @Override
    public String name() {
        return "letter_count";
    }

    @Override
    public Optional<String> selfReferential(Random random, boolean truth) {
        String template = PlainSentences.pick(random, SELF)
                .replace("{adj}", PlainSentences.pick(random, PlainSentences.ADJECTIVES));
        int withoutClaim = Words.letters(template.replace("{claim}", ""));
        return SentenceProperty.find(random,
                SentenceProperty.cardinals(withoutClaim + MIN_NUMBER_LETTERS, withoutClaim + MAX_NUMBER_LETTERS),
                claim -> template.replace("{claim}", claim),
                (text, claim) -> Words.letters(text) == NumberWords.value(claim), truth);
    }

    @Override
    public Optional<String> control(Random random, boolean truth, String quoted) {
        int actual = Words.letters(quoted);
        return SentenceProperty.find(random, SentenceProperty.cardinals(actual - 4, actual + 4),
                claim -> CONTROL.replace("{quoted}", quoted).replace("{claim}", claim),
                (text, claim) -> actual == NumberWords.value(claim), truth);
    }
}
