package io.evalstream.item.demo;

import java.util.List;

/** English number words: cardinals 0 to 99 ("thirty-eight") and ordinals 1 to 10 ("third"). */
public final class NumberWords {
    private static final List<String> UNITS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen");
    private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty",
            "seventy", "eighty", "ninety");
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth");

    public static final int MAX_CARDINAL = 99;
    public static final int MAX_ORDINAL = ORDINALS.size();

    private NumberWords() {
    }

    public static String cardinal(int n) {
        if (n < 0 || n > MAX_CARDINAL) {
            throw new IllegalArgumentException("no number word for " + n);
        }
        if (n < UNITS.size()) {
            return UNITS.get(n);
        }
        String tens = TENS.get(n / 10);
        return n % 10 == 0 ? tens : tens + "-" + UNITS.get(n % 10);
    }

    /** The value of a cardinal written by {@link #cardinal}. */
    public static int value(String word) {
        for (int n = 0; n <= MAX_CARDINAL; n++) {
            if (cardinal(n).equalsIgnoreCase(word)) {
                return n;
            }
        }
        throw new IllegalArgumentException("not a number word: " + word);
    }

    public static String ordinal(int n) {
        if (n < 1 || n > MAX_ORDINAL) {
            throw new IllegalArgumentException("no ordinal word for " + n);
        }
        return ORDINALS.get(n - 1);
    }
}
