package io.github.entraide.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page of the demo portal, in French and English, as each kind of visitor sees it
 * (anonymous, a helper, a beneficiary, the moderator, the administrator): axe-core's WCAG 2.0/2.1
 * A and AA rules in headless Chromium, and the Nu HTML Checker on the exact bytes the portal sent.
 * Pages are found by crawling every same-origin link from the home page (so a page added later is
 * checked as soon as a link reaches it), plus the states no link reaches: forms sent back with
 * their errors, and the not-found page. The portal runs on the minimal seed with a few records
 * added (offers, requests, introductions proposed and accepted, a moderation case) so that lists
 * are not empty. Writes {@code target/accessibility.json}; fails listing each violation and HTML
 * error. Skips loudly without Chromium, fails when {@code CI=true}.
 */
class AccessibilityTest {
    /** The axe-core tags run: WCAG 2.0 and 2.1, levels A and AA. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /** The most pages crawled for one visitor in one language: a bound in case links multiply. */
    private static final int MAX_PAGES = 150;
    private static final Pattern ID_SEGMENT = Pattern.compile("(?=.*[0-9])[A-Za-z0-9._-]{8,}");
    private static final Pattern OFFER_BUTTON = Pattern.compile(
            "name=\"offer\" value=\"([^\"]+)\"><button type=\"submit\">Proposer à Zoé");

    /**
     * Pages no link reaches, checked for every visitor: the not-found page, a page others may not
     * see (sign-in or forbidden), the notice shown after an action (the home page's), and the
     * crisis-appeal opt-out page of Zoé's real link (reached from an e-mail only; added by
     * {@link #seed()}).
     */
    private static final List<String> UNLINKED = new ArrayList<>(List.of("/this-page-does-not-exist", "/moderation",
            "/?done=proposed", "/requests/new?done=signup"));

    private static PortalServer server;
    private static String base;
    private static WebDriver driver;
    private static HeadlessChromium browser;
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    /** Sends the invalid forms: a redirect would mean the form was accepted (and state changed). */
    private static final HttpClient HTTP_POST = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, PortalClient> ACTORS = new LinkedHashMap<>();
    private static final List<FormCase> FORMS = new ArrayList<>();

    /** A form sent back with its errors: fields set to the given values, then submitted. */
    private record FormCase(String actor, String page, String form, Map<String, String> values) {
    }

    /** One checked page. */
    private record Checked(String url, String locale, String actor, int violations, int htmlErrors) {
    }

