package io.evalstream.cli.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class ResultsFormatTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode run() throws Exception {
        return JSON.readTree("""
                {"runId":"run-1","suite":"demo","suiteVersion":2,"state":"COMPLETED","planned":30,"received":30,
                 "errors":1,"metrics":[
                  {"modelId":"builtin:oracle","slice":"all","metric":"accuracy","n":29,"total":30,"value":1.0,
                   "ciLow":0.883,"ciHigh":1.0,"correct":29,"unscored":0,"errors":1},
                  {"modelId":"model, with \\"comma\\"","slice":"all","metric":"accuracy","n":0,"total":0,
                   "value":null,"ciLow":null,"ciHigh":null,"correct":0,"unscored":0,"errors":0}]}
                """);
    }

    @Test
    void tableShowsValueIntervalAndNPerModelAndSlice() throws Exception {
        String table = ResultsFormat.render(run(), ResultsFormat.Format.TABLE);
        assertThat(table).contains("run run-1").contains("demo v2").contains("COMPLETED").contains("30/30")
                .contains("1 errors");
        assertThat(table.lines().filter(l -> l.startsWith("builtin:oracle")).findFirst().orElseThrow())
                .contains("100.0%").contains("[88.3%, 100.0%]").contains(" 29 ");
        assertThat(table.lines().filter(l -> l.startsWith("model, with")).findFirst().orElseThrow())
                .contains(" - ");
    }

    @Test
    void csvHasAHeaderOneQuotedRecordPerMetricAndEmptyCellsForUndefinedValues() throws Exception {
        String csv = ResultsFormat.render(run(), ResultsFormat.Format.CSV);
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(records).hasSize(2);
        assertThat(records.get(0).get("model")).isEqualTo("builtin:oracle");
        assertThat(records.get(0).get("ci_low")).isEqualTo("0.883");
        assertThat(records.get(0).get("n")).isEqualTo("29");
        assertThat(records.get(1).get("model")).isEqualTo("model, with \"comma\"");
        assertThat(records.get(1).get("value")).isEmpty();
        assertThat(csv.lines().findFirst().orElseThrow())
                .isEqualTo("model,slice,metric,value,ci_low,ci_high,n,total,errors,unscored");
    }

    @Test
    void jsonIsTheServersDocumentUnchanged() throws Exception {
        JsonNode run = run();
        assertThat(JSON.readTree(ResultsFormat.render(run, ResultsFormat.Format.JSON))).isEqualTo(run);
    }
}
