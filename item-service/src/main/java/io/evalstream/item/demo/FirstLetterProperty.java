package io.evalstream.item.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** "The first letter of this sentence is T.": the first letter, compared case-insensitively. */
final class FirstLetterProperty implements SentenceProperty {
    static final List<String> OPENERS = List.of("", "Surely,", "Indeed,", "Perhaps", "Clearly,", "Honestly,",
            "Well,", "Obviously,", "Note that", "Naturally,", "Frankly,", "Admittedly,", "Yes,", "Remarkably,",
            "Granted,", "Basically,", "Undoubtedly,", "Evidently,", "Quite simply,", "As you can see,",
            "Mind you,", "Oddly enough,", "Believe it or not,", "Kindly note that");
    static final String SELF = "{opener} the first letter of this sentence is {claim}.";
    static final String CONTROL = "The first letter of \"{quoted}\" is {claim}.";
    static final List<String> LETTERS;

    static {
        List<String> letters = new ArrayList<>();
        for (char c = 'A'; c <= 'Z'; c++) {
            letters.add(String.valueOf(c));
        }
        LETTERS = List.copyOf(letters);
    }

    @Override
    public String name() {
        return "first_letter";
    }

    @Override
    public Optional<String> selfReferential(Random random, boolean truth) {
        String opener = PlainSentences.pick(random, OPENERS);
        String template = opener.isEmpty() ? "The first letter of this sentence is {claim}."
                : SELF.replace("{opener}", opener);
        return SentenceProperty.find(random, LETTERS, claim -> template.replace("{claim}", claim),
                (text, claim) -> String.valueOf(Words.firstLetter(text)).equalsIgnoreCase(claim), truth);
    }

    @Override
    public Optional<String> control(Random random, boolean truth, String quoted) {
        char actual = Words.firstLetter(quoted);
        return SentenceProperty.find(random, LETTERS,
                claim -> CONTROL.replace("{quoted}", quoted).replace("{claim}", claim),
                (text, claim) -> String.valueOf(actual).equalsIgnoreCase(claim), truth);
    }
}