    @BeforeAll
    static void start() throws IOException {
        HeadlessChromium.requireOrSkip("Accessibility tests");
        server = PortalServer.start(PortalConfig.embeddedOnFreePort());
        base = server.baseUrl();
        seed();
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
     * A helper (Zoé) with an offer and a paid one in moderation; a beneficiary (Bernard) with two
     * requests proposed to her, one she accepted; the moderator; the administrator.
     */
    private static void seed() {
        String zoe = unique("zoe");
        PortalClient helper = signUp("Zoé", zoe, "HELPER");
        helper.post("/offers", "category", "groceries", "radius", "3", "capacity", "3", "languages", "fr", "text",
                "Courses le mardi, remboursement sur ticket.");
        helper.post("/offers", "category", "conversation", "radius", "3", "capacity", "1", "languages", "fr", "text",
                "Un appel par semaine, une petite participation aux frais d'essence.");
        PortalClient beneficiary = signUp("Bernard", unique("bernard"), "BENEFICIARY");
        propose(beneficiary, file(beneficiary, "Pain et lait, merci."));
        propose(beneficiary, file(beneficiary, "Des pommes et du café."));
        String open = file(beneficiary, "Un coup de main pour porter un colis.").uri().getPath();
        awaitMail(zoe, 2);
        Matcher accept = Pattern.compile("<a href=\"" + Pattern.quote(base) + "(/introductions/[^\"]+/accept)\">")
                .matcher(helper.get("/mailbox").body());
        assertThat(accept.find()).as("an accept link in the mailbox").isTrue();
        helper.get(accept.group(1));
        assertThat(helper.post(accept.group(1)).body()).contains("est acceptée");

        PortalClient moderator = new PortalClient(base);
        moderator.get("/signin");
        moderator.post("/signin", "as", "moderator");
        PortalClient admin = new PortalClient(base);
        admin.get("/signin");
        admin.post("/signin", "as", "admin");

        // Zoé opts in to crisis appeals and receives one: its opt-out page is checked like any other.
        helper.get("/my-data");
        helper.post("/my-data/appeals", "appeals", "yes");
        moderator.get("/moderation/appeals");
        assertThat(moderator.post("/moderation/appeals", "textFr", "Canicule : qui peut appeler ses voisins âgés ?",
                "textEn", "Heatwave: who can call their elderly neighbours?", "category", "", "commune", "38185",
                "radius", "").uri().getQuery()).isEqualTo("done=sent");
        UNLINKED.add(optOutPathOfTheAppealTo(zoe));

        ACTORS.put("anonymous", null);
        ACTORS.put("helper", helper);
        ACTORS.put("beneficiary", beneficiary);
        ACTORS.put("moderator", moderator);
        ACTORS.put("administrator", admin);

        Matcher offerEdit = Pattern.compile("href=\"(/offers/[^\"/]+/edit)\"").matcher(helper.get("/offers/new").body());
        assertThat(offerEdit.find()).as("an offer's edit link").isTrue();
        FORMS.add(new FormCase("anonymous", "/signup", "form[action='/signup']", Map.of("name", "", "email", "x")));
        FORMS.add(new FormCase("anonymous", "/signin", "form[action='/signin']", Map.of("member", "")));
        FORMS.add(new FormCase("helper", "/offers/new", "form[action='/offers']", Map.of("capacity", "many")));
        FORMS.add(new FormCase("helper", offerEdit.group(1), "form[action$='/edit']", Map.of("capacity", "many")));
        FORMS.add(new FormCase("beneficiary", "/requests/new", "form[action='/requests']", Map.of("commune", "")));
        FORMS.add(new FormCase("beneficiary", open + "/edit", "form[action$='/edit']",
                Map.of("text", "trop long ".repeat(250))));
    }

    private static PortalClient signUp(String name, String email, String role) {
        PortalClient c = new PortalClient(base);
        c.get("/signup");
        HttpResponse<String> r = c.post("/signup", "name", name, "email", email, "language", "fr", "commune", "38185",
                "role", role, "terms", "yes", "sharing", "yes");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return c;
    }

    /** Files a request; returns the request's page. */
    private static HttpResponse<String> file(PortalClient beneficiary, String text) {
        beneficiary.get("/requests/new");
        HttpResponse<String> filed = beneficiary.post("/requests", "category", "groceries", "text", text, "commune",
                "38185", "urgency", "NORMAL");
        assertThat(filed.uri().getPath()).as(filed.body()).startsWith("/requests/");
        return filed;
    }

    /** Proposes a filed request to Zoé. */
    private static void propose(PortalClient beneficiary, HttpResponse<String> filed) {
        Matcher offer = OFFER_BUTTON.matcher(filed.body());
        assertThat(offer.find()).as("Zoé is proposed").isTrue();
        assertThat(beneficiary.post(filed.uri().getPath() + "/propose", "offer", offer.group(1)).statusCode())
                .isEqualTo(200);
    }

    /** Waits (at most 20 s) until the relay delivered {@code count} mails to an address. */
    private static void awaitMail(String address, int count) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        Mailbox box = server.platform().mailbox().orElseThrow();
        while (box.messages().stream().filter(m -> m.to().contains(address)).count() < count) {
            assertThat(System.nanoTime()).as("mail to " + address + " within 20 s").isLessThan(deadline);
            if (server.platform().drainOnce() == 0) {
                LockSupport.parkNanos(50_000_000L);
            }
        }
    }

