package io.evalstream.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.evalstream.cli.client.ApiClient;
import io.evalstream.cli.stack.ProjectLayout;
import io.evalstream.cli.stack.ServiceName;
import io.evalstream.cli.stack.Stack;
import io.evalstream.cli.stack.StackOptions;
import io.evalstream.stub.StubModelServer;
import io.evalstream.stub.StubOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.Wait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real headless Chromium while an evaluation runs on the packaged services. Strategy: open the
 * page before the run exists and never reload it (a marker set in the page must survive); the run then has to
 * appear, its progress has to move, the leaderboards have to fill in from the live event stream; then drill into
 * the run's tabs and one item, whose prompt and response must be the ones the model saw and gave. Screenshots
 * go to {@code target/screenshots/} (look at them: they are the evidence that the page reads well).
 *
 * <p>Skipped, with the reason, only when chromium or chromedriver is not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserTest {
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(6);
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final String SLOW_MODEL = "openai:slow-stub";
    private static final int ITEMS = 150;

    private Stack stack;
    private StubModelServer.Handle stub;
    private ChromeDriver browser;

    @BeforeAll
    void start() throws Exception {
        Optional<String> missing = HeadlessChromium.missing();
        assumeTrue(missing.isEmpty(), () -> "skipping the browser test: " + missing.orElse(""));
        // Few requests in flight per endpoint and a model that takes its time: a run lasting tens of seconds.
        stub = StubModelServer.start(StubOptions.defaults().withLatency(Duration.ofMillis(700), Duration.ofMillis(200)));
        stack = Stack.start(ProjectLayout.discover(), StackOptions.ephemeral()
                .withEnv(Map.of("EVALSTREAM_INFERENCE_HTTP_MAX_IN_FLIGHT_PER_ENDPOINT", "4")), System.out);
        browser = HeadlessChromium.start();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (stack != null) {
            stack.close();
        }
        if (stub != null) {
            stub.close();
        }
    }

    @Test
    void liveProgressLeaderboardAndDrillDownWithoutReload() throws Exception {
        try {
            watchTheRun();
        } catch (RuntimeException | AssertionError e) {
            HeadlessChromium.screenshot(browser, SHOTS, "failure");
            browser.manage().logs().get(LogType.BROWSER).forEach(entry -> System.out.println("browser: " + entry));
            throw e;
        }
    }

    private void watchTheRun() throws Exception {
        String itemUrl = stack.service(ServiceName.ITEM).baseUrl();
        String scoringUrl = stack.service(ServiceName.SCORING).baseUrl();
        ApiClient api = new ApiClient(itemUrl, scoringUrl);
        SlowSuite.registerModel(itemUrl, SLOW_MODEL, stub.baseUrl());
        JsonNode dataset = api.importJsonl("browser-suite", SlowSuite.jsonl(ITEMS));

        browser.get(scoringUrl + "/");
        browser.executeScript("window.__noReload = 'still the same page';");
        // The runs table is re-rendered as events arrive: an element found a moment ago may be replaced.
        Wait<WebDriver> wait = new WebDriverWait(browser, RUN_TIMEOUT, Duration.ofMillis(200))
                .ignoring(StaleElementReferenceException.class);
        wait.until(d -> d.findElement(By.id("live")).getText().contains("live"));

        JsonNode run = api.createRun("browser-suite", dataset.path("version").asInt(),
                List.of("builtin:oracle", "builtin:random", SLOW_MODEL), "NONE", 1, "GENERATE");
        String runId = run.path("runId").asText();
        long planned = run.path("expectedRequests").asLong();
        assertThat(planned).isEqualTo(3L * ITEMS);

        // The run appears and its progress moves, from the live stream.
        By runRow = By.cssSelector("tr[data-run-id='" + runId + "']");
        wait.until(d -> !d.findElements(runRow).isEmpty() && received(d.findElement(runRow)) > 0);
        long first = wait.until(d -> received(d.findElement(runRow)));
        assertThat(first).as("caught while running").isLessThan(planned);
        wait.until(d -> received(d.findElement(runRow)) > first);
        assertThat(text(wait, runRow)).contains("/s");

        // The leaderboards fill in: the suite's (each model from its latest run) and the open run's.
        wait.until(d -> d.findElements(By.cssSelector("#board-rows tr[data-model]")).size() >= 2);
        wait.until(d -> d.findElements(By.cssSelector("#run-board-rows tr[data-model]")).size() == 3);
        String oracle = "#board-rows tr[data-model='builtin:oracle'] ";
        assertThat(text(wait, By.cssSelector(oracle + "td.accuracy"))).isEqualTo("100.0%");
        HeadlessChromium.screenshot(browser, SHOTS, "1-dashboard-running");

        wait.until(d -> d.findElement(runRow).getText().contains("COMPLETED"));
        assertThat(text(wait, runRow)).contains(planned + " / " + planned);
        wait.until(d -> !d.findElement(By.cssSelector("#run-board-rows tr[data-model='" + SLOW_MODEL + "'] td.accuracy"))
                .getText().equals("–"));
        wait.until(d -> !d.findElements(By.cssSelector("#board-rows tr[data-model] .sig")).isEmpty());
        assertThat(text(wait, By.cssSelector(oracle + ".sig")))
                .as("oracle vs the next model: a significant gap").startsWith("≻");
        assertThat(text(wait, By.id("slice-rows"))).contains("n=");
        HeadlessChromium.screenshot(browser, SHOTS, "2-dashboard-completed");

        // Keyboard: Enter on a focused run row opens it; arrow keys move between the run's tabs.
        wait.until(d -> {
            browser.executeScript("arguments[0].focus();", d.findElement(runRow));
            new Actions(browser).sendKeys(Keys.ENTER).perform();
            return "true".equals(d.findElement(runRow).getAttribute("aria-selected"));
        });
        browser.executeScript("document.getElementById('tab-overview').focus();");
        new Actions(browser).sendKeys(Keys.ARROW_RIGHT).perform();
        wait.until(d -> "true".equals(d.findElement(By.id("tab-bias")).getAttribute("aria-selected")));
        wait.until(d -> d.findElement(By.id("bias-rows")).getText().contains(SLOW_MODEL));
        wait.until(d -> !d.findElements(By.cssSelector("#bias-chart svg path")).isEmpty());
        showRunPanel();
        HeadlessChromium.screenshot(browser, SHOTS, "3-selection-bias");

        browser.findElement(By.id("tab-latency")).click();
        wait.until(d -> d.findElement(By.id("latency-rows")).getText().contains(SLOW_MODEL));
        showRunPanel();
        HeadlessChromium.screenshot(browser, SHOTS, "4-latency");

        browser.findElement(By.id("tab-history")).click();
        wait.until(d -> d.findElement(By.id("history-note")).getText().contains("points"));
        showRunPanel();
        HeadlessChromium.screenshot(browser, SHOTS, "5-history");

        // Drill into one item of the slow model: the prompt it was sent and the text it answered.
        browser.findElement(By.id("tab-items")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#item-rows tr[data-request-id]")).isEmpty());
        new Select(browser.findElement(By.id("item-model"))).selectByValue(SLOW_MODEL);
        wait.until(d -> d.findElements(By.cssSelector("#item-rows tr[data-request-id]")).stream()
                .allMatch(r -> r.getText().contains(SLOW_MODEL)));
        browser.findElement(By.cssSelector("#item-rows tr[data-request-id] button.link")).click();
        wait.until(d -> d.findElement(By.id("item-dialog")).isDisplayed());
        wait.until(d -> d.findElement(By.id("item-prompt")).getText().contains("Which number is"));
        assertThat(browser.findElement(By.id("item-prompt")).getText()).contains("A. ").contains("D. ");
        assertThat(browser.findElement(By.id("item-response")).getText()).isNotBlank()
                .doesNotContain("not recorded");
        assertThat(browser.findElement(By.id("item-facts")).getText()).contains("Outcome").contains("Gold");
        HeadlessChromium.screenshot(browser, SHOTS, "6-item");
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        wait.until(d -> !d.findElement(By.id("item-dialog")).isDisplayed());

        assertThat(browser.executeScript("return window.__noReload;")).as("the page was never reloaded")
                .isEqualTo("still the same page");
    }

    /** Scrolls the run's tab panel into view, so that its chart is in the screenshot. */
    private void showRunPanel() {
        browser.executeScript("document.querySelector('#run .tabs').scrollIntoView({block: 'start'});");
    }

    /** The text of an element that may be re-rendered while it is read. */
    private static String text(Wait<WebDriver> wait, By by) {
        return wait.until(d -> d.findElement(by).getText());
    }

    private static long received(WebElement row) {
        String text = row.findElement(By.cssSelector(".received")).getText();
        return Long.parseLong(text.substring(0, text.indexOf('/')).trim());
    }
}
