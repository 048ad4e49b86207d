package io.github.entraide.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The portal's pages through an HTTP client, on embedded defaults and a free port. */
class PortalPagesTest {
    private static PortalServer server;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        server = PortalServer.start(PortalConfig.embeddedOnFreePort());
        base = server.baseUrl();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    static PortalClient signUp(String name, String email, String role) {
        PortalClient c = new PortalClient(base);
        c.get("/signup");
        HttpResponse<String> r = c.post("/signup", "name", name, "email", email, "language", "fr", "commune", "38185",
                "role", role, "terms", "yes", "sharing", "yes");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return c;
    }

    @Test
    void helperAcceptsFromTheMailLinkAndOnlyThenBothSeeContacts() {
        String helperEmail = unique("zoe");
        PortalClient helper = signUp("Zoé", helperEmail, "HELPER");
        HttpResponse<String> offered = helper.post("/offers", "category", "groceries", "radius", "3", "capacity", "1",
                "languages", "fr", "text", "Courses le mardi, remboursement sur ticket.");
        assertThat(offered.uri().getPath()).isEqualTo("/offers/new");
        assertThat(offered.body()).contains("Votre offre est publiée").contains("Courses le mardi");

        String residentEmail = unique("bernard");
        PortalClient resident = signUp("Bernard", residentEmail, "BENEFICIARY");
        HttpResponse<String> filed = resident.post("/requests", "category", "groceries", "text", "Pain et lait, merci.",
                "commune", "38185", "urgency", "HIGH");
        assertThat(filed.uri().getPath()).startsWith("/requests/");
        assertThat(filed.body()).contains("Personnes disponibles").contains("Proposer à Zoé")
                .doesNotContain(helperEmail);
        Matcher offer = Pattern.compile("name=\"offer\" value=\"([^\"]+)\"><button type=\"submit\">Proposer à Zoé")
                .matcher(filed.body());
        assertThat(offer.find()).isTrue();

        HttpResponse<String> proposed = resident.post(filed.uri().getPath() + "/propose", "offer", offer.group(1));
        assertThat(proposed.body()).contains("Votre demande a été transmise");
        assertThat(resident.get("/introductions").body()).contains("Zoé").doesNotContain(helperEmail);
        assertThat(helper.get("/introductions").body()).contains("Bernard").doesNotContain(residentEmail);

        awaitMailTo(helperEmail);
        String mailbox = helper.get("/mailbox").body();
        Matcher link = Pattern.compile("<a href=\"(" + Pattern.quote(base) + "/introductions/[^\"]+/accept)\">")
                .matcher(mailbox);
        assertThat(link.find()).as("accept link in the mailbox").isTrue();
        assertThat(mailbox).contains("Pain et lait, merci.").doesNotContain(residentEmail);

        String acceptPath = URI.create(link.group(1)).getPath();
        assertThat(helper.get(acceptPath).body()).contains("Accepter la mise en relation");
        HttpResponse<String> accepted = helper.post(acceptPath);
        assertThat(accepted.uri().getPath()).isEqualTo("/introductions");
        assertThat(accepted.body()).contains("est acceptée").contains(residentEmail);
        assertThat(resident.get("/introductions").body()).contains(helperEmail);
    }

