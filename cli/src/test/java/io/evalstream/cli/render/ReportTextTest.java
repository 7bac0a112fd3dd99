package io.evalstream.cli.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ReportTextTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void flatRowsBecomeAnAlignedTableAndObjectsKeyValueLines() throws Exception {
        JsonNode report = JSON.readTree("""
                {"runId":"r1","sections":{"crows_pairs":{"metricVersion":"crows-pairs/1",
                 "rows":[{"model":"builtin:oracle","biasType":"race","n":516,"score":0.5},
                         {"model":"builtin:first-option","biasType":"gender","n":262,"score":null}]}}}""");
        String text = ReportText.text(report);
        assertThat(text).startsWith("run r1");
        assertThat(text).contains("== crows_pairs ==");
        assertThat(text).contains("  metricVersion: crows-pairs/1");
        assertThat(text).containsPattern("model\\s+biasType\\s+n\\s+score");
        assertThat(text).containsPattern("builtin:oracle\\s+race\\s+516\\s+0\\.5000");
        assertThat(text).containsPattern("builtin:first-option\\s+gender\\s+262\\s+-");
        // the columns line up: every row's n starts where the header's does
        String[] lines = text.lines().filter(l -> l.contains("516") || l.contains(" n ")).toArray(String[]::new);
        assertThat(lines[0].indexOf(" n ") + 1).isEqualTo(lines[1].indexOf("516"));
    }

    @Test
    void aReportWithoutSectionsSaysSo() throws Exception {
        String text = ReportText.text(JSON.readTree("{\"runId\":\"r2\",\"sections\":{}}"));
        assertThat(text).contains("no protocol sections");
    }
}
