package io.evalstream.item.demo;

import java.util.List;
import java.util.Random;

/**
 * Ordinary sentences about nothing in particular, quoted by the control items: the same property asked of a
 * sentence that is not the statement itself. Varied lengths (3 to 9 words) so that counts and positions differ.
 */
final class PlainSentences {
    static final List<String> ADJECTIVES = List.of("quick", "small", "quiet", "bright", "old", "green", "happy",
            "tired", "brave", "gentle", "curious", "lazy");
    static final List<String> NOUNS = List.of("fox", "river", "teacher", "garden", "window", "child", "horse",
            "letter", "painter", "city", "lamp", "kettle", "sailor", "bridge");
    static final List<String> VERBS = List.of("slept", "waited", "sang", "rested", "danced", "walked", "laughed",
            "wandered", "paused", "listened");
    static final List<String> PREPOSITIONS = List.of("near", "under", "beside", "behind", "inside", "below");
    static final List<String> NAMES = List.of("Maria", "Tom", "Aisha", "Kenji", "Olga", "Pedro", "Nadia", "Liam");
    static final List<String> TIMES = List.of("dawn", "noon", "night", "midnight", "sunset");

    private PlainSentences() {
    }

    static String next(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> "The " + pick(random, ADJECTIVES) + " " + pick(random, NOUNS) + " " + pick(random, VERBS) + " "
                    + pick(random, PREPOSITIONS) + " the " + pick(random, NOUNS) + ".";
            case 1 -> "A " + pick(random, NOUNS) + " " + pick(random, VERBS) + " " + pick(random, PREPOSITIONS)
                    + " the " + pick(random, ADJECTIVES) + " " + pick(random, NOUNS) + ".";
            case 2 -> pick(random, NAMES) + " " + pick(random, VERBS) + " " + pick(random, PREPOSITIONS) + " the "
                    + pick(random, NOUNS) + " at " + pick(random, TIMES) + ".";
            case 3 -> "Every " + pick(random, NOUNS) + " " + pick(random, VERBS) + " quietly.";
            default -> "My " + pick(random, ADJECTIVES) + " " + pick(random, ADJECTIVES) + " " + pick(random, NOUNS)
                    + " " + pick(random, VERBS) + " " + pick(random, PREPOSITIONS) + " an " + "empty "
                    + pick(random, NOUNS) + " at " + pick(random, TIMES) + ".";
        };
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
