package io.evalstream.scoring.moral;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * The stemmed form of a sentence, as MoralChoice's answer matching compares it: split into word tokens (runs of
 * letters and digits, each other non-space character a token of its own, as NLTK's {@code word_tokenize} splits
 * punctuation off), each token Porter-stemmed, joined by single spaces. So {@code "  a"} and {@code "a"}, or
 * {@code "I throw the grenades."} and {@code "i throw the grenade."}, compare equal.
 *
 * <p>Differences from the original (NLTK's Treebank tokenizer and its Porter variant): contractions split as
 * {@code don ' t} rather than {@code do n't}, and the classic Porter rules are used (Snowball's {@code porter}).
 * Both sides of every comparison go through the same function, so these only matter for rare inflections.
 */
final class PorterStems {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");

    private PorterStems() {
    }

    static String of(String sentence) {
        PorterStemmer stemmer = new PorterStemmer();
        Matcher matcher = TOKEN.matcher(sentence);
        StringBuilder out = new StringBuilder(sentence.length());
        while (matcher.find()) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            stemmer.setCurrent(matcher.group());
            stemmer.stem();
            out.append(stemmer.getCurrent());
        }
        return out.toString();
    }

    static List<String> all(List<String> sentences) {
        List<String> stems = new ArrayList<>(sentences.size());
        for (String sentence : sentences) {
            stems.add(of(sentence));
        }
        return stems;
    }
}
