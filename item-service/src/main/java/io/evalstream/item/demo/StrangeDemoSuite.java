package io.evalstream.item.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evalstream.item.kind.MultipleChoiceKind;
import io.evalstream.item.kind.TrueFalseKind;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * A procedurally generated metalinguistic suite in the spirit of "I am a Strange Dataset" (Thrush et al.):
 * statements about themselves ("This sentence has five words.") whose truth a model can only get right by
 * reading the sentence as an object, each paired with a control twin making the same kind of claim about a
 * quoted ordinary sentence. The difference between the two is the measurement. Ground truth is computed by
 * code on the finished text ({@link Words}); the same seed yields byte-identical JSONL, so importing the
 * suite twice finds the same dataset version.
 *
 * <p>Contents: for each of five properties, {@value #PAIRS_PER_PROPERTY} true/false pairs (self-referential +
 * control, same truth value, half true and half false); and {@value #CHOICE_PAIRS_PER_PROPERTY} multiple-choice
 * pairs for each of two question properties, gold positions spread evenly over A to D. 300 items in all.
 * Every statement and question text is distinct. Slices: {@code self_ref} or {@code control}, and
 * {@code prop:<property>}.
 */
public final class StrangeDemoSuite {
    static final int PAIRS_PER_PROPERTY = 24;
    static final int CHOICE_PAIRS_PER_PROPERTY = 15;
    /** A draw that cannot reach the wanted truth value (a template without a fixed point) is redrawn. */
    static final int MAX_DRAWS = 200;
    static final String SELF_REF = "self_ref";
    static final String CONTROL = "control";
    static final List<SentenceProperty> PROPERTIES = List.of(new WordCountProperty(), new PenultimateWordProperty(),
            new NthWordProperty(), new FirstLetterProperty(), new LetterCountProperty());

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StrangeDemoSuite() {
    }

    /** The suite as JSONL, one item per line, in the import format of docs/architecture.md. */
    public static String jsonl(long seed) {
        StringBuilder out = new StringBuilder();
        for (ObjectNode line : lines(seed)) {
            out.append(line.toString()).append('\n');
        }
        return out.toString();
    }

    static List<ObjectNode> lines(long seed) {
        Random random = new Random(seed);
        List<ObjectNode> lines = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (SentenceProperty property : PROPERTIES) {
            List<Boolean> truths = balancedTruths(random, PAIRS_PER_PROPERTY);
            for (int pair = 0; pair < PAIRS_PER_PROPERTY; pair++) {
                boolean truth = truths.get(pair);
                String self = draw(random, used, r -> property.selfReferential(r, truth), property.name());
                String control = draw(random, used, r -> property.control(r, truth, PlainSentences.next(r)),
                        property.name());
                String id = "sd-tf-" + property.name() + "-" + three(pair);
                lines.add(trueFalse(id + "-self", self, truth, SELF_REF, property.name()));
                lines.add(trueFalse(id + "-control", control, truth, CONTROL, property.name()));
            }
        }
        List<Integer> positions = balancedPositions(random, CHOICE_PAIRS_PER_PROPERTY);
        for (int pair = 0; pair < CHOICE_PAIRS_PER_PROPERTY; pair++) {
            String id = "sd-mc-nth_word-" + three(pair);
            int gold = positions.get(pair);
            lines.add(choice(id + "-self", drawQuestion(random, used, r -> ChoiceQuestions.nthWordSelf(r, gold)),
                    SELF_REF, "nth_word"));
            lines.add(choice(id + "-control", drawQuestion(random, used,
                    r -> ChoiceQuestions.nthWordControl(r, PlainSentences.next(r), gold)), CONTROL, "nth_word"));
        }
        positions = balancedPositions(random, CHOICE_PAIRS_PER_PROPERTY);
        for (int pair = 0; pair < CHOICE_PAIRS_PER_PROPERTY; pair++) {
            String id = "sd-mc-word_count-" + three(pair);
            int gold = positions.get(pair);
            lines.add(choice(id + "-self", drawQuestion(random, used, r -> ChoiceQuestions.wordCountSelf(r, gold)),
                    SELF_REF, "word_count"));
            lines.add(choice(id + "-control", drawQuestion(random, used,
                    r -> ChoiceQuestions.wordCountControl(r, PlainSentences.next(r), gold)), CONTROL, "word_count"));
        }
        return lines;
    }

    /** A statement with the wanted truth that is not already in the suite: every item is a distinct text. */
    private static String draw(Random random, Set<String> used, Function<Random, Optional<String>> attempt,
            String property) {
        for (int i = 0; i < MAX_DRAWS; i++) {
            Optional<String> statement = attempt.apply(random);
            if (statement.isPresent() && used.add(statement.get())) {
                return statement.get();
            }
        }
        throw new IllegalStateException("no new statement for property " + property + " after " + MAX_DRAWS
                + " draws");
    }

    private static ChoiceQuestions.Question drawQuestion(Random random, Set<String> used,
            Function<Random, ChoiceQuestions.Question> attempt) {
        for (int i = 0; i < MAX_DRAWS; i++) {
            ChoiceQuestions.Question question = attempt.apply(random);
            if (used.add(question.text())) {
                return question;
            }
        }
        throw new IllegalStateException("no new question after " + MAX_DRAWS + " draws");
    }

    /** Exactly half true (one more true when odd), in seeded random order. */
    private static List<Boolean> balancedTruths(Random random, int count) {
        List<Boolean> truths = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            truths.add(i % 2 == 0);
        }
        Collections.shuffle(truths, random);
        return truths;
    }

    /** Gold positions 0..3 equally often, in seeded random order, so position bias cannot pass for skill. */
    private static List<Integer> balancedPositions(Random random, int count) {
        List<Integer> positions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            positions.add(i % ChoiceQuestions.CHOICES);
        }
        Collections.shuffle(positions, random);
        return positions;
    }

    private static ObjectNode trueFalse(String id, String statement, boolean label, String reference,
            String property) {
        ObjectNode line = MAPPER.createObjectNode();
        line.put("kind", TrueFalseKind.NAME);
        line.put("id", id);
        line.put("statement", statement);
        line.put("label", label);
        line.set("slices", slices(reference, property));
        return line;
    }

    private static ObjectNode choice(String id, ChoiceQuestions.Question question, String reference,
            String property) {
        ObjectNode line = MAPPER.createObjectNode();
        line.put("kind", MultipleChoiceKind.NAME);
        line.put("id", id);
        line.put("question", question.text());
        ArrayNode choices = line.putArray("choices");
        question.choices().forEach(choices::add);
        line.put("answer", question.answer());
        line.set("slices", slices(reference, property));
        return line;
    }

    private static ArrayNode slices(String reference, String property) {
        return MAPPER.createArrayNode().add(reference).add("prop:" + property);
    }

    private static String three(int n) {
        return String.format("%03d", n);
    }
}
