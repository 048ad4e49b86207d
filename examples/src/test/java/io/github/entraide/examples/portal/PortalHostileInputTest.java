package io.github.entraide.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.entraide.testkit.generators.HostileStrings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile input through the demo portal, in-process: every hostile string of the test kit's
 * catalogue posted into every field of every form (every POST route of {@link PortalServer}), and
 * hostile query strings, paths, headers and bodies (too large, bad percent-encoding, invalid UTF-8,
 * a Content-Length that lies, no CSRF token, the wrong method). The portal never answers 5xx and
 * never hangs; a refusal is an HTML page with a clear message in French (or English when chosen);
 * a payload shown back (reflected in a form, or stored and listed) is HTML-escaped, never raw.
 */
@Timeout(value = 3, unit = java.util.concurrent.TimeUnit.MINUTES)
class PortalHostileInputTest {
    /** The POST routes this test covers, by the page method that handles them. */
    private static final Map<String, String> POST_ROUTES = Map.ofEntries(
            Map.entry("/signin", "signin"), Map.entry("/signout", "signout"), Map.entry("/signup", "signup"),
            Map.entry("/offers", "publishOffer"), Map.entry("/requests", "fileRequest"),
            Map.entry("/my-data/erase", "eraseMyData"), Map.entry("/report", "report"),
            Map.entry("/my-data/appeals", "myAppeals"),
            Map.entry("/requests/{id}/propose", "propose"), Map.entry("/moderation/{id}/decide", "decide"),
            Map.entry("/introductions/{id}/accept", "answer"), Map.entry("/introductions/{id}/decline", "answer"));
    private static final String[] FIELDS = {"name", "email", "phone", "language", "commune", "role", "category",
        "radius", "capacity", "languages", "text", "behalfName", "relationship", "urgency", "kind", "subject", "reason",
        "comment", "offer", "action", "as", "member", "next"};
    private static final List<String> DANGEROUS = List.of("<script>alert", "<img src=x", "<svg onload",
            "</textarea><script", "<a href=\"javascript:", "<iframe src");

    private static PortalServer server;
    private static String base;
    private static final Map<Integer, Integer> STATUSES = new TreeMap<>();
    private static int requests;

    @BeforeAll
    static void start() throws Exception {
        server = PortalServer.start(PortalConfig.embeddedOnFreePort());
        base = server.baseUrl();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        String json = "{\"test\":\"PortalHostileInputTest\",\"post_routes\":" + POST_ROUTES.size() + ",\"payloads\":"
                + payloads().size() + ",\"requests\":" + requests + ",\"statuses\":" + STATUSES.toString()
                .replace("=", "\":").replace("{", "{\"").replace(", ", ",\"") + ",\"server_errors_5xx\":0"
                + ",\"hangs\":0,\"raw_reflections\":0}";
        Files.createDirectories(Path.of("target", "guarantees"));
        Files.writeString(Path.of("target", "guarantees", "PortalHostileInputTest.json"), json + "\n");
        System.out.println("[guarantees] PortalHostileInputTest: " + requests + " hostile requests ("
                + POST_ROUTES.size() + " POST routes × " + payloads().size() + " payloads, plus malformed requests): "
                + "statuses " + STATUSES + ", 0 server errors, 0 hangs, 0 raw reflections");
    }

    private static List<String> payloads() {
        List<String> payloads = new ArrayList<>(HostileStrings.catalogue());
        payloads.add(HostileStrings.huge(5_000));
        return payloads;
    }

    private static PortalClient signUp(String name, String role) {
        PortalClient c = new PortalClient(base);
        c.get("/signup");
        HttpResponse<String> r = c.post("/signup", "name", name, "email", "h" + UUID.randomUUID() + "@example.org",
                "language", "fr", "commune", "38185", "role", role, "terms", "yes", "sharing", "yes");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return c;
    }

    private static HttpResponse<String> checked(String what, String payload, HttpResponse<String> r) {
        requests++;
        STATUSES.merge(r.statusCode(), 1, Integer::sum);
        assertThat(r.statusCode()).as("%s: status", what).isLessThan(500);
        String body = r.body();
        for (String dangerous : DANGEROUS) {
            assertThat(body).as("%s: raw markup in the page", what).doesNotContain(dangerous);
        }
        if (payload != null && (payload.contains("<") || payload.contains("\""))) {
            assertThat(body).as("%s: the payload appears raw", what).doesNotContain(payload);
        }
        if (r.statusCode() >= 400 && r.statusCode() != 405 || r.statusCode() == 405 && !body.isEmpty()) {
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(what).startsWith("text/html");
            assertThat(body).as("%s: an error page", what).contains("<html lang=\"").containsAnyOf("role=\"alert\"",
                    "class=\"alert\"", "class=\"errors\"");
        }
        return r;
    }

