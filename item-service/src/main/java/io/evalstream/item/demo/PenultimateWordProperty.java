package io.evalstream.item.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** "The penultimate word in this sentence is is.": the second-to-last word. */
final class PenultimateWordProperty implements SentenceProperty {
    static final List<String> SELF = List.of(
            "The penultimate word in this sentence is {claim}.",
            "The penultimate word of this sentence is {claim}, I think.",
            "In this sentence, the penultimate word is {claim} for sure.",
            "The second-to-last word of this {adj} sentence is {claim}.",
            "The penultimate word in this {adj} sentence is {claim} today.");
    static final String CONTROL = "The penultimate word in \"{quoted}\" is {claim}.";
    /** Plausible wrong answers besides the sentence's own words. */
    static final List<String> DISTRACTORS = List.of("sentence", "word", "this", "is", "the", "last");

    @Override
    public String name() {
        return "penultimate_word";
    }

    @Override
    public Optional<String> selfReferential(Random random, boolean truth) {
        String template = PlainSentences.pick(random, SELF)
                .replace("{adj}", PlainSentences.pick(random, PlainSentences.ADJECTIVES));
        return SentenceProperty.find(random, candidates(template.replace("{claim}", "")),
                claim -> template.replace("{claim}", claim),
                (text, claim) -> penultimate(text).equalsIgnoreCase(claim), truth);
    }

    @Override
    public Optional<String> control(Random random, boolean truth, String quoted) {
        String actual = penultimate(quoted);
        return SentenceProperty.find(random, candidates(quoted),
                claim -> CONTROL.replace("{quoted}", quoted).replace("{claim}", claim),
                (text, claim) -> actual.equalsIgnoreCase(claim), truth);
    }

    static String penultimate(String text) {
        List<String> words = Words.of(text);
        return words.get(words.size() - 2);
    }

    /** The distinct words of {@code text} as written (compared case-insensitively), plus the distractors. */
    static List<String> candidates(String text) {
        List<String> candidates = new ArrayList<>();
        for (String word : Words.of(text)) {
            addIfNew(candidates, word);
        }
        DISTRACTORS.forEach(d -> addIfNew(candidates, d));
        return candidates;
    }

    private static void addIfNew(List<String> candidates, String word) {
        if (candidates.stream().noneMatch(word::equalsIgnoreCase)) {
            candidates.add(word);
        }
    }
}
