package io.evalstream.item.demo;

import java.util.List;
import java.util.Optional;
import java.util.Random;

/** "The third word of this sentence is word.": the word at a drawn position (first to seventh). */
final class NthWordProperty implements SentenceProperty {
    static final List<String> SELF = List.of(
            "The {ordinal} word of this sentence is {claim}.",
            "In this sentence, the {ordinal} word is {claim}.",
            "Look closely: the {ordinal} word in this sentence is {claim}.",
            "The {ordinal} word in this {adj} sentence is {claim}.");
    static final String CONTROL = "The {ordinal} word of \"{quoted}\" is {claim}.";
    static final int MAX_POSITION = 7;

    @Override
    public String name() {
        return "nth_word";
    }

    @Override
    public Optional<String> selfReferential(Random random, boolean truth) {
        int n = 1 + random.nextInt(MAX_POSITION);
        String template = PlainSentences.pick(random, SELF).replace("{ordinal}", NumberWords.ordinal(n))
                .replace("{adj}", PlainSentences.pick(random, PlainSentences.ADJECTIVES));
        return SentenceProperty.find(random, PenultimateWordProperty.candidates(template.replace("{claim}", "")),
                claim -> template.replace("{claim}", claim),
                (text, claim) -> Words.of(text).get(n - 1).equalsIgnoreCase(claim), truth);
    }

    @Override
    public Optional<String> control(Random random, boolean truth, String quoted) {
        List<String> words = Words.of(quoted);
        int n = 1 + random.nextInt(Math.min(MAX_POSITION, words.size()));
        String actual = words.get(n - 1);
        return SentenceProperty.find(random, PenultimateWordProperty.candidates(quoted),
                claim -> CONTROL.replace("{ordinal}", NumberWords.ordinal(n)).replace("{quoted}", quoted)
                        .replace("{claim}", claim),
                (text, claim) -> actual.equalsIgnoreCase(claim), truth);
    }
}