    @Test
    void theTestCoversEveryPostRouteOfTheServer() throws IOException {
        String source = Files.readString(Path.of("src/main/java/io/github/entraide/examples/portal/PortalServer.java"));
        Set<String> handlers = new TreeSet<>();
        Matcher only = Pattern.compile("only\\(post, \\(\\) -> pages\\.(\\w+)\\(").matcher(source);
        while (only.find()) {
            handlers.add(only.group(1));
        }
        Matcher either = Pattern.compile("either\\(get, post, \\(\\) -> pages\\.\\w+\\([^)]*\\), \\(\\) -> pages\\.(\\w+)\\(")
                .matcher(source);
        while (either.find()) {
            handlers.add(either.group(1));
        }
        assertThat(handlers).isNotEmpty().isEqualTo(new TreeSet<>(POST_ROUTES.values()));
    }

    @Test
    void hostilePayloadsInEveryFieldOfEveryFormNeverBreakThePortalAndAreShownEscaped() {
        PortalClient helper = signUp("Hélène", "HELPER");
        PortalClient resident = signUp("Bernard", "BENEFICIARY");
        PortalClient moderator = new PortalClient(base);
        moderator.get("/signin");
        moderator.post("/signin", "as", "moderator", "next", "/moderation");
        PortalClient visitor = new PortalClient(base);
        visitor.get("/signin");
        int i = 0;
        for (String payload : payloads()) {
            String p = payload;
            List<String> fields = new ArrayList<>();
            for (String f : FIELDS) {
                fields.add(f);
                fields.add(p);
            }
            fields.add("behalf");
            fields.add("yes");
            String[] form = fields.toArray(String[]::new);
            String lang = i % 3 == 0 ? "en" : "fr";
            for (PortalClient client : List.of(helper, resident, moderator, visitor)) {
                client.get("/?lang=" + lang);
            }
            for (String route : POST_ROUTES.keySet()) {
                String path = route.replace("{id}", i % 2 == 0 ? "x" : "id-1");
                PortalClient client = switch (route) {
                    case "/moderation/{id}/decide" -> moderator;
                    case "/requests", "/requests/{id}/propose", "/report" -> resident;
                    case "/signout", "/signin", "/signup" -> visitor;
                    default -> helper;
                };
                checked("POST " + path + " with " + HostileInputView.escaped(p), p, client.post(path, form));
                if (route.equals("/signout") || route.equals("/signin")) {
                    visitor.get("/signin");
                }
            }
            i++;
        }
    }

    @Test
    void hostilePayloadsInAnAppealAndInAnOptOutLinkNeverBreakThePortal() {
        PortalClient moderator = new PortalClient(base);
        moderator.get("/signin");
        moderator.post("/signin", "as", "moderator", "next", "/moderation/appeals");
        PortalClient visitor = new PortalClient(base);
        for (String payload : payloads()) {
            String what = HostileInputView.escaped(payload);
            checked("POST /moderation/appeals with " + what, payload, moderator.post("/moderation/appeals", "textFr",
                    payload, "textEn", payload, "category", payload, "commune", payload));
            String path = "/appeals/opt-out/" + java.net.URLEncoder.encode(payload, StandardCharsets.UTF_8);
            if (path.length() < 2_000) {
                checked("GET " + what + " as a token", null, visitor.get(path));
                checked("POST " + what + " as a token", null, visitor.postRaw(path, "List-Unsubscribe=One-Click"));
            }
        }
    }

