package io.evalstream.e2e.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A real headless Chromium driven by Selenium, from the Debian packages {@code chromium} and {@code chromium-driver}
 * (paths overridable with {@code -Devalstream.chromium=} and {@code -Devalstream.chromedriver=}). The driver is
 * given explicitly, so Selenium Manager never goes to the internet for one. A laptop-sized window (1440 x 900):
 * what the screenshots show is what a person sees.
 */
public final class HeadlessChromium {
    private static final String[] BROWSERS = {"/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"};
    private static final String[] DRIVERS = {"/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"};

    private HeadlessChromium() {
    }

    /** Why the browser cannot run here, or empty when it can. */
    public static Optional<String> missing() {
        if (browser().isEmpty()) {
            return Optional.of("chromium is not installed (apt-get install -y chromium chromium-driver)");
        }
        if (driver().isEmpty()) {
            return Optional.of("chromedriver is not installed (apt-get install -y chromium-driver)");
        }
        return Optional.empty();
    }

    public static ChromeDriver start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser().orElseThrow().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1440,900", "--force-device-scale-factor=1", "--lang=en-US");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver().orElseThrow().toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Saves a PNG of the window under {@code dir}; returns its path. */
    public static Path screenshot(ChromeDriver driver, Path dir, String name) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> browser() {
        return find(System.getProperty("evalstream.chromium"), BROWSERS);
    }

    private static Optional<Path> driver() {
        return find(System.getProperty("evalstream.chromedriver"), DRIVERS);
    }

    private static Optional<Path> find(String configured, String[] candidates) {
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        for (String candidate : candidates) {
            Path path = Path.of(candidate);
            if (Files.isExecutable(path)) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }
}
