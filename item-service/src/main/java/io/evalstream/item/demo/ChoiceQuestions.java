package io.evalstream.item.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The multiple-choice part of the demo suite: "Which word comes third in this question?" and "How many words
 * are in this question?", each with a control twin about a quoted sentence. "This question" means the question
 * sentence only, not the options listed under it; the answer is computed on the question text.
 */
final class ChoiceQuestions {
    static final int CHOICES = 4;
    static final List<String> NTH_SELF = List.of(
            "Which word comes {ordinal} in this question?",
            "In this question, which word is the {ordinal} one?",
            "Which word of this question is the {ordinal} word?",
            "Reading this {adj} question, which word comes {ordinal}?",
            "Which word is in the {ordinal} position of this {adj} question?");
    static final String NTH_CONTROL = "Which word comes {ordinal} in the sentence \"{quoted}\"?";
    static final List<String> COUNT_SELF = List.of(
            "How many words are in this question?",
            "How many words does this question contain?",
            "Counting each word once, how many words does this question have?",
            "How many words are there in this {adj} question?",
            "In total, how many words does this question have?",
            "How many words does this {adj} question contain?",
            "Including this one, how many words are in this {adj} question?");
    static final String COUNT_CONTROL = "How many words are in the sentence \"{quoted}\"?";

    /** A question with its choices and the gold's index among them. */
    record Question(String text, List<String> choices, int answer) {
    }

    private ChoiceQuestions() {
    }

    static Question nthWordSelf(Random random, int goldPosition) {
        String template = PlainSentences.pick(random, NTH_SELF)
                .replace("{adj}", PlainSentences.pick(random, PlainSentences.ADJECTIVES));
        int n = 1 + random.nextInt(Math.min(NumberWords.MAX_ORDINAL, Words.of(template).size()));
        String question = template.replace("{ordinal}", NumberWords.ordinal(n));
        return nthWord(random, question, Words.of(question), n, goldPosition);
    }

    static Question nthWordControl(Random random, String quoted, int goldPosition) {
        List<String> words = Words.of(quoted);
        int n = 1 + random.nextInt(Math.min(NumberWords.MAX_ORDINAL, words.size()));
        String question = NTH_CONTROL.replace("{ordinal}", NumberWords.ordinal(n)).replace("{quoted}", quoted);
        return nthWord(random, question, words, n, goldPosition);
    }

    static Question wordCountSelf(Random random, int goldPosition) {
        String question = PlainSentences.pick(random, COUNT_SELF)
                .replace("{adj}", PlainSentences.pick(random, PlainSentences.ADJECTIVES));
        return count(random, question, Words.of(question).size(), goldPosition);
    }

    static Question wordCountControl(Random random, String quoted, int goldPosition) {
        return count(random, COUNT_CONTROL.replace("{quoted}", quoted), Words.of(quoted).size(), goldPosition);
    }

    /** Gold: the n-th of {@code words}; distractors: other words of the same text, so each is plausible. */
    private static Question nthWord(Random random, String question, List<String> words, int n, int goldPosition) {
        String gold = words.get(n - 1);
        List<String> others = new ArrayList<>();
        for (String word : words) {
            if (!word.equalsIgnoreCase(gold) && others.stream().noneMatch(word::equalsIgnoreCase)) {
                others.add(word);
            }
        }
        Collections.shuffle(others, random);
        for (String filler : List.of("question", "sentence", "word", "which")) {
            if (others.size() < CHOICES - 1 && !filler.equalsIgnoreCase(gold)
                    && others.stream().noneMatch(filler::equalsIgnoreCase)) {
                others.add(filler);
            }
        }
        return arrange(question, gold, others.subList(0, CHOICES - 1), goldPosition);
    }

    /** Gold: the count in digits; distractors: the nearest other counts. */
    private static Question count(Random random, String question, int actual, int goldPosition) {
        List<String> others = new ArrayList<>();
        for (int delta : new int[] { -2, -1, 1, 2, 3 }) {
            if (actual + delta > 0) {
                others.add(Integer.toString(actual + delta));
            }
        }
        Collections.shuffle(others, random);
        return arrange(question, Integer.toString(actual), others.subList(0, CHOICES - 1), goldPosition);
    }

    private static Question arrange(String question, String gold, List<String> distractors, int goldPosition) {
        List<String> choices = new ArrayList<>(distractors);
        choices.add(goldPosition, gold);
        return new Question(question, List.copyOf(choices), goldPosition);
    }
}
