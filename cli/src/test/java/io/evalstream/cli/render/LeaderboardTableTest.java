package io.evalstream.cli.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class LeaderboardTableTest {
    private static final String ROWS = """
            [{"rank":1,"modelId":"builtin:oracle","accuracy":1.0,"ciLow":0.98,"ciHigh":1.0,"n":200,"errors":0,"unscored":0,"costUsd":0.0,
              "slices":{"all":{"value":1.0,"ciLow":0.98,"ciHigh":1.0,"n":200},"self_ref":{"value":1.0,"n":100}}},
             {"rank":2,"modelId":"builtin:random","accuracy":0.5,"ciLow":0.43,"ciHigh":0.57,"n":198,"errors":2,"unscored":1,"costUsd":1.23456,
              "slices":{"all":{"value":0.5,"n":198}}}]
            """;

    @Test
    void rendersOneRowPerModelWithIntervalAndCounts() throws Exception {
        JsonNode rows = new ObjectMapper().readTree(ROWS);
        String table = LeaderboardTable.render(rows);
        assertThat(table.lines()).hasSize(3);
        assertThat(table).contains("builtin:oracle").contains("100.0%").contains("[ 98.0%, 100.0%]")
                .contains("builtin:random").contains("50.0%").contains("[ 43.0%,  57.0%]");
        assertThat(table.lines().skip(2).findFirst().orElseThrow()).matches(".*\\s198\\s+2\\s+1\\s+\\$1\\.2346$");
        assertThat(table.lines().skip(1).findFirst().orElseThrow()).endsWith("$0.0000");
        assertThat(table.lines().findFirst().orElseThrow()).endsWith("cost USD");
    }

    @Test
    void slicesTableMarksMissingCells() throws Exception {
        JsonNode board = new ObjectMapper().createObjectNode().set("rows", new ObjectMapper().readTree(ROWS));
        String table = LeaderboardTable.renderSlices(board);
        assertThat(table).contains("self_ref").contains("100.0% ( 100)");
        String selfRef = table.lines().filter(l -> l.startsWith("self_ref")).findFirst().orElseThrow();
        assertThat(selfRef.trim()).endsWith("-");
    }
}
