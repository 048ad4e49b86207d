package io.github.entraide.examples.portal;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Debian Chromium driven by its own chromedriver, for the demo portal's browser tests:
 * a fresh profile in a temporary folder, the flags this closed network needs (no background
 * networking, no component updates), and Selenium Manager never asked to download anything.
 * {@link #close()} quits the browser and deletes its profile.
 *
 * <p>Not thread-safe: one test class (or one test) drives it at a time.
 */
final class HeadlessChromium implements AutoCloseable {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final WebDriver driver;
    private final Path profile;

    private HeadlessChromium(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * Skips the calling test class loudly when Chromium or its driver is missing, and fails it
     * instead when {@code CI=true}, where they must be installed (.ci/run does it).
     *
     * @param what what needs the browser, for the message ("Browser tests")
     */
    static void requireOrSkip(String what) {
        if (new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute()) {
            return;
        }
        String message = what + " need " + CHROMIUM + " and " + CHROMEDRIVER
                + " (apt-get install chromium chromium-driver; .ci/run does it)";
        if ("true".equals(System.getenv("CI"))) {
            fail(message);
        }
        System.err.println("SKIPPED: " + message);
        Assumptions.abort(message);
    }

    /**
     * Starts a browser.
     *
     * @param extraArguments more Chromium flags, such as {@code --window-size=1200,1600}
     * @return the running browser
     * @throws IOException if its profile folder cannot be made
     */
    static HeadlessChromium open(String... extraArguments) throws IOException {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        Path profile = Files.createTempDirectory("entraide-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath());
        options.addArguments(extraArguments);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        return new HeadlessChromium(new ChromeDriver(service, options), profile);
    }

    /** @return the browser's driver */
    WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
