package io.evalstream.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.evalstream.cli.client.ApiClient;
import io.evalstream.cli.client.RunWatcher;
import io.evalstream.cli.command.ResultsCommand;
import io.evalstream.cli.command.RunCommand;
import io.evalstream.cli.command.WatchCommand;
import io.evalstream.cli.stack.ProjectLayout;
import io.evalstream.cli.stack.ServiceName;
import io.evalstream.cli.stack.Stack;
import io.evalstream.cli.stack.StackOptions;
import io.evalstream.contracts.Topics;
import io.evalstream.stub.StubModelServer;
import io.evalstream.stub.StubOptions;
import io.evalstream.e2e.browser.HeadlessChromium;
import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Wait;
import org.openqa.selenium.support.ui.WebDriverWait;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import picocli.CommandLine;

/**
 * Continuous evaluation through the three packaged services, the real broker and database, and the CLI commands:
 * a model silently changed under the same id is flagged as a regression (and the unchanged model beside it is
 * not), live by {@code evalstream watch}; a cancelled run makes no further model calls (counted by a stub model
 * server) and a resumed one completes with exactly its planned count, each request called once; items added to a
 * watched dataset later (REST and {@code eval-items}) are evaluated and counted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContinuousEvaluationEndToEndTest {
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(5);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CHAT = "/v1/chat/completions";

    private StubModelServer.Handle stub;
    private Stack stack;
    private ApiClient api;
    private String itemUrl;
    private String scoringUrl;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() throws Exception {
        stub = StubModelServer.start(StubOptions.defaults().withLatency(Duration.ofMillis(200), Duration.ZERO));
        // two calls at a time to the stub: a run of 240 requests takes about 25 s, long enough to cancel it midway
        stack = Stack.start(ProjectLayout.discover(), StackOptions.ephemeral()
                .withEnv(Map.of("EVALSTREAM_INFERENCE_HTTP_MAX_IN_FLIGHT_PER_ENDPOINT", "2")), System.out);
        itemUrl = stack.service(ServiceName.ITEM).baseUrl();
        scoringUrl = stack.service(ServiceName.SCORING).baseUrl();
        api = new ApiClient(itemUrl, scoringUrl);
    }

    @AfterAll
    void stop() {
        if (stack != null) {
            stack.close();
        }
        if (stub != null) {
            stub.close();
        }
    }

    private static String choiceItems(String prefix, int n) {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < n; i++) {
            jsonl.append(choiceItem(prefix + i, i)).append('\n');
        }
        return jsonl.toString();
    }

    private static String choiceItem(String id, int i) {
        return "{\"kind\":\"multiple_choice\",\"id\":\"" + id + "\",\"question\":\"Question " + id
                + ": which option is number " + (i % 4) + "?\",\"choices\":[\"zero\",\"one\",\"two\",\"three\"],"
                + "\"answer\":" + (i % 4) + "}";
    }

    private JsonNode call(String method, String url, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type",
                "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + url + ": " + response.body()).isLessThan(300);
        return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    private JsonNode complete(String suite, List<String> models) throws Exception {
        JsonNode run = api.createRun(suite, null, models, "NONE", 1, "GENERATE");
        JsonNode done = new RunWatcher(api).awaitCompletion(run.path("runId").asText(), RUN_TIMEOUT, p -> { });
        assertThat(done.path("state").asText()).isEqualTo("COMPLETED");
        return done;
    }

    private long chatCalls() {
        return stub.stats().byPath().getOrDefault(CHAT, 0L);
    }

    /**
     * The dashboard's history tab of the regressed run, in a real headless Chromium ({@link HeadlessChromium}, as the
     * dashboard's browser test): the regression is pinned on the chart and listed under it. Skipped (this step only)
     * when chromium is not installed. Screenshot: {@code target/screenshots/history-regression.png}.
     */
    private void historyTabShowsTheRegression(String afterId) {
        if (HeadlessChromium.missing().isPresent()) {
            System.out.println("skipping the history browser step: " + HeadlessChromium.missing().get());
            return;
        }
        ChromeDriver browser = HeadlessChromium.start();
        Path shots = Path.of("target", "screenshots");
        try {
            Wait<WebDriver> wait = new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofMillis(200))
                    .ignoring(StaleElementReferenceException.class);
            browser.get(scoringUrl + "/#run=" + afterId);
            wait.until(d -> d.findElement(By.id("tab-history")).isDisplayed());
            // the run's leaderboard first, so the history covers both models
            wait.until(d -> d.findElements(By.cssSelector("#run-board-rows tr[data-model]")).size() == 2);
            browser.findElement(By.id("tab-history")).click();
            wait.until(d -> d.findElement(By.id("history-note")).getText().contains("points"));
            String listed = wait.until(d -> {
                List<WebElement> items = d.findElements(By.cssSelector("#history-regressions li"));
                return items.isEmpty() ? null : items.get(0).getText();
            });
            assertThat(listed).contains("acme:drifting").contains(afterId);
            assertThat(browser.findElements(By.cssSelector("#history-regressions li"))).hasSize(1);
            // the red pin on the chart (ECharts' SVG renderer): the regression's marker
            wait.until(d -> !d.findElements(By.cssSelector("#history-chart svg path[fill='#dc2626']")).isEmpty());
            browser.executeScript("document.querySelector('#run .tabs').scrollIntoView({block: 'start'});");
            HeadlessChromium.screenshot(browser, shots, "history-regression");
        } catch (RuntimeException | AssertionError e) {
            HeadlessChromium.screenshot(browser, shots, "history-regression-failure");
            browser.manage().logs().get(LogType.BROWSER).forEach(entry -> System.out.println("browser: " + entry));
            throw e;
        } finally {
            browser.quit();
        }
    }

    @Test
    void aModelSilentlyChangedUnderTheSameIdIsFlaggedLiveAndTheUnchangedOneIsNot() throws Exception {
        String suite = "e2e-drift";
        api.importJsonl(suite, choiceItems("drift-", 200));
        call("POST", itemUrl + "/api/models",
                "{\"id\":\"acme:drifting\",\"provider\":\"builtin\",\"modelName\":\"first-option@0.95\"}");
        JsonNode before = complete(suite, List.of("acme:drifting", "builtin:random"));

        ByteArrayOutputStream watched = new ByteArrayOutputStream();
        CompletableFuture<Integer> watch = CompletableFuture.supplyAsync(() -> new CommandLine(
                new WatchCommand(new PrintStream(watched, true, StandardCharsets.UTF_8))).execute(
                        "--item-url", itemUrl, "--scoring-url", scoringUrl, "--suite", suite,
                        "--max-regressions", "1"));
        await().atMost(Duration.ofSeconds(30)).until(() -> watched.toString(StandardCharsets.UTF_8)
                .contains("following"));
        Thread.sleep(1000); // the stream sends regressions detected after its first poll

        call("PUT", itemUrl + "/api/models/acme:drifting",
                "{\"id\":\"acme:drifting\",\"provider\":\"builtin\",\"modelName\":\"first-option@0.3\"}");
        // the second run through `evalstream run --watch`: progress lines while it runs, then the result table
        ByteArrayOutputStream ran = new ByteArrayOutputStream();
        int runCode = new CommandLine(new RunCommand(new PrintStream(ran, true, StandardCharsets.UTF_8)))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .execute("--item-url", itemUrl, "--scoring-url", scoringUrl, "--suite", suite,
                        "--models", "acme:drifting,builtin:random", "--watch", "--timeout", RUN_TIMEOUT.toString());
        String runOutput = ran.toString(StandardCharsets.UTF_8);
        assertThat(runCode).as(runOutput).isZero();
        java.util.regex.Matcher planned = java.util.regex.Pattern.compile("run (\\S+): 400 requests planned")
                .matcher(runOutput);
        assertThat(planned.find()).as(runOutput).isTrue();
        String afterId = planned.group(1);
        assertThat(runOutput).contains("100.0%  400/400").contains("errors 0")
                .containsPattern("acme:drifting\\s+all\\s+")
                .containsPattern("builtin:random\\s+all\\s+");
        String beforeId = before.path("runId").asText();

        assertThat(watch.get(2, TimeUnit.MINUTES)).isZero();
        assertThat(watched.toString(StandardCharsets.UTF_8)).contains("REGRESSION " + suite + " / acme:drifting  "
                + afterId + " vs " + beforeId + ": accuracy").contains("mcnemar-exact, n=200");

        JsonNode regressions = api.regressions(suite, null);
        assertThat(regressions).hasSize(1);
        JsonNode regression = regressions.get(0);
        assertThat(regression.path("runId").asText()).isEqualTo(afterId);
        assertThat(regression.path("previousRunId").asText()).isEqualTo(beforeId);
        assertThat(regression.path("model").asText()).isEqualTo("acme:drifting");
        assertThat(regression.path("pValue").asDouble()).isLessThan(0.001);
        assertThat(regression.path("after").path("value").asDouble())
                .isLessThan(regression.path("before").path("value").asDouble() - 0.3);

        JsonNode history = call("GET", scoringUrl + "/api/history?suite=" + suite + "&model=acme:drifting", null);
        assertThat(history).hasSize(2);
        assertThat(history.get(0).path("regression").asBoolean()).isFalse();
        assertThat(history.get(1).path("regression").asBoolean()).isTrue();
        assertThat(history.get(1).path("accuracy").path("n").asLong()).isEqualTo(200);
        historyTabShowsTheRegression(afterId);

        // evalstream results, as CSV, against the running stack
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new CommandLine(new ResultsCommand(new PrintStream(out, true, StandardCharsets.UTF_8)))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .execute("--item-url", itemUrl, "--scoring-url", scoringUrl, afterId, "--format", "csv");
        assertThat(code).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("model,slice,metric,value,ci_low,ci_high,n,total,errors,unscored");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("acme:drifting,all,accuracy,")
                .endsWith(",200,200,0,0"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("builtin:random,all,accuracy,"));
    }

    @Test
    void aCancelledRunMakesNoFurtherCallsAndTheResumedRunCompletesExactly() throws Exception {
        String suite = "e2e-cancel";
        int items = 240;
        api.importJsonl(suite, choiceItems("cancel-", items));
        call("POST", itemUrl + "/api/models", "{\"id\":\"stub:slow\",\"provider\":\"openai\",\"baseUrl\":\""
                + stub.baseUrl() + "\",\"modelName\":\"stub-model\"}");
        long callsBefore = chatCalls();
        String runId = api.createRun(suite, null, List.of("stub:slow"), "NONE", 1, "GENERATE").path("runId").asText();
        await().atMost(RUN_TIMEOUT).pollInterval(Duration.ofMillis(100)).until(() -> {
            try {
                return api.runResults(runId).path("received").asLong() >= 10;
            } catch (RuntimeException e) {
                return false;
            }
        });
        JsonNode cancelled = api.cancelRun(runId);
        assertThat(cancelled.path("status").asText()).isEqualTo("CANCELLED");
        await().atMost(RUN_TIMEOUT).ignoreExceptions().until(() -> api.runResults(runId).path("state").asText().equals("CANCELLED"));

        // calls in flight when the cancellation arrived finish; then the count must stay still
        long[] last = { -1 };
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(3)).until(() -> {
            long now = chatCalls();
            boolean stable = now == last[0];
            last[0] = now;
            return stable;
        });
        long callsAtCancel = chatCalls() - callsBefore;
        assertThat(callsAtCancel).isLessThan(items);
        Thread.sleep(5000);
        assertThat(chatCalls() - callsBefore).as("model calls after the cancellation").isEqualTo(callsAtCancel);
        assertThat(api.runResults(runId).path("state").asText()).isEqualTo("CANCELLED");

        JsonNode resumed = api.resumeRun(runId);
        assertThat(resumed.path("status").asText()).isEqualTo("EMITTED");
        JsonNode done = new RunWatcher(api).awaitCompletion(runId, RUN_TIMEOUT, p -> { });
        assertThat(done.path("state").asText()).isEqualTo("COMPLETED");
        assertThat(done.path("planned").asLong()).isEqualTo(items);
        assertThat(done.path("received").asLong()).isEqualTo(items);
        assertThat(done.path("errors").asLong()).isZero();
        // every request called exactly once overall: answers from before the cancellation came from the cache
        assertThat(chatCalls() - callsBefore).isEqualTo(items);
        JsonNode rows = call("GET", scoringUrl + "/api/runs/" + runId + "/items?limit=1000", null);
        Set<String> ids = new HashSet<>();
        rows.forEach(row -> ids.add(row.path("requestId").asText()));
        assertThat(rows).hasSize(items);
        assertThat(ids).hasSize(items);
    }

    @Test
    void itemsAddedToAWatchedDatasetAreEvaluatedAndCounted() throws Exception {
        String dataset = "e2e-watched";
        api.importJsonl(dataset, choiceItems("base-", 5));
        JsonNode watch = call("POST", itemUrl + "/api/watches",
                "{\"dataset\":\"" + dataset + "\",\"models\":[\"builtin:oracle\"]}");
        String runId = watch.path("runId").asText();

        HttpRequest append = HttpRequest.newBuilder(URI.create(itemUrl + "/api/datasets/" + dataset
                + "/items?append=true")).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(choiceItems("late-", 2))).build();
        assertThat(http.send(append, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(201);
        await().atMost(RUN_TIMEOUT).ignoreExceptions().until(() -> {
            JsonNode run = api.runResults(runId);
            return run.path("received").asLong() == 2 && run.path("state").asText().equals("COMPLETED");
        });

        try (KafkaProbe kafka = new KafkaProbe(stack.kafkaBootstrapServers())) {
            kafka.send(Topics.EVAL_ITEMS, null, dataset,
                    "{\"dataset\":\"" + dataset + "\",\"item\":" + choiceItem("streamed-1", 3) + "}");
        }
        await().atMost(RUN_TIMEOUT).ignoreExceptions().until(() -> {
            JsonNode run = api.runResults(runId);
            return run.path("received").asLong() == 3 && run.path("state").asText().equals("COMPLETED");
        });
        JsonNode run = api.runResults(runId);
        assertThat(run.path("planned").asLong()).isEqualTo(3);
        JsonNode all = null;
        for (JsonNode metric : run.path("metrics")) {
            if (metric.path("slice").asText().equals("all")) {
                all = metric;
            }
        }
        assertThat(all).isNotNull();
        assertThat(all.path("n").asLong()).isEqualTo(3);
        assertThat(all.path("value").asDouble()).isEqualTo(1.0);
        assertThat(call("GET", itemUrl + "/api/watches/" + watch.path("id").asText(), null)
                .path("itemsEvaluated").asLong()).isEqualTo(3);
    }
}
