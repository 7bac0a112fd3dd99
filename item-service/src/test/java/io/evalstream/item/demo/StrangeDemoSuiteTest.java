package io.evalstream.item.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.evalstream.item.importer.JsonlParser;
import io.evalstream.item.kind.ItemKinds;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Strategy: an independent oracle. For every generated item the test reads the claim back out of the text
 * with its own regular expressions, recomputes the property on the text with its own tokenizer, letter
 * counter and number parser (none of the production helpers), and compares with the label. Then it checks
 * determinism, size, balance and that the file passes the ordinary import validation.
 */
class StrangeDemoSuiteTest {
    private static final long SEED = 20240607L;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    private final List<JsonNode> items = parse(StrangeDemoSuite.jsonl(SEED));

    @Test
    void everyTrueFalseLabelMatchesTheRecomputedTruth() {
        List<JsonNode> statements = items.stream().filter(i -> i.get("kind").asText().equals("true_false")).toList();
        assertThat(statements).hasSize(240);
        for (JsonNode item : statements) {
            String statement = item.get("statement").asText();
            assertThat(truthOf(statement, property(item), isControl(item)))
                    .as("%s: %s", item.get("id").asText(), statement)
                    .isEqualTo(item.get("label").asBoolean());
        }
    }

    @Test
    void everyMultipleChoiceGoldMatchesTheRecomputedAnswer() {
        List<JsonNode> questions = items.stream().filter(i -> i.get("kind").asText().equals("multiple_choice"))
                .toList();
        assertThat(questions).hasSize(60);
        for (JsonNode item : questions) {
            String question = item.get("question").asText();
            String target = isControl(item) ? quoted(question) : question;
            List<String> words = words(target);
            String gold = switch (property(item)) {
                case "nth_word" -> words.get(ordinal(question) - 1);
                case "word_count" -> Integer.toString(words.size());
                default -> throw new AssertionError("unexpected property " + property(item));
            };
            List<String> choices = new ArrayList<>();
            item.get("choices").forEach(c -> choices.add(c.asText()));
            int answer = item.get("answer").asInt();
            assertThat(choices.get(answer)).as("%s: %s", item.get("id").asText(), question).isEqualToIgnoringCase(gold);
            assertThat(choices.stream().filter(c -> c.equalsIgnoreCase(gold))).as("gold appears once").hasSize(1);
            assertThat(choices).hasSize(4).doesNotHaveDuplicates();
        }
    }

    @Test
    void sameSeedGivesTheIdenticalSuiteAndAnotherSeedAnotherOne() {
        assertThat(StrangeDemoSuite.jsonl(SEED)).isEqualTo(StrangeDemoSuite.jsonl(SEED));
        assertThat(StrangeDemoSuite.jsonl(SEED + 1)).isNotEqualTo(StrangeDemoSuite.jsonl(SEED));
    }

    @Test
    void sizeIdsAndSlices() {
        assertThat(items).hasSize(300);
        assertThat(items).extracting(i -> i.get("id").asText()).doesNotHaveDuplicates();
        assertThat(items).extracting(i -> i.has("statement") ? i.get("statement").asText() : i.get("question").asText())
                .doesNotHaveDuplicates();
        Map<String, Long> byReference = items.stream()
                .collect(Collectors.groupingBy(i -> isControl(i) ? "control" : "self_ref", Collectors.counting()));
        assertThat(byReference).containsEntry("self_ref", 150L).containsEntry("control", 150L);
        assertThat(items.stream().map(StrangeDemoSuiteTest::property).distinct())
                .containsExactlyInAnyOrder("word_count", "penultimate_word", "nth_word", "first_letter", "letter_count");
    }

    @Test
    void trueAndFalseAreBalancedOverallAndPerPropertyAndTwinsAgree() {
        Map<String, List<JsonNode>> byProperty = items.stream().filter(i -> i.has("statement"))
                .collect(Collectors.groupingBy(StrangeDemoSuiteTest::property));
        for (List<JsonNode> group : byProperty.values()) {
            long truths = group.stream().filter(i -> i.get("label").asBoolean()).count();
            assertThat(truths).isEqualTo(group.size() / 2);
        }
        Map<String, Boolean> labels = new HashMap<>();
        items.stream().filter(i -> i.has("statement")).forEach(i -> labels.put(i.get("id").asText(),
                i.get("label").asBoolean()));
        labels.forEach((id, label) -> {
            if (id.endsWith("-self")) {
                assertThat(labels.get(id.replace("-self", "-control"))).as("twin of %s", id).isEqualTo(label);
            }
        });
    }

