package io.evalstream.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyntheticSuiteTest {

    @Test
    void itemsAreValidDistinctAndSeeded() throws Exception {
        String jsonl = SyntheticSuite.jsonl(100, 7);
        assertThat(jsonl).isEqualTo(SyntheticSuite.jsonl(100, 7));
        List<String> lines = jsonl.lines().toList();
        assertThat(lines).hasSize(100);
        ObjectMapper json = new ObjectMapper();
        for (String line : lines) {
            JsonNode item = json.readTree(line);
            assertThat(item.path("kind").asText()).isEqualTo("multiple_choice");
            HashSet<String> choices = new HashSet<>();
            item.path("choices").forEach(c -> choices.add(c.asText()));
            assertThat(choices).hasSize(4);
            String question = item.path("question").asText();
            String[] parts = question.replaceAll("[^0-9 ]", "").trim().split("\\s+");
            int sum = Integer.parseInt(parts[0]) + Integer.parseInt(parts[1]);
            assertThat(item.path("choices").get(item.path("answer").asInt()).asText()).isEqualTo(Integer.toString(sum));
        }
    }
}