    @Test
    void storedPayloadsComeBackEscapedOnThePages() {
        PortalClient helper = signUp("Zoé", "HELPER");
        for (String payload : List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
                "</textarea><script>alert(1)</script>", "'; DROP TABLE entraide_member; --")) {
            HttpResponse<String> offered = checked("offer text", payload, helper.post("/offers", "category", "groceries",
                    "radius", "3", "capacity", "1", "languages", "fr", "text", "Courses " + payload));
            assertThat(offered.body()).contains(Html.escape("Courses " + payload));

            PortalClient named = new PortalClient(base);
            named.get("/signup");
            HttpResponse<String> signedUp = checked("name", payload, named.post("/signup", "name", payload, "email",
                    "n" + UUID.randomUUID() + "@example.org", "language", "fr", "commune", "38185", "role", "BENEFICIARY",
                    "terms", "yes", "sharing", "yes"));
            assertThat(signedUp.statusCode()).isEqualTo(200);
            assertThat(signedUp.body()).contains(Html.escape(payload));
            HttpResponse<String> filed = checked("request text", payload, named.post("/requests", "category",
                    "groceries", "text", "Aide " + payload, "commune", "38185", "urgency", "NORMAL"));
            assertThat(filed.body()).contains(Html.escape("Aide " + payload));
        }
    }

    @Test
    void malformedRequestsGetAClearPageNeverAServerErrorOrAHang() throws Exception {
        PortalClient c = signUp("Malformed", "HELPER");
        String csrf = c.csrf();
        checked("body too large", null, c.postRaw("/offers", "csrf=" + csrf + "&text=" + "x".repeat(200_000)));
        assertThat(c.postRaw("/offers", "csrf=" + csrf + "&text=" + "x".repeat(200_000)).statusCode()).isEqualTo(413);
        HttpResponse<String> badBody = checked("bad percent-encoding in the body", null,
                c.postRaw("/offers", "csrf=" + csrf + "&text=%zz%"));
        assertThat(badBody.statusCode()).isEqualTo(400);
        assertThat(badBody.body()).contains("La demande est invalide.");
        HttpResponse<String> noToken = checked("no CSRF token", null, c.postRaw("/offers", "text=x"));
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(noToken.body()).contains("Le formulaire a expiré.");
        c.get("/?lang=en");
        assertThat(checked("no CSRF token, English", null, c.postRaw("/offers", "text=x")).body())
                .contains("The form expired.");
        c.get("/?lang=fr");
        for (String method : List.of("PUT", "DELETE", "PATCH", "OPTIONS", "TRACE")) {
            HttpResponse<String> r = checked(method, null, c.send(HttpRequest.newBuilder(URI.create(base + "/offers"))
                    .method(method, HttpRequest.BodyPublishers.ofString("x")).build()));
            assertThat(r.statusCode()).isEqualTo(405);
        }
        assertThat(checked("GET on a POST route", null, c.get("/offers")).statusCode()).isEqualTo(405);
        for (String path : List.of("/requests/..%2F..%2Fetc%2Fpasswd", "/requests/%00", "/requests/%3Cscript%3E",
                "/introductions/%3Cscript%3Ealert(1)%3C%2Fscript%3E/accept", "/" + "a".repeat(8_000),
                "/?lang=%3Cscript%3Ealert(1)%3C/script%3E", "/signin?next=javascript:alert(1)",
                "/signin?next=%0d%0aSet-Cookie:%20x=1", "/%C0%AE%C0%AE/", "/stats.csv?x=%FF%FE")) {
            HttpResponse<String> r = checked("GET " + path, null, c.get(path));
            assertThat(r.headers().map()).as(path).doesNotContainKey("x");
        }
        checked("hostile headers", null, c.send(HttpRequest.newBuilder(URI.create(base + "/"))
                .header("Accept-Language", "<script>alert(1)</script>").header("User-Agent", "\"><img src=x>")
                .header("Cookie", "lang=<script>; entraide_session=" + "z".repeat(4_000)).GET().build()));

        // Below the HTTP client: invalid UTF-8, a Content-Length that lies, a header line without a colon.
        byte[] invalidUtf8 = concat(("csrf=" + csrf + "&text=").getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0, (byte) 0x80});
        assertRaw("invalid UTF-8 in the body", post("/offers", invalidUtf8.length, invalidUtf8));
        byte[] shortBody = ("csrf=" + csrf + "&text=abc").getBytes(StandardCharsets.US_ASCII);
        assertRaw("Content-Length larger than the body", post("/offers", 100_000, shortBody));
        assertRaw("Content-Length far too large", post("/offers", Integer.MAX_VALUE, shortBody));
        // The JDK's server answers a request-target that is not a URI itself (400), before any handler.
        String badQuery = assertRaw("bad percent-encoding in the query",
                "GET /?q=%zz&lang=% HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
        assertThat(badQuery).startsWith("HTTP/1.1 400");
        // A query the portal cannot read is a page in the visitor's language, not a bare status.
        HttpResponse<String> manyParameters = checked("too many query parameters", null,
                c.get("/?" + "p=1&".repeat(Exchange.MAX_PARAMETERS + 1)));
        assertThat(manyParameters.statusCode()).isEqualTo(413);
        assertThat(manyParameters.body()).contains("<html lang=\"fr\"");
        c.get("/?lang=en");
        assertThat(c.get("/?" + "p=1&".repeat(Exchange.MAX_PARAMETERS + 1)).body()).contains("<html lang=\"en\"");
        c.get("/?lang=fr");
        assertRaw("a header without a colon", ("GET / HTTP/1.1\r\nHost: x\r\nthis is not a header\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        assertRaw("a request line of garbage", "\u0000\u0001GARBAGE\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] post(String path, long contentLength, byte[] body) {
        return concat(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + contentLength + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII), body);
    }

    /** Sends raw bytes, half-closes, and reads the answer within a deadline: any status but 5xx, or a closed socket. */
    private static String assertRaw(String what, byte[] request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout((int) Duration.ofSeconds(20).toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                answer.write(buffer, 0, n);
            }
            requests++;
            String text = answer.toString(StandardCharsets.UTF_8);
            if (!text.isEmpty()) {
                assertThat(text).as(what).startsWith("HTTP/1.1 ");
                int status = Integer.parseInt(text.substring(9, 12));
                STATUSES.merge(status, 1, Integer::sum);
                assertThat(status).as(what + ": " + text.lines().findFirst().orElse("")).isLessThan(500);
                for (String dangerous : DANGEROUS) {
                    assertThat(text).as(what).doesNotContain(dangerous);
                }
            }
            return text;
        }
    }

    /** Escapes invisible characters for failure messages. */
    private static final class HostileInputView {
        static String escaped(String s) {
            StringBuilder out = new StringBuilder();
            s.chars().limit(120).forEach(ch -> out.append(ch >= 0x20 && ch < 0x7F ? String.valueOf((char) ch)
                    : String.format("\\u%04X", ch)));
            return out.toString();
        }
    }
}