    @Test
    void selfReferentialItemsTalkAboutThemselvesAndControlsQuoteAnotherSentence() {
        for (JsonNode item : items) {
            String text = item.has("statement") ? item.get("statement").asText() : item.get("question").asText();
            if (isControl(item)) {
                assertThat(text).matches(".*\"[^\"]+\".*").doesNotContainIgnoringCase("this sentence")
                        .doesNotContainIgnoringCase("this question");
            } else {
                assertThat(text).matches("(?is).*\\bthis( \\w+){0,2} (sentence|question)\\b.*").doesNotContain("\"");
            }
        }
    }

    @Test
    void goldPositionsAreSpreadOverAllFourOptions() {
        Map<Integer, Long> positions = items.stream().filter(i -> i.has("answer"))
                .collect(Collectors.groupingBy(i -> i.get("answer").asInt(), Collectors.counting()));
        assertThat(positions).containsOnlyKeys(0, 1, 2, 3);
        assertThat(positions.values()).allSatisfy(count -> assertThat(count).isBetween(12L, 18L));
    }

    @Test
    void passesTheOrdinaryImportValidation() {
        assertThat(new JsonlParser(ItemKinds.builtIn(), 10, 1000).parse(StrangeDemoSuite.jsonl(SEED))).hasSize(300);
    }

    // ---- the independent oracle ----

    private static boolean truthOf(String statement, String property, boolean control) {
        String target = control ? quoted(statement) : statement;
        String claimText = control ? QUOTED.matcher(statement).replaceFirst("QUOTED") : statement;
        List<String> words = words(target);
        return switch (property) {
            case "word_count" -> words.size() == number(group(claimText, "([a-z]+(?:-[a-z]+)?) words\\b"));
            case "letter_count" -> target.replaceAll("\\P{L}", "").length()
                    == number(group(claimText, "([a-z]+(?:-[a-z]+)?) letters\\b"));
            case "penultimate_word" -> words.get(words.size() - 2).equalsIgnoreCase(
                    group(claimText, "(?:penultimate|second-to-last) word\\b.*?\\bis ([A-Za-z]+)"));
            case "nth_word" -> words.get(ordinal(claimText) - 1).equalsIgnoreCase(
                    group(claimText, "word\\b.*?\\bis ([A-Za-z]+)"));
            case "first_letter" -> target.replaceAll("\\P{L}", "").substring(0, 1).equalsIgnoreCase(
                    group(claimText, "first letter of .*? is ([A-Za-z])\\."));
            default -> throw new AssertionError("unexpected property " + property);
        };
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.trim().split("\\s+"))
                .map(t -> t.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", ""))
                .filter(t -> !t.isEmpty()).toList();
    }

    private static int ordinal(String text) {
        Matcher m = Pattern.compile("\\b(" + String.join("|", ORDINALS) + ")\\b").matcher(text);
        assertThat(m.find()).as("an ordinal in: %s", text).isTrue();
        return ORDINALS.indexOf(m.group(1)) + 1;
    }

    private static int number(String word) {
        List<String> units = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                "nineteen");
        List<String> tens = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
                "ninety");
        String[] parts = word.toLowerCase().split("-");
        if (parts.length == 1 && units.contains(parts[0])) {
            return units.indexOf(parts[0]);
        }
        int value = tens.indexOf(parts[0]) * 10;
        assertThat(value).as("tens of %s", word).isPositive();
        return parts.length == 1 ? value : value + units.indexOf(parts[1]);
    }

    private static String group(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as("/%s/ in: %s", regex, text).isTrue();
        return m.group(1);
    }

    private static String quoted(String text) {
        Matcher m = QUOTED.matcher(text);
        assertThat(m.find()).as("a quoted sentence in: %s", text).isTrue();
        return m.group(1);
    }

    private static boolean isControl(JsonNode item) {
        List<String> slices = new ArrayList<>();
        item.get("slices").forEach(s -> slices.add(s.asText()));
        assertThat(slices).containsAnyOf("self_ref", "control");
        return slices.contains("control");
    }

    private static String property(JsonNode item) {
        for (JsonNode slice : item.get("slices")) {
            if (slice.asText().startsWith("prop:")) {
                return slice.asText().substring("prop:".length());
            }
        }
        throw new AssertionError("no prop: slice on " + item);
    }

    private static List<JsonNode> parse(String jsonl) {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : jsonl.split("\n")) {
            try {
                nodes.add(MAPPER.readTree(line));
            } catch (Exception e) {
                throw new AssertionError(line, e);
            }
        }
        return nodes;
    }
}
