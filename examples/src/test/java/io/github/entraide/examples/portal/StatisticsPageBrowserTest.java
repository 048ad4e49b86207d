package io.github.entraide.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.entraide.testkit.GrenobleFixture;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The statistics page of the demo as it starts by default (the realistic seed), in headless
 * Chromium, in French and English: every category counts at least 5 helpers, offers and requests,
 * its bars are drawn, and the commune map holds every commune of the territory. One browser for
 * the class; skips loudly without Chromium, fails when {@code CI=true}.
 */
class StatisticsPageBrowserTest {
    private static PortalServer server;
    private static WebDriver driver;
    private static HeadlessChromium browser;

    @BeforeAll
    static void start() throws IOException {
        HeadlessChromium.requireOrSkip("Browser tests");
        server = PortalServer.start(PortalConfig.embeddedOnFreePort().withSeed(PortalConfig.SEED_REALISTIC));
        browser = HeadlessChromium.open("--window-size=1200,1600");
        driver = browser.driver();
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    /**
     * Screenshots for the README, written to {@code examples/target/screenshots}; copy them to
     * {@code docs/} (the README's regeneration command does).
     */
    @org.junit.jupiter.api.Test
    void screenshotsOfTheHomeStatisticsMailboxAHelpersEmailAndTheModerationQueue() throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        String[][] pages = {{"/?lang=fr", "home.png"}, {"/stats?lang=fr", "statistics.png"}, {"/mailbox", "mailbox.png"}};
        for (String[] page : pages) {
            driver.get(server.baseUrl() + page[0]);
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            assertThat(png).hasSizeGreaterThan(1000).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
            Files.write(dir.resolve(page[1]), png);
        }

        // A helper's introduction e-mail, opened: the whole message with its contacts, not the list.
        driver.get(server.baseUrl() + "/mailbox?lang=fr");
        WebElement mail = driver.findElement(By.xpath(
                "//article[contains(h2, 'mis en relation') and contains(pre, 'Bonjour Aidant')]"));
        assertThat(mail.findElement(By.tagName("pre")).getText()).contains("Bonjour Aidant");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true)", mail);
        Files.write(dir.resolve("mailbox-email.png"), mail.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));

        // The moderation queue, as a moderator of the territory sees it: the seed's held texts.
        driver.get(server.baseUrl() + "/signin?lang=fr");
        driver.findElement(By.xpath("//main//button[normalize-space()='Se connecter comme modérateur·rice']")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.urlToBe(server.baseUrl() + "/"));
        driver.get(server.baseUrl() + "/moderation?lang=fr");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("File de modération");
        assertThat(driver.findElements(By.cssSelector("main section form select[name=action]")))
                .as("open cases with their decision form").isNotEmpty();
        byte[] queue = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
        assertThat(queue).hasSizeGreaterThan(1000).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        Files.write(dir.resolve("moderation.png"), queue);
        driver.findElement(By.cssSelector("header form[action='/signout'] button")).click();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void statisticsShowEveryCategoryAndEveryCommune(String lang) {
        driver.get(server.baseUrl() + "/stats?lang=" + lang);
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);

        List<WebElement> categoryRows = driver.findElements(By.xpath("//table[1]/tbody/tr"));
        assertThat(categoryRows).hasSize(4);
        for (WebElement row : categoryRows) {
            for (WebElement cell : row.findElements(By.tagName("td"))) {
                assertThat(Long.parseLong(cell.getText().trim())).as(row.getText()).isGreaterThanOrEqualTo(5);
            }
        }
        List<WebElement> figures = driver.findElements(By.cssSelector("figure"));
        assertThat(figures).hasSizeGreaterThanOrEqualTo(7);
        for (int i = 0; i < 4; i++) {
            // The title comes before the bars, and every bar has a width.
            WebElement figure = driver.findElement(By.id("chart-" + i + "-title")).findElement(By.xpath(".."));
            assertThat(figure.findElement(By.xpath("./*[1]")).getTagName()).isEqualTo("figcaption");
            List<WebElement> bars = figure.findElements(By.cssSelector("rect"));
            assertThat(bars).hasSize(3);
            bars.forEach(b -> assertThat(Double.parseDouble(b.getAttribute("width"))).isGreaterThan(0));
        }
        List<WebElement> weekBars = driver.findElements(By.cssSelector("svg[aria-labelledby^='chart-weeks'] rect"));
        assertThat(weekBars.stream().filter(b -> Double.parseDouble(b.getAttribute("height")) > 0)).isNotEmpty();

        List<String> communes = driver.findElements(By.cssSelector("svg[aria-labelledby^='chart-map'] g.commune"))
                .stream().map(g -> g.getAttribute("data-insee")).toList();
        assertThat(communes).containsExactlyInAnyOrderElementsOf(
                GrenobleFixture.communes().stream().map(c -> c.inseeCode()).toList());
        assertThat(driver.findElement(By.id("chart-map-desc")).getAttribute("textContent")).contains("Grenoble");
    }
}
