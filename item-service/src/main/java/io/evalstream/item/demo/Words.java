package io.evalstream.item.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * How the demo suite counts: a word is a whitespace-separated token with leading and trailing punctuation
 * removed ({@code "words."} is {@code words}, {@code thirty-eight} is one word); letters are characters for
 * which {@link Character#isLetter} holds. Ground truth is computed with these rules on the exact text a
 * model sees, so the labels cannot drift from the sentences.
 */
public final class Words {
    private Words() {
    }

    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        for (String token : text.strip().split("\\s+")) {
            String word = trim(token);
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    public static int letters(String text) {
        return (int) text.chars().filter(Character::isLetter).count();
    }

    /** The first letter of the text, upper-cased. */
    public static char firstLetter(String text) {
        return text.chars().filter(Character::isLetter).mapToObj(c -> (char) c).findFirst()
                .map(Character::toUpperCase)
                .orElseThrow(() -> new IllegalArgumentException("no letter in: " + text));
    }

    private static String trim(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && !Character.isLetterOrDigit(token.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(token.charAt(end - 1))) {
            end--;
        }
        return token.substring(start, end);
    }
}
