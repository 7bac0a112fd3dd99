package io.evalstream.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evalstream.cli.client.ApiClient;
import io.evalstream.cli.stack.ProjectLayout;
import io.evalstream.cli.stack.ServiceName;
import io.evalstream.cli.stack.Stack;
import io.evalstream.cli.stack.StackOptions;
import io.evalstream.stub.StubModelServer;
import io.evalstream.stub.StubOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Wait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Dashboard latency: the time from a score being stored to the figure on the page changing. A slow stub model
 * makes responses trickle in (a few per second, so that nearly every stored batch moves the count); the page
 * records, with a MutationObserver, when each received count first shows (in the runs list, fed by
 * {@code /api/events}, and in the open run's header, fed by {@code /api/runs/{id}/events}); the store time of the
 * v-th response is the {@code created} of the v-th score row (PostgreSQL's {@code now()}: the start of the
 * storing transaction, so the figure includes the transaction itself). Browser and database share the machine's
 * clock. Figures go to {@code target/bench/dashboard-latency.json}; nothing is asserted about them.
 *
 * <p>A benchmark, not a test: runs only with {@code -Devalstream.bench.dashboard=true}, e.g.
 * {@code mvn -B -pl e2e-tests -am verify -Dtest=DashboardLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -Devalstream.bench.dashboard=true}.
 */
class DashboardLatencyBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MODEL = "openai:bench-stub";
    private static final int ITEMS = Integer.getInteger("evalstream.bench.items", 200);

    private static final String OBSERVER = """
            const runId = arguments[0];
            window.__changes = [];
            const last = {};
            const read = (where, node) => {
              if (!node) return;
              const v = parseInt(node.textContent, 10);
              if (!isNaN(v) && last[where] !== v) { last[where] = v; window.__changes.push({where, v, t: Date.now()}); }
            };
            const check = () => {
              read('runs', document.querySelector(`tr[data-run-id="${runId}"] .received`));
              read('run', document.querySelector('#run-progress .received'));
            };
            new MutationObserver(check).observe(document.body, {subtree: true, childList: true, characterData: true});
            """;

    @Test
    void timeFromStoredScoreToFigureOnPage() throws Exception {
        assumeTrue(Boolean.getBoolean("evalstream.bench.dashboard"),
                "benchmark: run with -Devalstream.bench.dashboard=true");
        Optional<String> missing = HeadlessChromium.missing();
        assumeTrue(missing.isEmpty(), () -> "skipping the dashboard benchmark: " + missing.orElse(""));

        try (StubModelServer.Handle stub = StubModelServer.start(StubOptions.defaults()
                .withLatency(Duration.ofMillis(300), Duration.ofMillis(100)));
                Stack stack = Stack.start(ProjectLayout.discover(), StackOptions.ephemeral()
                        .withEnv(Map.of("EVALSTREAM_INFERENCE_HTTP_MAX_IN_FLIGHT_PER_ENDPOINT", "2")), System.out)) {
            String itemUrl = stack.service(ServiceName.ITEM).baseUrl();
            String scoringUrl = stack.service(ServiceName.SCORING).baseUrl();
            ApiClient api = new ApiClient(itemUrl, scoringUrl);
            SlowSuite.registerModel(itemUrl, MODEL, stub.baseUrl());
            JsonNode dataset = api.importJsonl("bench-dashboard", SlowSuite.jsonl(ITEMS));
            ChromeDriver browser = HeadlessChromium.start();
            try {
                browser.get(scoringUrl + "/");
                Wait<WebDriver> wait = new WebDriverWait(browser, Duration.ofMinutes(10), Duration.ofMillis(500))
                        .ignoring(StaleElementReferenceException.class);
                wait.until(d -> d.findElement(By.id("live")).getText().contains("live"));
                JsonNode run = api.createRun("bench-dashboard", dataset.path("version").asInt(), List.of(MODEL),
                        "NONE", 1, "GENERATE");
                String runId = run.path("runId").asText();
                browser.executeScript(OBSERVER, runId);
                By row = By.cssSelector("tr[data-run-id='" + runId + "']");
                wait.until(d -> !d.findElements(row).isEmpty() && d.findElement(row).getText().contains("COMPLETED"));
                Thread.sleep(1000);
                List<?> changes = (List<?>) browser.executeScript("return window.__changes;");
                write(runId, storedTimes(scoringUrl, runId, ITEMS), changes);
            } finally {
                browser.quit();
            }
        }
    }

    /** Store time of the v-th response (index v - 1), from the score rows' {@code created}, sorted. */
    private static long[] storedTimes(String scoringUrl, String runId, int expected) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                scoringUrl + "/api/runs/" + runId + "/items?limit=1000")).build(), HttpResponse.BodyHandlers.ofString());
        List<Long> times = new ArrayList<>();
        for (JsonNode score : JSON.readTree(response.body())) {
            times.add(Instant.parse(score.path("created").asText()).toEpochMilli());
        }
        assertThat(times).hasSize(expected);
        return times.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private static void write(String runId, long[] stored, List<?> changes) throws Exception {
        ObjectNode report = JSON.createObjectNode();
        report.put("runId", runId);
        report.put("responses", stored.length);
        report.put("loadAverage", Files.readString(Path.of("/proc/loadavg")).trim());
        report.put("cores", Runtime.getRuntime().availableProcessors());
        for (String where : List.of("runs", "run")) {
            List<Long> latencies = new ArrayList<>();
            for (Object o : changes) {
                Map<?, ?> change = (Map<?, ?>) o;
                int v = ((Number) change.get("v")).intValue();
                if (where.equals(change.get("where")) && v >= 1 && v <= stored.length) {
                    latencies.add(((Number) change.get("t")).longValue() - stored[v - 1]);
                }
            }
            long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            ObjectNode figures = report.putObject(where);
            figures.put("n", sorted.length);
            if (sorted.length > 0) {
                figures.put("p50Ms", at(sorted, 0.5));
                figures.put("p90Ms", at(sorted, 0.9));
                figures.put("p99Ms", at(sorted, 0.99));
                figures.put("maxMs", sorted[sorted.length - 1]);
                figures.put("meanMs", Arrays.stream(sorted).average().orElse(0));
                figures.put("underOneSecond", Arrays.stream(sorted).filter(l -> l < 1000).count() / (double) sorted.length);
            }
        }
        Path out = Path.of("target", "bench", "dashboard-latency.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        System.out.println("dashboard latency: " + report.toPrettyString());
    }

    private static long at(long[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
    }
}
