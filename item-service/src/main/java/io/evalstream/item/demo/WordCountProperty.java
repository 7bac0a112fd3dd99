package io.evalstream.item.demo;

import java.util.List;
import java.util.Optional;
import java.util.Random;

/** "This sentence has five words.": the number of words (see {@link Words}). */
final class WordCountProperty implements SentenceProperty {
    static final List<String> SELF = List.of(
            "This sentence has {claim} words.",
            "This sentence contains exactly {claim} words.",
            "Counting every word, this sentence has {claim} words.",
            "This {adj} sentence has {claim} words.",
            "If you count them, this sentence has {claim} words in total.",
            "This {adj} sentence contains exactly {claim} words.",
            "Believe it or not, this {adj} little sentence has {claim} words.",
            "All in all, this sentence is made of {claim} words.");
    static final String CONTROL = "The sentence \"{quoted}\" has {claim} words.";

    @Override
    public String name() {
        return "word_count";
    }

    @Override
    public Optional<String> selfReferential(Random random, boolean truth) {
        String template = PlainSentences.pick(random, SELF)
                .replace("{adj}", PlainSentences.pick(random, PlainSentences.ADJECTIVES));
        int approximate = Words.of(template).size();
        return SentenceProperty.find(random, SentenceProperty.cardinals(approximate - 3, approximate + 3),
                claim -> template.replace("{claim}", claim),
                (text, claim) -> Words.of(text).size() == NumberWords.value(claim), truth);
    }

    @Override
    public Optional<String> control(Random random, boolean truth, String quoted) {
        int actual = Words.of(quoted).size();
        return SentenceProperty.find(random, SentenceProperty.cardinals(actual - 3, actual + 3),
                claim -> CONTROL.replace("{quoted}", quoted).replace("{claim}", claim),
                (text, claim) -> actual == NumberWords.value(claim), truth);
    }
}
