package io.github.entraide.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.Introduction;
import io.github.entraide.domain.IntroductionStatus;
import io.github.entraide.domain.RequestId;
import io.github.entraide.domain.RequestStatus;
import io.github.entraide.spi.OutboxMessage;
import io.github.entraide.testkit.GrenobleFixture;
import java.io.IOException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The screens of issue 16 item 3 in headless Chromium, each checked on the page and in the
 * library's state: a beneficiary edits then cancels a request; both sides confirm completion with
 * feedback, and a weekly request comes back next week; a moderator requeues a dead letter. Skips
 * loudly without Chromium on a developer's machine; fails when {@code CI=true}. No sleeps: every
 * wait is on something the page or the library shows.
 */
class PortalScreensBrowserTest {
    private static final java.util.regex.Pattern REQUEST_URL =
            java.util.regex.Pattern.compile("/requests/([A-Za-z0-9._-]+)");

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
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        steps = new PortalSteps(driver, wait, base, "?lang=fr");
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aBeneficiaryEditsThenCancelsARequestInFrenchThenEnglish() {
        signUp("Odile " + shortId(), unique("odile", "example.org"), false);
        String marker = shortId();
        type("text", "Du pain et du lait, s’il vous plaît. " + marker);
        submit();
        wait.until(ExpectedConditions.urlMatches("/requests/[A-Za-z0-9._-]+$"));
        RequestId id = requestIdInUrl();

        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Modifier ou annuler la demande"))).click();
        wait.until(ExpectedConditions.urlMatches("/requests/[A-Za-z0-9._-]+/edit$"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Modifier ma demande");
        String edited = "Du pain, du lait et des œufs, s’il vous plaît. " + marker;
        type("text", edited);
        driver.findElement(By.cssSelector("main form[action$='/edit'] button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("done=request-updated"));
        assertThat(driver.findElement(By.cssSelector("[role=status]")).getText())
                .contains("Votre demande est modifiée");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(edited);
        assertThat(request(id).freeText()).isEqualTo(edited);

        driver.get(base + "/requests/" + id.value() + "/edit?lang=en");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Edit my request");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Cancel my request");
        driver.findElement(By.cssSelector("main form[action$='/cancel'] button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("done=request-cancelled"));
        assertThat(driver.findElement(By.cssSelector("[role=status]")).getText())
                .contains("Your request was cancelled");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("cancelled");
        assertThat(driver.findElements(By.linkText("Edit or cancel the request")))
                .as("a cancelled request offers no more edits").isEmpty();
        assertThat(request(id).status()).isEqualTo(RequestStatus.CANCELLED);
        driver.get(base + "/?lang=fr");
    }

    @Test
    void bothSidesConfirmAWeeklyRequestWithFeedbackAndItComesBackNextWeek() {
        String helperName = "Yvette " + shortId();
        signUp(helperName, unique("yvette", "example.org"), true);
        type("text", "Courses le samedi matin, avec plaisir.");
        submit();
        wait.until(ExpectedConditions.urlContains("done=offer"));

        String residentName = "Marcel " + shortId();
        signUp(residentName, unique("marcel", "example.org"), false);
        type("text", "Les courses de la semaine, chaque samedi. " + shortId());
        check("weekly", true);
        submit();
        wait.until(ExpectedConditions.urlMatches("/requests/[A-Za-z0-9._-]+$"));
        RequestId first = requestIdInUrl();
        assertThat(driver.findElement(By.cssSelector("main .recurring")).getText()).isEqualTo("Chaque semaine (n° 1)");
        proposeTo(helperName);

        signInAs(helperName);
        driver.get(base + "/introductions");
        WebElement card = introductionCard(first);
        assertThat(card.getText()).contains("Cette demande revient chaque semaine");
        card.findElement(By.xpath(".//button[normalize-space()='Accepter']")).click();
        wait.until(ExpectedConditions.urlContains("done=accepted"));

        String helperWords = "Très agréable, à samedi prochain. " + shortId();
        confirm(first, helperWords);
        wait.until(ExpectedConditions.urlContains("done=confirmed"));
        card = introductionCard(first);
        assertThat(card.getText()).contains("en attente de l’autre personne").contains(helperWords);

        signInAs(residentName);
        driver.get(base + "/introductions?lang=en");
        card = introductionCard(first);
        assertThat(card.getText()).contains("The other person already confirmed the help was given")
                .doesNotContain(helperWords);
        assertThat(card.findElement(By.cssSelector("label[for^='feedback-']")).getText())
                .isEqualTo("A word about this help (optional)");
        String residentWords = "Perfect groceries, thank you! " + shortId();
        confirm(first, residentWords);
        wait.until(ExpectedConditions.urlContains("done=completed"));
        assertThat(driver.findElement(By.cssSelector("[role=status]")).getText())
                .contains("The introduction is completed");
        card = introductionCard(first);
        assertThat(card.getText()).contains("completed").contains(residentWords).doesNotContain(helperWords);

        Introduction done = introductionOf(first);
        assertThat(done.status()).isEqualTo(IntroductionStatus.COMPLETED);
        assertThat(done.helperFeedback()).contains(helperWords);
        assertThat(done.beneficiaryFeedback()).contains(residentWords);

        // Both renewed (the box is ticked by default): next week's occurrence, already accepted, same helper.
        List<HelpRequest> mine = requestsOf(done.beneficiaryId());
        assertThat(mine).extracting(HelpRequest::status)
                .containsExactly(RequestStatus.FULFILLED, RequestStatus.INTRODUCED);
        HelpRequest next = mine.get(1);
        Introduction renewed = introductionOf(next.id());
        assertThat(renewed.status()).isEqualTo(IntroductionStatus.ACCEPTED);
        assertThat(renewed.helperId()).isEqualTo(done.helperId());
        assertThat(introductionCard(next.id()).getText()).contains("This request comes back every week");

        driver.get(base + "/requests/new?lang=en");
        WebElement list = driver.findElement(By.xpath("//main//ul[li/a[contains(@href, '" + next.id().value()
                + "')]]"));
        assertThat(list.findElement(By.xpath("./li[a[contains(@href, '" + next.id().value() + "')]]")).getText())
                .contains("Every week (no. 2)");
        assertThat(list.findElement(By.xpath("./li[a[contains(@href, '" + first.value() + "')]]")).getText())
                .contains("Every week (no. 1)").contains("fulfilled");
        driver.get(base + "/?lang=fr");
    }

    @Test
    void aModeratorListsADeadLetterAndRequeuesIt() {
        // The demo refuses mail to the reserved .invalid domain for good, as a real server would.
        String helperName = "Zoé " + shortId();
        String unreachable = unique("zoe", "nowhere.invalid");
        signUp(helperName, unreachable, true);
        type("text", "Courses le jeudi après-midi.");
        submit();
        wait.until(ExpectedConditions.urlContains("done=offer"));
        signUp("Paul " + shortId(), unique("paul", "example.org"), false);
        type("text", "Des courses pour la semaine. " + shortId());
        submit();
        wait.until(ExpectedConditions.urlMatches("/requests/[A-Za-z0-9._-]+$"));
        proposeTo(helperName);

        // The proposal e-mail to the helper becomes a dead letter once the relay tries it.
        DemoPlatform platform = server.platform();
        OutboxMessage dead = wait.until(d -> platform.deadLetterMessages().stream()
                .filter(m -> m.payload().contains(unreachable)).findFirst().orElse(null));
        assertThat(dead.lastError()).hasValueSatisfying(e -> assertThat(e).startsWith("delivery-permanent")
                .doesNotContain(unreachable));

        signInAsModerator();
        driver.get(base + "/moderation");
        driver.findElement(By.linkText("E-mails non distribués")).click();
        wait.until(ExpectedConditions.urlContains("/moderation/dead-letters"));
        WebElement row = driver.findElement(By.id("dead-" + dead.id()));
        assertThat(row.getText()).contains(dead.id()).contains(dead.type()).contains("delivery-permanent");
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain(unreachable)
                .doesNotContain(helperName);
        int attempts = dead.attempts();
        row.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("done=requeued"));
        assertThat(driver.findElement(By.cssSelector("[role=status]")).getText())
                .contains("Message remis dans la file");

        // Requeued, it gets one more attempt; the address still cannot exist, so it is dead again.
        OutboxMessage again = wait.until(d -> platform.deadLetterMessages().stream()
                .filter(m -> m.id().equals(dead.id()) && m.attempts() > attempts).findFirst().orElse(null));
        assertThat(again.attempts()).isEqualTo(attempts + 1);
        driver.get(base + "/moderation/dead-letters?lang=en");
        WebElement attemptsCell = driver.findElement(By.cssSelector("#dead-" + dead.id() + " td:nth-child(4)"));
        assertThat(attemptsCell.getText()).isEqualTo(Integer.toString(attempts + 1));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Undelivered e-mails");
        driver.get(base + "/?lang=fr");
    }

    // ----------------------------------------------------------------------------- helpers

    private void confirm(RequestId request, String feedback) {
        WebElement card = introductionCard(request);
        WebElement box = card.findElement(By.cssSelector("textarea[name=feedback]"));
        box.clear();
        box.sendKeys(feedback);
        card.findElement(By.cssSelector("form[action$='/complete'] button[type=submit]")).click();
    }

    private WebElement introductionCard(RequestId request) {
        String id = introductionOf(request).id().value();
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id("intro-" + id)));
    }

    /**
     * Proposes the request to the helper from the request's page. The candidates are drawn when the page
     * is served: while the helper is not among them the page is read again, until the wait's limit.
     */
    private void proposeTo(String helperName) {
        String firstName = helperName.split(" ")[0];
        By button = By.xpath("//button[normalize-space()='Proposer à " + firstName + "']");
        wait.until(d -> {
            List<WebElement> found = d.findElements(button);
            if (found.isEmpty()) {
                d.navigate().refresh();
                return null;
            }
            return found.get(0);
        }).click();
        wait.until(ExpectedConditions.urlContains("done=proposed"));
    }

    private RequestId requestIdInUrl() {
        Matcher m = REQUEST_URL.matcher(driver.getCurrentUrl());
        assertThat(m.find()).as(driver.getCurrentUrl()).isTrue();
        return RequestId.of(m.group(1));
    }

    private static HelpRequest request(RequestId id) {
        return server.platform().storage().inTransaction(tx -> tx.requests().find(GrenobleFixture.TERRITORY_ID, id))
                .orElseThrow();
    }

    private static List<HelpRequest> requestsOf(io.github.entraide.domain.MemberId member) {
        return server.platform().storage().inTransaction(tx -> tx.requests()
                .byRequester(GrenobleFixture.TERRITORY_ID, member)).stream()
                .sorted(Comparator.comparing(HelpRequest::createdAt).thenComparing(r -> r.recurrence()
                        .map(io.github.entraide.domain.Recurrence::occurrence).orElse(0)))
                .toList();
    }

    private static Introduction introductionOf(RequestId request) {
        Optional<Introduction> found = server.platform().storage().inTransaction(tx -> tx.introductions()
                .byRequest(GrenobleFixture.TERRITORY_ID, request)).stream().findFirst();
        return found.orElseThrow(() -> new AssertionError("no introduction for request " + request.value()));
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    private static String unique(String name, String domain) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@" + domain;
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

    private void signInAsModerator() {
        signOutIfSignedIn();
        driver.get(base + "/signin?lang=fr");
        driver.findElement(By.xpath("//main//button[normalize-space()='Se connecter comme modérateur·rice']")).click();
        wait.until(ExpectedConditions.urlToBe(base + "/"));
    }
}
