package io.github.entraide.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, which
 * {@code .ci/run} installs). Skips loudly when they are missing on a developer's machine; fails
 * when {@code CI=true}. Selenium Manager is never asked to download anything.
 */
class PortalBrowserTest {

    private static PortalServer server;
    private static String base;
    private WebDriver driver;
    private WebDriverWait wait;
    private HeadlessChromium browser;
    private PortalSteps steps;

    @BeforeAll
    static void start() throws IOException {
        HeadlessChromium.requireOrSkip("Browser tests");
        server = PortalServer.start(PortalConfig.embeddedOnFreePort());
        base = server.baseUrl();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void openBrowser() throws IOException {
        browser = HeadlessChromium.open();
        driver = browser.driver();
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        steps = new PortalSteps(driver, wait, base, "");
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private void type(String id, String text) {
        steps.type(id, text);
    }

    private void check(String id, boolean on) {
        steps.check(id, on);
    }

    private void submit() {
        steps.submit();
    }

    private void signOutIfSignedIn() {
        steps.signOutIfSignedIn();
    }

    private void signUp(String name, String email, boolean helper) {
        steps.signUp(name, email, helper);
    }

    private void signInAs(String name) {
        steps.signInAs(name);
    }

    @Test
    void aHelperAcceptsFromTheMailboxLinkAndBothSeeTheContacts() {
        String helperName = "Aïcha " + UUID.randomUUID().toString().substring(0, 4);
        String helperEmail = unique("aicha");
        signUp(helperName, helperEmail, true);
        type("text", "Courses le jeudi ; remboursement des achats sur ticket de caisse.");
        submit();
        wait.until(ExpectedConditions.urlContains("done=offer"));

        String residentName = "Bernard " + UUID.randomUUID().toString().substring(0, 4);
        String residentEmail = unique("bernard");
        signUp(residentName, residentEmail, false);
        type("text", "Du pain, du lait et des pommes, s’il vous plaît.");
        submit();
        wait.until(ExpectedConditions.urlMatches("/requests/[A-Za-z0-9._-]+$"));
        String firstName = helperName.split(" ")[0];
        WebElement propose = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//button[normalize-space()='Proposer à " + firstName + "']")));
        assertThat(driver.getPageSource()).doesNotContain(helperEmail);
        propose.click();
        wait.until(ExpectedConditions.urlContains("done=proposed"));

        signInAs(helperName);
        driver.get(base + "/mailbox");
        WebElement link = wait.until(d -> {
            List<WebElement> links = d.findElements(By.xpath("//article[contains(., '" + helperEmail
                    + "')]//a[contains(@href, '/accept')]"));
            if (links.isEmpty()) {
                d.navigate().refresh();
                return null;
            }
            return links.get(0);
        });
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain(residentEmail);
        link.click();
        wait.until(ExpectedConditions.urlContains("/accept"));
        driver.findElement(By.xpath("//main//button[normalize-space()='Accepter']")).click();
        wait.until(ExpectedConditions.urlContains("/introductions"));
        assertThat(driver.findElement(By.cssSelector(".contact")).getText()).contains(residentEmail);

        signInAs(residentName);
        driver.get(base + "/introductions");
        assertThat(driver.findElement(By.cssSelector(".contact")).getText()).contains(helperEmail);
    }

    @Test
    void aHelperEditsThenWithdrawsAnOffer() {
        signUp("Hélène " + UUID.randomUUID().toString().substring(0, 4), unique("helene"), true);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        type("text", "Courses le mardi matin. " + marker);
        submit();
        wait.until(ExpectedConditions.urlContains("done=offer"));

        driver.get(base + "/offers/new");
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Modifier ou retirer"))).click();
        wait.until(ExpectedConditions.urlMatches("/offers/[A-Za-z0-9._-]+/edit$"));
        String edited = "Courses le mardi et le vendredi matin. " + marker;
        type("text", edited);
        type("capacity", "2");
        driver.findElement(By.cssSelector("main form[action$='/edit'] button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("done=offer-updated"));
        assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).contains("Votre offre est modifiée");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(edited);

        driver.findElement(By.linkText("Modifier ou retirer")).click();
        wait.until(ExpectedConditions.urlMatches("/offers/[A-Za-z0-9._-]+/edit$"));
        assertThat(driver.findElement(By.id("capacity")).getAttribute("value")).isEqualTo("2");
        driver.get(driver.getCurrentUrl() + "?lang=en");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Withdraw this offer");
        driver.findElement(By.cssSelector("main form[action$='/withdraw'] button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("done=offer-withdrawn"));
        assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).contains("Your offer was withdrawn");
        assertThat(driver.findElements(By.linkText("Edit or withdraw"))).as("a withdrawn offer cannot be edited")
                .isEmpty();
        driver.get(base + "/?lang=fr");
    }

    @Test
    void aPaidOfferLandsInTheModerationQueue() {
        signUp("Gaspard " + UUID.randomUUID().toString().substring(0, 4), unique("gaspard"), true);
        String marker = UUID.randomUUID().toString();
        String doubtful = "Je fais vos courses, une petite participation aux frais d'essence. " + marker;
        type("text", doubtful);
        submit();
        wait.until(ExpectedConditions.urlContains("done=offer-review"));
        assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).contains("modération");

        signOutIfSignedIn();
        driver.get(base + "/signin");
        driver.findElement(By.xpath("//main//button[normalize-space()='Se connecter comme modérateur·rice']")).click();
        wait.until(ExpectedConditions.urlToBe(base + "/"));
        driver.get(base + "/moderation");
        WebElement card = driver.findElement(By.xpath("//section[contains(., '" + marker + "')]"));
        assertThat(card.getText()).contains(doubtful);
        assertThat(card.getText()).contains("contrôle « aide bénévole »");
        new Select(card.findElement(By.name("action"))).selectByValue("REMOVE");
        card.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("done=decided"));
        assertThat(driver.findElements(By.xpath("//section[contains(., '" + marker + "')]"))).isEmpty();
    }

    @Test
    void aScriptInANameShowsAsText() {
        String payload = "<script>alert(1)</script>";
        signUp(payload, unique("xss"), false);
        assertThat(driver.findElement(By.cssSelector("header .who")).getText()).contains(payload);
        try {
            driver.switchTo().alert();
            fail("the name ran as a script");
        } catch (NoAlertPresentException expected) {
            // shown as text, never run
        }
    }

    private void signInAsModerator() {
        signOutIfSignedIn();
        driver.get(base + "/signin");
        driver.findElement(By.xpath("//main//button[normalize-space()='Se connecter comme modérateur·rice']")).click();
        wait.until(ExpectedConditions.urlToBe(base + "/"));
    }

    /** Sends an appeal from the moderators' page and returns its row in the table of past appeals. */
    private WebElement sendAppeal(String marker) {
        driver.get(base + "/moderation/appeals");
        type("textFr", "Confinement : besoin de bras pour les courses des aînés. " + marker);
        type("textEn", "Lockdown: hands needed for the elderly's groceries. " + marker);
        driver.findElement(By.cssSelector("main form[action='/moderation/appeals'] button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("done=sent"));
        return driver.findElement(By.xpath("//table//tr[contains(., '" + marker + "')]"));
    }

    @Test
    void aModeratorsAppealReachesTheHelperWhoOptedInWhoStopsItInOneClickWithoutSigningIn() {
        String helperEmail = unique("appel");
        signOutIfSignedIn();
        driver.get(base + "/signup");
        type("name", "Inès " + UUID.randomUUID().toString().substring(0, 4));
        type("email", helperEmail);
        new Select(driver.findElement(By.id("commune"))).selectByVisibleText("Grenoble");
        check("role-helper", true);
        check("role-beneficiary", false);
        check("terms", true);
        check("sharing", true);
        check("appeals", true);
        submit();
        wait.until(ExpectedConditions.urlContains("/offers/new"));

        signInAsModerator();
        String first = UUID.randomUUID().toString().substring(0, 8);
        WebElement row = sendAppeal(first);
        List<WebElement> cells = row.findElements(By.tagName("td"));
        assertThat(cells.get(cells.size() - 1).getText()).as("helpers reached: only the one who opted in")
                .isEqualTo("1");
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain(helperEmail);

        signOutIfSignedIn();
        driver.get(base + "/mailbox");
        WebElement link = wait.until(d -> {
            List<WebElement> links = d.findElements(By.xpath("//article[contains(., '" + helperEmail + "') and contains(., '"
                    + first + "')]//a[contains(@href, '/appeals/opt-out/')]"));
            if (links.isEmpty()) {
                d.navigate().refresh();
                return null;
            }
            return links.get(0);
        });
        link.click();
        wait.until(ExpectedConditions.urlContains("/appeals/opt-out/"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Ne plus recevoir les appels en cas de crise");
        assertThat(driver.findElements(By.cssSelector("header form[action='/signout']"))).as("not signed in").isEmpty();
        driver.findElement(By.xpath("//main//button[normalize-space()='Ne plus recevoir d’appels']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"),
                "vous ne recevrez plus d’appels"));

        signInAsModerator();
        String second = UUID.randomUUID().toString().substring(0, 8);
        List<WebElement> after = sendAppeal(second).findElements(By.tagName("td"));
        assertThat(after.get(after.size() - 1).getText()).as("the helper opted out").isEqualTo("0");
    }

    @Test
    void theSkipLinkAndLanguageSwitchWorkFromTheKeyboard() {
        driver.get(base + "/");
        // The skip link is off-screen until focused: reach it as a keyboard user does, with Tab.
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.TAB).perform();
        WebElement skip = driver.switchTo().activeElement();
        assertThat(skip.getAttribute("class")).as("the first Tab stop is the skip link").contains("skip");
        skip.sendKeys(org.openqa.selenium.Keys.ENTER);
        wait.until(d -> "main".equals(d.switchTo().activeElement().getAttribute("id")));
        driver.findElement(By.cssSelector("a[hreflang='en']")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        driver.get(base + "/stats");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Statistics");
    }
}
