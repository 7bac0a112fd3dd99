package io.evalstream.cli.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class LiveEventLineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void regressionLineNamesRunsMetricEffectPValueTestAndN() throws Exception {
        String line = LiveEventLine.regression(JSON.readTree("""
                {"seq":3,"runId":"run-b","previousRunId":"run-a","suite":"demo","model":"builtin:first-option",
                 "metric":"accuracy","before":{"value":0.9,"n":300},"after":{"value":0.5,"n":300},"effect":-0.4,
                 "pValue":1.2e-9,"test":"mcnemar-exact","detectedAt":"2026-01-01T00:00:00Z"}
                """));
        assertThat(line).isEqualTo("REGRESSION demo / builtin:first-option  run-b vs run-a: accuracy 90.0% -> 50.0% "
                + "(effect -40.0 points, p=1.2e-09, mcnemar-exact, n=300)");
    }

    @Test
    void progressLineCarriesStateAndTheServersRateAndEta() throws Exception {
        String line = LiveEventLine.progress(JSON.readTree("""
                {"runId":"run-1","planned":100,"received":50,"errors":1,"state":"RUNNING","ratePerSecond":25.0,
                 "etaSeconds":2.0}
                """));
        assertThat(line).startsWith("run run-1 RUNNING").contains("50/100").contains("25/s").contains("eta 2s")
                .contains("errors 1");
    }
}