    /** Waits (at most 20 s) until the relay delivered a crisis appeal to an address; returns its opt-out link's path. */
    private static String optOutPathOfTheAppealTo(String address) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        Pattern link = Pattern.compile(Pattern.quote(base) + "(/appeals/opt-out/[A-Za-z0-9._~-]+)");
        Mailbox box = server.platform().mailbox().orElseThrow();
        while (true) {
            Optional<String> path = box.messages().stream().filter(m -> m.to().contains(address))
                    .map(m -> link.matcher(m.text())).filter(Matcher::find).map(m -> m.group(1)).findFirst();
            if (path.isPresent()) {
                return path.get();
            }
            assertThat(System.nanoTime()).as("an appeal to " + address + " within 20 s").isLessThan(deadline);
            if (server.platform().drainOnce() == 0) {
                LockSupport.parkNanos(50_000_000L);
            }
        }
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    @Test
    void everyPageInBothLanguagesForEveryVisitorHasNoAxeViolationAndNoHtmlError() throws Exception {
        List<Checked> checked = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> rules = new TreeSet<>();
        Set<String> incomplete = new TreeSet<>();
        String before = state();
        EmbeddedValidator nu = new EmbeddedValidator();
        nu.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        for (String locale : List.of("fr", "en")) {
            for (Map.Entry<String, PortalClient> actor : ACTORS.entrySet()) {
                Visit visit = new Visit(actor.getKey(), locale, actor.getValue(), nu, checked, problems, rules,
                        incomplete);
                visit.crawl();
                for (FormCase form : FORMS) {
                    if (form.actor().equals(actor.getKey())) {
                        visit.formWithErrors(form);
                    }
                }
            }
        }
        String after = state();
        rules.add("nu-html-checker");
        Map<String, Object> report = new LinkedHashMap<>();
        List<Map<String, Object>> pages = new ArrayList<>();
        for (Checked c : checked) {
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("url", c.url());
            page.put("locale", c.locale());
            page.put("actor", c.actor());
            page.put("violations", c.violations());
            page.put("html_errors", c.htmlErrors());
            pages.add(page);
        }
        report.put("pages", pages);
        report.put("rules", new ArrayList<>(rules));
        Path out = Path.of("target", "accessibility.json");
        Files.createDirectories(out.getParent());
        JSON.writer().with(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), report);
        System.out.println("accessibility: " + checked.size() + " pages checked ("
                + checked.stream().map(Checked::url).map(AccessibilityTest::normalised).distinct().count()
                + " distinct paths), " + checked.stream().mapToInt(Checked::violations).sum() + " axe violations, "
                + checked.stream().mapToInt(Checked::htmlErrors).sum() + " HTML errors; report " + out.toAbsolutePath()
                + "; left for review by axe (not violations): " + incomplete);

