package io.evalstream.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The PromQL metric-name reader behind the Grafana check (no stack needed). */
class GrafanaDashboardTest {

    @Test
    void readsMetricNamesAndLeavesOutFunctionsLabelsGroupingsAndRanges() {
        assertThat(GrafanaDashboard.metricNames("sum by (model, direction) (rate(evalstream_inference_tokens_total"
                + "{status!=\"OK\", model=~\"a|b\"}[5m])) / sum(rate(http_server_requests_seconds_count[1h] offset 5m))"))
                .containsExactly("evalstream_inference_tokens_total", "http_server_requests_seconds_count");
        assertThat(GrafanaDashboard.metricNames("max by (run, model) (evalstream_run_accuracy_ci_low) * 100"))
                .containsExactly("evalstream_run_accuracy_ci_low");
        assertThat(GrafanaDashboard.metricNames("histogram_quantile(0.95, sum by (le) (rate(x_seconds_bucket[5m])))"))
                .containsExactly("x_seconds_bucket");
    }

    @Test
    void readsTheExportedNamesOfAPrometheusExposition() {
        String exposition = """
                # HELP evalstream_scoring_responses_total responses
                # TYPE evalstream_scoring_responses counter
                evalstream_scoring_responses_total{outcome="stored"} 12.0
                http_server_requests_seconds_count{uri="/x"} 3
                """;
        assertThat(GrafanaDashboard.exported(exposition)).containsExactlyInAnyOrder("evalstream_scoring_responses",
                "evalstream_scoring_responses_total", "http_server_requests_seconds_count");
    }
}
