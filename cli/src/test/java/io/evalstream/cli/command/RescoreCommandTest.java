package io.evalstream.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class RescoreCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String SECTION = """
            {"metricVersion":"v","scorer":"alpaca-eval-preference","baseline":"gpt4_1106_preview",
             "models":[{"model":"alpaca-7b","n":805,"winRate":2.591450540223603,"standardError":0.487,
                        "lengthControlledWinRate":14.5,"draws":3,"unannotated":1},
                       {"model":"m2","n":0,"winRate":null,"standardError":null,"lengthControlledWinRate":null,
                        "draws":0,"unannotated":0}]}""";

    @Test
    void theTableHasOneRowPerModelWithNWinRateSeAndLc() throws Exception {
        String table = RescoreCommand.alpacaTable(JSON.readTree(SECTION));
        String[] lines = table.split("\n");
        assertThat(lines[0]).contains("model").contains("win rate").contains("SE").contains("LC win rate");
        assertThat(lines[1]).startsWith("alpaca-7b").contains(" 805 ").contains("2.5915").contains("0.4870")
                .contains("14.5000");
        assertThat(lines[2]).startsWith("m2").contains(" - ");
        assertThat(table).contains("gpt4_1106_preview");
    }

    @Test
    void jsonCarriesTheRunAndTheSectionsRows() throws Exception {
        JsonNode imported = JSON.readTree("{\"format\":\"alpaca-eval\",\"files\":[{\"name\":\"a.json\"}]}");
        JsonNode json = RescoreCommand.json("import-1", imported, JSON.createObjectNode(), JSON.readTree(SECTION));
        assertThat(json.path("runId").asText()).isEqualTo("import-1");
        assertThat(json.path("models").get(0).path("winRate").asDouble()).isEqualTo(2.591450540223603);
        assertThat(json.path("files").get(0).path("name").asText()).isEqualTo("a.json");
    }
}