        Set<String> paths = checked.stream().map(Checked::url).map(AccessibilityTest::normalised)
                .collect(Collectors.toSet());
        assertThat(paths).as("the crawl reached the demo's screens").contains("/", "/signup", "/signin", "/offers/new",
                "/requests/new", "/requests/{id}", "/introductions", "/my-data", "/moderation", "/stats", "/mailbox",
                "/introductions/{id}/accept", "/offers/{id}/edit", "/requests/{id}/edit", "/moderation/dead-letters",
                "/this-page-does-not-exist");
        // The crawl only follows links (GET); the invalid forms are refused. Had a link changed
        // something (accepted an introduction, say), these pages would read differently now.
        assertThat(after).as("what the members and the moderator see after the crawl").isEqualTo(before);
        assertThat(problems).as("axe-core WCAG 2.1 A/AA violations and Nu HTML Checker errors").isEmpty();
    }

    /** What the seeded visitors see of their offers, requests, introductions and the moderation queue. */
    private static String state() {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> page : Map.of("helper", "/introductions", "beneficiary", "/introductions",
                "moderator", "/moderation").entrySet()) {
            out.append(ACTORS.get(page.getKey()).get(page.getValue()).body());
        }
        out.append(ACTORS.get("helper").get("/offers/new").body());
        return out.toString();
    }

    /** Path with ids replaced by {@code {id}}, without the query: pages that differ only by id are one. */
    static String normalised(String url) {
        String path = URI.create(url.replaceFirst("^POST ", "").split(" ", 2)[0]).getPath();
        return Stream.of(path.split("/", -1)).map(s -> ID_SEGMENT.matcher(s).matches() ? "{id}" : s)
                .collect(Collectors.joining("/"));
    }

    /** One visitor in one language: a session in the browser, a crawl, the checks. */
    private static final class Visit {
        private final String actor;
        private final String locale;
        private final EmbeddedValidator nu;
        private final List<Checked> checked;
        private final List<String> problems;
        private final Set<String> rules;
        private final Set<String> incomplete;

        Visit(String actor, String locale, PortalClient client, EmbeddedValidator nu, List<Checked> checked,
                List<String> problems, Set<String> rules, Set<String> incomplete) {
            this.actor = actor;
            this.locale = locale;
            this.nu = nu;
            this.checked = checked;
            this.problems = problems;
            this.rules = rules;
            this.incomplete = incomplete;
            driver.get(base + "/robots.txt");
            driver.manage().deleteAllCookies();
            driver.manage().addCookie(new Cookie("lang", locale, "/"));
            Optional<String> session = client == null ? Optional.empty() : client.cookie(Sessions.COOKIE);
            session.ifPresent(s -> driver.manage().addCookie(new Cookie(Sessions.COOKIE, s, "/")));
        }

        void crawl() throws Exception {
            Deque<String> queue = new ArrayDeque<>(UNLINKED);
            queue.addFirst("/");
            Set<String> seen = new HashSet<>();
            int pages = 0;
            while (!queue.isEmpty() && pages < MAX_PAGES) {
                String path = queue.poll();
                // A page no link reaches is a state of its own (a notice, an error): checked even if its path was.
                String key = UNLINKED.contains(path) ? path : normalised(path);
                if (!seen.add(key)) {
                    continue;
                }
                HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Cookie", cookies()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                String type = response.headers().firstValue("Content-Type").orElse("");
                if (!type.startsWith("text/html")) {
                    continue;
                }
                String landed = pathAndQuery(response.uri());
                if (!landed.equals(path) && !UNLINKED.contains(path) && !seen.add(normalised(landed))) {
                    continue;
                }
                driver.get(base + path);
                check(landed, response.body());
                pages++;
                for (WebElement a : driver.findElements(By.cssSelector("a[href]"))) {
                    link(a.getAttribute("href")).filter(l -> !seen.contains(normalised(l))).ifPresent(queue::add);
                }
            }
        }

        /** A same-origin page link, as path and query; not the language switch, not a download. */
        private static Optional<String> link(String href) {
            if (href == null || !href.startsWith(base + "/")) {
                return Optional.empty();
            }
            URI uri = URI.create(href);
            String query = uri.getRawQuery();
            if (query != null && Pattern.compile("(^|&)lang=").matcher(query).find()) {
                return Optional.empty();
            }
            if (uri.getPath().equals("/signout")) {
                return Optional.empty();
            }
            return Optional.of(pathAndQuery(uri));
        }

        private static String pathAndQuery(URI uri) {
            return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        }

        void formWithErrors(FormCase form) throws Exception {
            driver.get(base + form.page());
            WebElement element = driver.findElement(By.cssSelector("main " + form.form()));
            @SuppressWarnings("unchecked")
            List<List<String>> fields = (List<List<String>>) ((JavascriptExecutor) driver).executeScript("""
                    const f = arguments[0], values = arguments[1];
                    for (const [k, v] of Object.entries(values)) { const e = f.elements[k]; if (e) { e.value = v; } }
                    f.noValidate = true;
                    const out = [];
                    new FormData(f).forEach((v, k) => out.push([k, String(v)]));
                    return out;
                    """, element, form.values());
            String body = fields.stream().map(f -> PortalClient.enc(f.get(0)) + "=" + PortalClient.enc(f.get(1)))
                    .collect(Collectors.joining("&"));
            String action = URI.create(element.getAttribute("action")).getRawPath();
            HttpResponse<byte[]> response = HTTP_POST.send(HttpRequest.newBuilder(URI.create(base + action))
                    .header("Cookie", cookies()).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as("%s refused, sent back with its errors", action).isEqualTo(400);
            ((JavascriptExecutor) driver).executeScript("arguments[0].submit()", element);
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(element));
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(
                    ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=alert]")));
            check("POST " + action, response.body());
        }

        private String cookies() {
            return driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                    .collect(Collectors.joining("; "));
        }

        private void check(String url, byte[] html) throws Exception {
            Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
            if (results.isErrored()) {
                problems.add("axe failed on " + where(url) + ": " + results.getErrorMessage());
            }
            for (List<Rule> group : List.of(results.getPasses(), results.getViolations(), results.getIncomplete(),
                    results.getInapplicable())) {
                group.forEach(r -> rules.add(r.getId()));
            }
            for (Rule rule : results.getIncomplete()) {
                incomplete.add(rule.getId() + " on " + normalised(url) + " (" + rule.getNodes().size() + " elements)");
            }
            int violations = 0;
            for (Rule rule : results.getViolations()) {
                for (CheckedNode node : rule.getNodes()) {
                    violations++;
                    problems.add("axe " + rule.getId() + " on " + where(url) + " at " + node.getTarget() + ": "
                            + rule.getHelp());
                }
            }
            JsonNode messages = JSON.readTree(nu.validate(new ByteArrayInputStream(html))).path("messages");
            int errors = 0;
            for (JsonNode m : messages) {
                String type = m.path("type").asText();
                if (type.equals("error") || type.equals("non-document-error")) {
                    errors++;
                    problems.add("html on " + where(url) + " line " + m.path("lastLine").asText("?") + ": "
                            + m.path("message").asText());
                }
            }
            checked.add(new Checked(url, locale, actor, violations, errors));
        }

        private String where(String url) {
            return url + " (" + actor + ", " + locale + ")";
        }
    }
}
