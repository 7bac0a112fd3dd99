package io.evalstream.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.evalstream.cli.command.ArenaCommand;
import io.evalstream.cli.stack.ProjectLayout;
import io.evalstream.cli.stack.ServiceName;
import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.EventCodec;
import io.evalstream.contracts.Purpose;
import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.Topics;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evalstream.cli.bench.SyntheticSuite;
import io.evalstream.cli.client.RunWatcher;
import io.evalstream.e2e.browser.HeadlessChromium;
import io.evalstream.stub.StubModelServer;
import io.evalstream.stub.StubOptions;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.Wait;
import org.openqa.selenium.support.ui.WebDriverWait;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import picocli.CommandLine;

/**
 * An arena through the three packaged services and the real broker: five built-in contestants of known quality
 * answer the built-in prompt set; four built-in judges of known bias (fair, always-first, prefers longer, prefers
 * arena-q4) judge every pair in both orders. Run with the {@code arena} CLI command; checked in its output and in
 * the REST report: the audit finds each judge's bias, the fair judge's order-averaged Bradley-Terry recovers the
 * quality order, and redelivered answers send no judge request twice.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ArenaEndToEndTest extends EphemeralStackTest {
    static final List<String> CONTESTANTS = List.of("builtin:arena-q8", "builtin:arena-q6", "builtin:arena-q4",
            "builtin:arena-q3-verbose", "builtin:arena-q2");
    static final List<String> JUDGES = List.of("builtin:judge-fair", "builtin:judge-first", "builtin:judge-longer",
            "builtin:judge-self:arena-q4");

    private static final Path SHOTS = Path.of("target", "screenshots");

    private KafkaProbe kafka;
    private String output;
    private String runId;
    private JsonNode report;

    @BeforeAll
    void openKafkaProbe() {
        kafka = new KafkaProbe(stack.kafkaBootstrapServers());
    }

    @AfterAll
    void closeKafkaProbe() {
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    @Order(1)
    void theArenaCommandRunsTheArenaAndPrintsRatingsAndAudit() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ArenaCommand command = new ArenaCommand(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        int code = new CommandLine(command).execute("--contestants", String.join(",", CONTESTANTS), "--judges",
                String.join(",", JUDGES), "--pairing", "all", "--item-url", stack.service(ServiceName.ITEM).baseUrl(),
                "--scoring-url", stack.service(ServiceName.SCORING).baseUrl(), "--timeout", "PT10M",
                "--reference-scores", "builtin:arena-q8=8,builtin:arena-q6=6,builtin:arena-q4=4,"
                        + "builtin:arena-q3-verbose=3,builtin:arena-q2=2");
        output = bytes.toString(StandardCharsets.UTF_8);
        System.out.println(output);
        assertThat(code).as(output).isZero();
        runId = command.runId();
        report = api.arena(runId);
        assertThat(output).contains("Arena run " + runId + " COMPLETED").contains("Ratings by judge builtin:judge-fair")
                .contains("Judge audit").contains("builtin:judge-first").contains("Agreement between judges")
                .contains("PairS vs reference");
        // the first rating row printed for the fair judge is the best contestant
        String fairSection = output.substring(output.indexOf("Ratings by judge builtin:judge-fair"));
        assertThat(fairSection.lines().skip(2).findFirst().orElseThrow()).contains("builtin:arena-q8");
        // 24 prompts x 10 pairs x 2 orders x 4 judges
        assertThat(report.path("games").path("judged").asLong() + report.path("games").path("unparsable").asLong())
                .isEqualTo(1920);
        assertThat(report.path("state").asText()).isEqualTo("COMPLETED");
    }

    @Test
    @Order(2)
    void theAuditFindsEachKnownBias() {
        JsonNode fair = audit("builtin:judge-fair");
        JsonNode first = audit("builtin:judge-first");
        JsonNode longer = audit("builtin:judge-longer");
        JsonNode self = audit("builtin:judge-self:arena-q4");
        assertThat(first.path("consistency").path("high").asDouble()).isLessThan(0.5);
        assertThat(first.path("firstBias").path("low").asDouble()).isGreaterThan(0.5);
        assertThat(fair.path("consistency").path("low").asDouble()).isGreaterThan(0.8);
        assertThat(fair.path("firstBias").path("estimate").asDouble()).isLessThan(0.1);
        assertThat(longer.path("lengthBias").path("low").asDouble()).isGreaterThan(0.5);
        assertThat(longer.path("lengthBias").path("estimate").asDouble())
                .isGreaterThan(fair.path("lengthBias").path("high").asDouble());
        assertThat(self.path("selfPreference").path("ownModel").asText()).isEqualTo("builtin:arena-q4");
        assertThat(self.path("selfPreference").path("low").asDouble()).isGreaterThan(0.05);
        assertThat(self.path("selfPreference").path("n").asLong()).isEqualTo(96); // 24 prompts x 4 pairs with q4
    }

    @Test
    @Order(3)
    void orderAveragedBradleyTerryOfTheFairJudgeRecoversTheQualityOrder() {
        JsonNode fair = ratings("builtin:judge-fair");
        List<String> order = new ArrayList<>();
        fair.path("bradleyTerry").forEach(r -> order.add(r.path("model").asText()));
        assertThat(order).containsExactlyElementsOf(CONTESTANTS);
        fair.path("bradleyTerry").forEach(r -> {
            assertThat(r.path("low").asDouble()).isLessThanOrEqualTo(r.path("rating").asDouble());
            assertThat(r.path("high").asDouble()).isGreaterThanOrEqualTo(r.path("rating").asDouble());
            assertThat(r.path("n").asInt()).isEqualTo(96);
        });
        assertThat(fair.path("pairs").path("spearman").asDouble()).isGreaterThan(0.85);
        assertThat(fair.path("winRates").path("models").size()).isEqualTo(5);
    }

    @Test
    @Order(4)
    void redeliveredAnswersSendNoJudgeRequestTwice() throws Exception {
        List<ConsumerRecord<String, String>> answers = new ArrayList<>();
        for (ConsumerRecord<String, String> record : kafka.readAll(Topics.EVAL_RESPONSES)) {
            if (record.value().contains(runId) && record.value().contains("\"purpose\":\"ANSWER\"")) {
                answers.add(record);
            }
        }
        assertThat(answers).hasSize(120);
        for (ConsumerRecord<String, String> record : answers.subList(0, 30)) {
            ResponseReceived response = EventCodec.decode(record.value(), ResponseReceived.class);
            kafka.send(Topics.EVAL_RESPONSES, null, response.key(), record.value());
        }
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> kafka.lag("scoring-service", Topics.EVAL_RESPONSES) == 0);
        Set<String> ids = new HashSet<>();
        int judgeRequests = 0;
        for (ConsumerRecord<String, String> record : kafka.readAll(Topics.EVAL_REQUESTS)) {
            if (record.value().contains(runId) && record.value().contains("\"purpose\":\"JUDGE\"")) {
                EvaluationRequested request = EventCodec.decode(record.value(), EvaluationRequested.class);
                assertThat(request.purpose()).isEqualTo(Purpose.JUDGE);
                ids.add(request.requestId());
                judgeRequests++;
            }
        }
        assertThat(ids).hasSize(1920);
        assertThat(judgeRequests).isEqualTo(1920);
        assertThat(api.runResults(runId).path("received").asLong()).isEqualTo(2040);
    }

    /**
     * Every metric name a panel of the Grafana dashboard in {@code deploy/} queries is exported by one of the running
     * services (their real {@code /q/metrics}, after a whole arena went through them): a renamed meter fails here.
     */
    @Test
    @Order(5)
    void everyGrafanaPanelQueriesAMetricTheServicesExport() throws Exception {
        // the arena's built-in models are free: a small run on a priced stub model makes the cost meters exist too
        try (StubModelServer.Handle stub = StubModelServer.start(StubOptions.defaults())) {
            ObjectNode model = new ObjectMapper().createObjectNode();
            model.put("id", "openai:priced-stub");
            model.put("provider", "openai");
            model.put("baseUrl", stub.baseUrl() + "/v1");
            model.put("inputUsdPerMillionTokens", 1.0);
            model.put("outputUsdPerMillionTokens", 2.0);
            api.registerModel(model);
            JsonNode dataset = api.importJsonl("grafana-priced", SyntheticSuite.jsonl(6, 3));
            JsonNode run = api.createRun(dataset.path("name").asText(), null, List.of("openai:priced-stub"), "NONE",
                    1, "GENERATE");
            JsonNode done = new RunWatcher(api).awaitCompletion(run.path("runId").asText(), Duration.ofMinutes(5),
                    p -> { });
            assertThat(done.path("state").asText()).isEqualTo("COMPLETED");
        }
        Path dashboard = ProjectLayout.discover().root().resolve("deploy/grafana/dashboards/evalstream.json");
        Map<String, String> queried = GrafanaDashboard.metricNames(dashboard);
        assertThat(queried).containsKeys("evalstream_scoring_responses_total", "evalstream_run_accuracy_ci_low",
                "http_server_requests_seconds_count", "kafka_consumer_fetch_manager_records_lag_max");
        Set<String> exported = new TreeSet<>();
        for (ServiceName service : ServiceName.values()) {
            exported.addAll(GrafanaDashboard.exported(prometheusPage(stack.service(service))));
        }
        Map<String, String> missing = new TreeMap<>();
        queried.forEach((name, panel) -> {
            if (!exported.contains(name)) {
                missing.put(name, panel);
            }
        });
        assertThat(missing).as("metrics queried by Grafana panels (name -> panel) that no service exports")
                .isEmpty();
    }

    /**
     * The arena page and the dashboard's run drill-down in a real headless Chromium ({@link HeadlessChromium}, as the
     * dashboard's browser test): the ratings table with intervals and n, the judge audit, and on the index page the
     * Judges tab with position consistency. Screenshots in {@code target/screenshots/}.
     */
    @Test
    @Order(6)
    void theArenaPageAndTheRunDrillDownShowRatingsAndTheJudgeAudit() {
        Optional<String> missing = HeadlessChromium.missing();
        Assumptions.assumeTrue(missing.isEmpty(), () -> "skipping the browser step: " + missing.orElse(""));
        String scoringUrl = stack.service(ServiceName.SCORING).baseUrl();
        ChromeDriver browser = HeadlessChromium.start();
        try {
            Wait<WebDriver> wait = new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofMillis(200))
                    .ignoring(StaleElementReferenceException.class);
            browser.get(scoringUrl + "/arena.html#run=" + runId);
            new Select(wait.until(d -> d.findElement(By.id("judge-pick")))).getOptions(); // loaded
            wait.until(d -> d.findElements(By.cssSelector("#ratings tbody tr")).size() == CONTESTANTS.size());
            wait.until(d -> new Select(d.findElement(By.id("judge-pick"))).getOptions().stream()
                    .anyMatch(o -> o.getText().equals("builtin:judge-fair")));
            new Select(browser.findElement(By.id("judge-pick"))).selectByVisibleText("builtin:judge-fair");
            wait.until(d -> d.findElement(By.cssSelector("#ratings tbody tr")).getText()
                    .contains("builtin:arena-q8"));
            List<WebElement> rows = browser.findElements(By.cssSelector("#ratings tbody tr"));
            for (int i = 0; i < rows.size(); i++) {
                String row = rows.get(i).getText();
                assertThat(row).as("rating row %d", i).contains(CONTESTANTS.get(i)).matches("(?s).*\\[\\d+\\.\\d, "
                        + "\\d+\\.\\d].*").contains("96"); // interval, n = 96 battles per contestant
            }
            assertThat(browser.findElements(By.cssSelector("#ratings .ci"))).hasSize(CONTESTANTS.size());
            String audit = browser.findElement(By.id("audit")).getText();
            for (String judge : JUDGES) {
                assertThat(audit).contains(judge);
            }
            assertThat(audit).contains("n=");
            assertThat(browser.findElement(By.id("agreement")).getText()).contains("builtin:judge-first");
            HeadlessChromium.screenshot(browser, SHOTS, "arena-1-ratings-and-audit");

            // the dashboard's drill-down of the same run: a Judges tab with position consistency and bias
            browser.get(scoringUrl + "/#run=" + runId);
            WebElement tab = wait.until(d -> {
                WebElement t = d.findElement(By.id("tab-judges"));
                return t.isDisplayed() ? t : null;
            });
            tab.click();
            wait.until(d -> d.findElements(By.cssSelector("#judge-rows tr")).size() == JUDGES.size());
            String first = wait.until(d -> d.findElements(By.cssSelector("#judge-rows tr")).stream()
                    .map(WebElement::getText).filter(t -> t.startsWith("builtin:judge-first")).findFirst()
                    .orElse(null));
            assertThat(first).contains("n=").contains("%").contains("[");
            browser.executeScript("document.querySelector('#run .tabs').scrollIntoView({block: 'start'});");
            HeadlessChromium.screenshot(browser, SHOTS, "arena-2-run-judges-tab");
        } catch (RuntimeException | AssertionError e) {
            HeadlessChromium.screenshot(browser, SHOTS, "arena-failure");
            browser.manage().logs().get(LogType.BROWSER).forEach(entry -> System.out.println("browser: " + entry));
            throw e;
        } finally {
            browser.quit();
        }
    }

    /**
     * A single-rating arena (template single-v1) through the CLI: every answer rated 1-10 by each judge; the fair
     * judge's mean ratings order the contestants by quality, each with n = 24 prompts and an interval; the
     * length-biased judge rates the verbose contestant higher than the fair judge does. Then /arena.html shows them.
     */
    @Test
    @Order(7)
    void aSingleRatingArenaReportsMeanRatingsWithIntervals() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ArenaCommand command = new ArenaCommand(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        int code = new CommandLine(command).execute("--contestants", String.join(",", CONTESTANTS), "--judges",
                "builtin:judge-fair,builtin:judge-longer", "--template", "single-v1", "--item-url",
                stack.service(ServiceName.ITEM).baseUrl(), "--scoring-url", stack.service(ServiceName.SCORING).baseUrl(),
                "--timeout", "PT10M");
        String text = bytes.toString(StandardCharsets.UTF_8);
        System.out.println(text);
        assertThat(code).as(text).isZero();
        assertThat(text).contains("Single ratings by judge builtin:judge-fair");
        String single = command.runId();
        JsonNode report = api.arena(single);
        JsonNode fair = report.path("singleRatings").get(0);
        assertThat(fair.path("judge").asText()).isEqualTo("builtin:judge-fair");
        List<String> order = new ArrayList<>();
        fair.path("ratings").forEach(r -> {
            order.add(r.path("model").asText());
            assertThat(r.path("n").asInt()).isEqualTo(24);
            assertThat(r.path("low").asDouble()).isLessThanOrEqualTo(r.path("mean").asDouble());
            assertThat(r.path("high").asDouble()).isGreaterThanOrEqualTo(r.path("mean").asDouble());
        });
        assertThat(order).containsExactlyElementsOf(CONTESTANTS);
        double fairVerbose = mean(fair, "builtin:arena-q3-verbose");
        double longerVerbose = mean(report.path("singleRatings").get(1), "builtin:arena-q3-verbose");
        assertThat(longerVerbose).isGreaterThan(fairVerbose + 1);
        // 24 prompts x 5 answers x (1 answer + 2 ratings)
        assertThat(api.runResults(single).path("received").asLong()).isEqualTo(360);

        Optional<String> missing = HeadlessChromium.missing();
        Assumptions.assumeTrue(missing.isEmpty(), () -> "skipping the browser step: " + missing.orElse(""));
        ChromeDriver browser = HeadlessChromium.start();
        try {
            Wait<WebDriver> wait = new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofMillis(200))
                    .ignoring(StaleElementReferenceException.class);
            browser.get(stack.service(ServiceName.SCORING).baseUrl() + "/arena.html#run=" + single);
            wait.until(d -> d.findElements(By.cssSelector("#single-ratings tbody tr")).size() == CONTESTANTS.size());
            String first = browser.findElement(By.cssSelector("#single-ratings tbody tr")).getText();
            assertThat(first).contains("builtin:arena-q8").contains("[").contains("24");
            HeadlessChromium.screenshot(browser, SHOTS, "arena-3-single-ratings");
        } finally {
            browser.quit();
        }
    }

    private static double mean(JsonNode set, String model) {
        for (JsonNode r : set.path("ratings")) {
            if (r.path("model").asText().equals(model)) {
                return r.path("mean").asDouble();
            }
        }
        throw new AssertionError("no rating of " + model + " in " + set);
    }

    private JsonNode audit(String judge) {
        for (JsonNode a : report.path("audit")) {
            if (a.path("judge").asText().equals(judge)) {
                return a;
            }
        }
        throw new AssertionError("no audit of " + judge + " in " + report);
    }

    private JsonNode ratings(String judge) {
        for (JsonNode r : report.path("ratings")) {
            if (r.path("judge").asText().equals(judge)) {
                return r;
            }
        }
        throw new AssertionError("no ratings by " + judge);
    }
}