    /** Waits (at most 20 s) until the relay delivered a mail to an address; drains the outbox meanwhile. */
    static void awaitMailTo(String address) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        Mailbox box = server.platform().mailbox().orElseThrow();
        while (box.messages().stream().noneMatch(m -> m.to().contains(address))) {
            assertThat(System.nanoTime()).as("mail to " + address + " within 20 s").isLessThan(deadline);
            if (server.platform().drainOnce() == 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(50_000_000L);
            }
        }
    }

    @Test
    void declineFromTheMailLinkOpensTheRequestAgain() {
        String helperEmail = unique("noe");
        PortalClient helper = signUp("Noé", helperEmail, "HELPER");
        helper.post("/offers", "category", "other.it-help", "radius", "3", "capacity", "1", "languages", "fr", "text",
                "Aide pour les visios et l’imprimante.");
        PortalClient resident = signUp("Irène", unique("irene"), "BENEFICIARY");
        HttpResponse<String> filed = resident.post("/requests", "category", "other.it-help", "text",
                "Mon imprimante ne marche plus.", "commune", "38185", "urgency", "NORMAL");
        Matcher offer = Pattern.compile("name=\"offer\" value=\"([^\"]+)\"><button type=\"submit\">Proposer à Noé")
                .matcher(filed.body());
        assertThat(offer.find()).isTrue();
        resident.post(filed.uri().getPath() + "/propose", "offer", offer.group(1));
        awaitMailTo(helperEmail);
        Matcher link = Pattern.compile("<a href=\"(" + Pattern.quote(base) + "/introductions/[^\"]+/decline)\">")
                .matcher(helper.get("/mailbox").body());
        assertThat(link.find()).isTrue();
        String declinePath = URI.create(link.group(1)).getPath();
        assertThat(new PortalClient(base).get(declinePath).body()).contains("Connectez-vous comme la personne qui aide");
        assertThat(resident.get(declinePath).statusCode()).isEqualTo(403);
        assertThat(helper.get(declinePath).body()).contains("Refuser la mise en relation");
        HttpResponse<String> declined = helper.post(declinePath);
        assertThat(declined.body()).contains("la demande sera proposée à quelqu’un d’autre");
        assertThat(resident.get(filed.uri().getPath()).body()).contains("ouverte").contains("Personnes disponibles");
    }

    @Test
    void aProxyAsksOnBehalfOfSomeoneAndARefusedRuleIsExplainedNextToTheForm() {
        PortalClient proxy = signUp("Lucie", unique("lucie"), "BENEFICIARY");
        proxy.get("/requests/new");
        HttpResponse<String> refused = proxy.post("/requests", "category", "groceries", "text", "Courses pour Paul.",
                "commune", "38185", "urgency", "NORMAL", "behalf", "yes", "behalfName", "Paul", "relationship",
                "RELATIVE", "minor", "yes");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("role=\"alert\"").contains("Courses pour Paul.");
        HttpResponse<String> filed = proxy.post("/requests", "category", "groceries", "text", "Courses pour Paul.",
                "commune", "38151", "urgency", "NORMAL", "behalf", "yes", "behalfName", "Paul", "relationship",
                "SOCIAL_WORKER");
        assertThat(filed.uri().getPath()).startsWith("/requests/");
        assertThat(filed.body()).contains("Pour : Paul").contains("Échirolles");
        HttpResponse<String> missing = proxy.post("/requests", "category", "groceries", "text", "x", "commune", "38185",
                "behalf", "yes", "behalfName", " ");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("Indiquez le prénom de la personne aidée.");
    }

    @Test
    void aDoubtfulOfferWaitsInTheModerationQueueAndAPriceIsRefusedWithItsReason() {
        PortalClient helper = signUp("Paulo", unique("paulo"), "HELPER");
        HttpResponse<String> refused = helper.post("/offers", "category", "groceries", "radius", "3", "capacity", "1",
                "languages", "fr", "text", "Je fais vos courses, 10 € de l’heure.");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("role=\"alert\"");
        String doubtful = "Je fais vos courses, une petite participation aux frais d'essence.";
        HttpResponse<String> held = helper.post("/offers", "category", "groceries", "radius", "3", "capacity", "1",
                "languages", "fr", "text", doubtful);
        assertThat(held.body()).contains("après vérification par la modération");

        PortalClient moderator = new PortalClient(base);
        moderator.get("/signin");
        String queue = moderator.post("/signin", "as", "moderator", "next", "/moderation").body();
        assertThat(queue).contains("contrôle « aide bénévole »").contains(Html.escape(doubtful));
        Matcher decide = Pattern.compile(Pattern.quote(Html.escape(doubtful))
                + "(?:(?!</section>).)*action=\"(/moderation/[^\"]+/decide)\"", Pattern.DOTALL).matcher(queue);
        assertThat(decide.find()).isTrue();
        HttpResponse<String> decided = moderator.post(decide.group(1), "action", "REMOVE", "reason", "volunteer-only");
        assertThat(decided.body()).contains("Décision enregistrée").contains("Retirer");
    }

    @Test
    void aMemberReportsTheOtherSideAndDownloadsThenErasesTheirData() {
        String helperEmail = unique("rita");
        PortalClient helper = signUp("Rita", helperEmail, "HELPER");
        helper.post("/offers", "category", "conversation", "radius", "3", "capacity", "2", "languages", "fr", "text",
                "Un appel le soir pour discuter.");
        PortalClient resident = signUp("Hugo", unique("hugo"), "BENEFICIARY");
        HttpResponse<String> filed = resident.post("/requests", "category", "conversation", "text",
                "Discuter un peu le soir.", "commune", "38185", "urgency", "LOW");
        Matcher offer = Pattern.compile("name=\"offer\" value=\"([^\"]+)\"><button type=\"submit\">Proposer à Rita")
                .matcher(filed.body());
        assertThat(offer.find()).isTrue();
        resident.post(filed.uri().getPath() + "/propose", "offer", offer.group(1));
        String intros = resident.get("/introductions").body();
        Matcher subject = Pattern.compile("name=\"subject\" value=\"([^\"]+)\"").matcher(intros);
        assertThat(subject.find()).isTrue();
        HttpResponse<String> reported = resident.post("/report", "kind", "OFFER", "subject", subject.group(1), "reason",
                "PAYMENT", "comment", "<b>m’a demandé de l’argent</b>");
        assertThat(reported.body()).contains("votre signalement a été transmis");

        HttpResponse<String> export = helper.get("/my-data/export.json");
        assertThat(export.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(export.body()).contains(helperEmail).contains("Un appel le soir");
        helper.get("/my-data");
        assertThat(helper.post("/my-data/erase").statusCode()).isEqualTo(400);
        HttpResponse<String> erased = helper.post("/my-data/erase", "confirm", "yes");
        assertThat(erased.body()).contains("Vos données ont été effacées");
        assertThat(new PortalClient(base).get("/signin").body()).doesNotContain(helperEmail).doesNotContain(">Rita (");
    }

    @Test
    void statisticsHideSmallCountsFromThePublicAndPublishOpenData() {
        String publicPage = new PortalClient(base).get("/stats").body();
        assertThat(publicPage).contains("&lt;5");
        HttpResponse<String> csv = new PortalClient(base).get("/stats.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("territory,period_start,period_end,measure,dimension,value");
    }

    @Test
    void scriptInANameIsShownAsText() {
        String payload = "<script>alert(1)</script>";
        PortalClient c = signUp(payload, unique("xss"), "BENEFICIARY");
        String page = c.get("/requests/new").body();
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(payload);
        String signin = new PortalClient(base).get("/signin").body();
        assertThat(signin).doesNotContain(payload);
    }

    @Test
    void refusedFormsExplainEveryProblemInTheVisitorsLanguage() {
        PortalClient c = new PortalClient(base);
        c.get("/signup?lang=en");
        HttpResponse<String> r = c.post("/signup", "name", "", "email", "not-an-address", "commune", "38185",
                "language", "en");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("<html lang=\"en\"").contains("The form has errors")
                .contains("First name or nickname").contains("E-mail address").contains("I want to");
        HttpResponse<String> fr = c.get("/signup?lang=fr");
        assertThat(fr.body()).contains("<html lang=\"fr\"").contains("S’inscrire");
    }

    @Test
    void hostileInputsNeverBreakThePortal() {
        String huge = "x".repeat(200_000);
        List<String> payloads = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
                "Jean\r\nBcc: victim@example.org", "a\u0000b\u0007c\u001b[31m", "\ud800 lone surrogate", "é".repeat(5000),
                "%zz", "../../etc/passwd", "' OR 1=1 --", "Robert'); DROP TABLE members;--");
        PortalClient c = signUp("Hostile", unique("hostile"), "HELPER");
        for (String p : payloads) {
            for (String path : List.of("/signup", "/offers", "/requests", "/report", "/moderation/x/decide",
                    "/requests/x/propose", "/introductions/x/accept", "/signin")) {
                HttpResponse<String> r = c.post(path, "name", p, "email", p, "phone", p, "language", p, "commune", p,
                        "role", p, "category", p, "radius", p, "capacity", p, "languages", p, "text", p,
                        "behalf", "yes", "behalfName", p, "relationship", p, "urgency", p, "kind", p, "subject", p,
                        "reason", p, "comment", p, "offer", p, "action", p, "as", p, "member", p, "next", p);
                assertThat(r.statusCode()).as(path + " with " + p.substring(0, Math.min(20, p.length())))
                        .isLessThan(500);
                assertThat(r.body()).doesNotContain("<script>alert(1)").doesNotContain("<img src=x");
            }
        }
        assertThat(c.postRaw("/signup", "csrf=" + c.csrf() + "&name=" + huge).statusCode()).isEqualTo(413);
        assertThat(c.postRaw("/signup", "csrf=" + c.csrf() + "&name=%zz%").statusCode()).isEqualTo(400);
        for (String path : List.of("/requests/..%2F..%2Fetc", "/requests/%00", "/introductions/x/accept",
                "/introductions/%3Cscript%3E/accept", "/requests/" + "a".repeat(64), "/nothing", "/?lang=%3Cscript%3E",
                "/signin?next=//evil.example", "/signin?next=%0d%0aSet-Cookie:x=1")) {
            HttpResponse<String> r = c.get(path);
            assertThat(r.statusCode()).as(path).isLessThan(500);
            assertThat(r.headers().map()).doesNotContainKey("x");
        }
        HttpResponse<String> deleted = c.send(HttpRequest.newBuilder(URI.create(base + "/")).DELETE().build());
        assertThat(deleted.statusCode()).isEqualTo(405);
    }

    @Test
    void formsWithoutTheSessionsTokenAreRefused() {
        PortalClient c = signUp("Csrf", unique("csrf"), "HELPER");
        HttpResponse<String> r = c.postRaw("/offers", "category=groceries&radius=3&capacity=1&languages=fr&text=x");
        assertThat(r.statusCode()).isEqualTo(403);
        HttpResponse<String> forged = c.postRaw("/offers", "csrf=forged&category=groceries&radius=3&capacity=1&languages=fr");
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void afterSignInTheVisitorReturnsOnlyToAPortalPath() {
        PortalClient c = new PortalClient(base);
        c.get("/signin?next=/stats");
        HttpResponse<String> r = c.post("/signin", "as", "moderator", "next", "/stats");
        assertThat(r.uri().getPath()).isEqualTo("/stats");
        c.get("/signin");
        HttpResponse<String> evil = c.post("/signin", "as", "moderator", "next", "//evil.example/x");
        assertThat(evil.uri().getHost()).isEqualTo("localhost");
        assertThat(evil.uri().getPath()).isEqualTo("/");
    }

    @Test
    void moderationIsForModeratorsAndStatisticsChartEachCategory() {
        PortalClient member = signUp("Mod", unique("mod"), "HELPER");
        assertThat(member.get("/moderation").statusCode()).isEqualTo(403);
        PortalClient moderator = new PortalClient(base);
        moderator.get("/signin");
        HttpResponse<String> queue = moderator.post("/signin", "as", "moderator", "next", "/moderation");
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.body()).contains("File de modération");
        String stats = new PortalClient(base).get("/stats?lang=en").body();
        assertThat(stats).contains("<svg role=\"img\"").contains("Essential groceries").contains("Published offers");
        assertThat(Pattern.compile("<svg ").matcher(stats).results().count()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aModeratorSendsAnAppealAndTheHelpersLinkOptsOutOnlyOnPostWithoutSignIn() {
        String helperEmail = unique("appeal");
        PortalClient helper = new PortalClient(base);
        helper.get("/signup");
        assertThat(helper.post("/signup", "name", "Inès", "email", helperEmail, "language", "en", "commune", "38185",
                "role", "HELPER", "terms", "yes", "sharing", "yes", "appeals", "yes").statusCode()).isEqualTo(200);
        assertThat(helper.get("/moderation/appeals").statusCode()).as("for moderators only").isEqualTo(403);
        PortalClient moderator = new PortalClient(base);
        moderator.get("/signin");
        moderator.post("/signin", "as", "moderator", "next", "/moderation/appeals");

        HttpResponse<String> paid = moderator.post("/moderation/appeals", "textFr", "Bénévoles payés 15 € de l'heure.",
                "textEn", "Volunteers paid 15 € an hour.", "category", "", "commune", "");
        assertThat(paid.statusCode()).isEqualTo(400);
        assertThat(paid.body()).contains("role=\"alert\"").contains("15 €");
        HttpResponse<String> sent = moderator.post("/moderation/appeals", "textFr", "Confinement : besoin de bras.",
                "textEn", "Lockdown: hands needed.", "category", "", "commune", "38185");
        assertThat(sent.uri().getQuery()).isEqualTo("done=sent");
        assertThat(sent.body()).contains("L’appel est envoyé").contains("Grenoble").doesNotContain(helperEmail);

        awaitMailTo(helperEmail);
        Matcher link = Pattern.compile("<a href=\"(" + Pattern.quote(base) + "/appeals/opt-out/[^\"]+)\">")
                .matcher(new PortalClient(base).get("/mailbox").body());
        assertThat(link.find()).as("opt-out link in the mailbox").isTrue();
        String path = URI.create(link.group(1)).getPath();
        PortalClient anonymous = new PortalClient(base);
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> confirm = anonymous.get(path);
            assertThat(confirm.statusCode()).isEqualTo(200);
            assertThat(confirm.body()).contains("<h1>Ne plus recevoir les appels en cas de crise</h1>")
                    .contains("action=\"" + path + "\"");
        }
        assertThat(helper.get("/my-data").body()).as("a GET changes nothing")
                .contains("Vous recevez les appels des modérateur·rices");

        HttpResponse<String> oneClick = new PortalClient(base).postRaw(path, "List-Unsubscribe=One-Click");
        assertThat(oneClick.statusCode()).as("RFC 8058 POST, no session, no CSRF token").isEqualTo(200);
        assertThat(oneClick.body()).contains("vous ne recevrez plus d’appels");
        assertThat(new PortalClient(base).postRaw(path, "").statusCode()).as("twice is once").isEqualTo(200);
        assertThat(helper.get("/my-data").body()).contains("Vous ne recevez pas les appels");
        assertThat(new PortalClient(base).postRaw("/appeals/opt-out/grenoble-alpes-metropole~unknowntoken0000000000000",
                "List-Unsubscribe=One-Click").statusCode()).isEqualTo(404);
        for (String page : List.of("/moderation/appeals", path)) {
            String body = (page.startsWith("/moderation") ? moderator : anonymous).get(page).body();
            Matcher inputs = Pattern.compile("<(?:input|select|textarea) [^>]*id=\"([^\"]+)\"").matcher(body);
            while (inputs.find()) {
                assertThat(body).as(page + " label for " + inputs.group(1)).contains("for=\"" + inputs.group(1) + "\"");
            }
            assertThat(body).contains("<html lang=\"fr\"").contains("<h1>");
        }
    }

    @Test
    void theAppealsPageStatesTheTerritorysDailyLimitAndSendsWithinARadiusAroundACommune() {
        io.github.entraide.Entraide entraide = server.platform().entraide();
        io.github.entraide.domain.Actor admin = io.github.entraide.domain.Actor.administrator("portal-test");
        io.github.entraide.domain.TerritoryId territory = io.github.entraide.domain.TerritoryId.of(
                "grenoble-alpes-metropole");
        entraide.territories().configure(admin, new io.github.entraide.command.ConfigureTerritory(territory.value(),
                entraide.territories().find(admin, territory).settings().withAppealsPerDay(7)));
        PortalClient moderator = new PortalClient(base);
        moderator.get("/signin");
        moderator.post("/signin", "as", "moderator", "next", "/moderation/appeals");

        assertThat(moderator.get("/moderation/appeals").body())
                .contains("Nombre maximal d’appels du territoire par 24 heures : 7.")
                .contains("<label for=\"radius\">Rayon autour de la commune (km, facultatif)");
        HttpResponse<String> noCommune = moderator.post("/moderation/appeals", "textFr", "Canicule : appelez vos voisins.",
                "textEn", "Heatwave: call your neighbours.", "category", "", "commune", "", "radius", "2");
        assertThat(noCommune.statusCode()).isEqualTo(400);
        assertThat(noCommune.body()).contains("role=\"alert\"").contains("Choisissez une commune");
        HttpResponse<String> tooFar = moderator.post("/moderation/appeals", "textFr", "Canicule : appelez vos voisins.",
                "textEn", "Heatwave: call your neighbours.", "category", "", "commune", "38185", "radius", "500");
        assertThat(tooFar.statusCode()).isEqualTo(400);
        assertThat(tooFar.body()).contains("entre 0,1 et 100");
        HttpResponse<String> sent = moderator.post("/moderation/appeals", "textFr", "Canicule : appelez vos voisins.",
                "textEn", "Heatwave: call your neighbours.", "category", "", "commune", "38185", "radius", "2,5");
        assertThat(sent.uri().getQuery()).isEqualTo("done=sent");
        assertThat(entraide.appeals().list(admin, territory)).anySatisfy(a -> assertThat(a.area())
                .hasValueSatisfying(circle -> assertThat(circle.radiusKm()).isEqualTo(2.5)));
        assertThat(sent.body()).contains("2.5 km");
        assertThat(moderator.get("/moderation/appeals?lang=en").body())
                .contains("Most appeals the territory sends in 24 hours: 7.");
    }

    @Test
    void anUnknownOptOutLinkIsNotFoundInFrenchAndEnglishAndShowsNoForm() {
        for (String token : List.of("grenoble-alpes-metropole~unknowntoken0000000000000", "nope")) {
            HttpResponse<String> fr = new PortalClient(base).get("/appeals/opt-out/" + token);
            assertThat(fr.statusCode()).isEqualTo(404);
            assertThat(fr.body()).contains("Page introuvable.").doesNotContain("<form method=\"post\" action=\"/appeals");
            HttpResponse<String> en = new PortalClient(base).get("/appeals/opt-out/" + token + "?lang=en");
            assertThat(en.statusCode()).isEqualTo(404);
            assertThat(en.body()).contains("Page not found.").doesNotContain("<form method=\"post\" action=\"/appeals");
        }
    }

    @Test
    void pagesAreAccessibleAndSelfContained() {
        PortalClient c = signUp("Access", unique("a11y"), "BENEFICIARY");
        for (String path : List.of("/", "/signup", "/signin", "/requests/new", "/offers/new", "/introductions", "/stats",
                "/mailbox", "/my-data")) {
            HttpResponse<String> r = c.get(path);
            String page = r.body();
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(page).as(path).contains("<html lang=\"fr\"").contains("class=\"skip\" href=\"#main\"")
                    .contains("<main id=\"main\"").contains("<h1>").doesNotContain("<script", "<link", "@import", "url(")
                    .doesNotContainPattern("(?:src|href|action)=\"(?:https?:)?//(?!localhost[:/])");
            Matcher inputs = Pattern.compile("<(?:input|select|textarea) [^>]*id=\"([^\"]+)\"").matcher(page);
            while (inputs.find()) {
                assertThat(page).as(path + " label for " + inputs.group(1)).contains("for=\"" + inputs.group(1) + "\"");
            }
            assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                    csp -> assertThat(csp).contains("default-src 'none'"));
        }
    }
}
