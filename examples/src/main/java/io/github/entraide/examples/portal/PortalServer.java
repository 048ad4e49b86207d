package io.github.entraide.examples.portal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.entraide.EntraideException;
import io.github.entraide.InvalidCommandException;
import io.github.entraide.NotAuthorizedException;
import io.github.entraide.NotFoundException;
import io.github.entraide.domain.Territory;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo city portal: the JDK's built-in HTTP server in front of {@link PortalPages}, with
 * cookie sessions, a CSRF token on every form, and every failure turned into a page (a refused
 * use case is a 4xx page, never a 500). Thread-safe.
 */
public final class PortalServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PortalServer.class);
    private static final Pattern REQUEST = Pattern.compile("/requests/([A-Za-z0-9._-]{1,64})");
    private static final Pattern PROPOSE = Pattern.compile("/requests/([A-Za-z0-9._-]{1,64})/propose");
    private static final Pattern DECIDE = Pattern.compile("/moderation/([A-Za-z0-9._-]{1,64})/decide");
    private static final Pattern OFFER_EDIT = Pattern.compile("/offers/([A-Za-z0-9._-]{1,64})/(edit|withdraw)");
    private static final Pattern REQUEST_EDIT = Pattern.compile("/requests/([A-Za-z0-9._-]{1,64})/(edit|cancel)");
    private static final Pattern COMPLETE = Pattern.compile("/introductions/([A-Za-z0-9._-]{1,64})/complete");
    private static final Pattern REQUEUE = Pattern.compile("/moderation/dead-letters/([A-Za-z0-9._-]{1,64})/requeue");
    private static final Pattern OPT_OUT = Pattern.compile("/appeals/opt-out/([A-Za-z0-9._~-]{1,128})");
    private static final Pattern ANSWER = Pattern.compile("/introductions/([A-Za-z0-9._-]{1,64})/(accept|decline)");

    private final HttpServer http;
    private final ExecutorService workers;
    private final DemoPlatform platform;
    private final Sessions sessions = new Sessions();
    private final PortalPages pages;
    private final String baseUrl;

    private PortalServer(HttpServer http, ExecutorService workers, DemoPlatform platform, PortalPages pages,
            String baseUrl) {
        this.http = http;
        this.workers = workers;
        this.platform = platform;
        this.pages = pages;
        this.baseUrl = baseUrl;
    }

    /**
     * Wires the platform, seeds the demo, and starts serving.
     *
     * @param config the configuration
     * @return the running portal
     * @throws IOException if the port cannot be bound
     */
    public static PortalServer start(PortalConfig config) throws IOException {
        // The JDK server waits for a request (and a response to be read) forever by default: a client
        // that opens a connection and never finishes its request would hold a worker. Bound both,
        // unless the operator set them; read once, when the JDK's server classes load.
        System.getProperties().putIfAbsent("sun.net.httpserver.maxReqTime", "30");
        System.getProperties().putIfAbsent("sun.net.httpserver.maxRspTime", "120");
        HttpServer http = HttpServer.create(new InetSocketAddress(config.bindAddress(), config.port()), 64);
        int port = http.getAddress().getPort();
        String baseUrl = config.baseUrl().orElse("http://localhost:" + port);
        DemoClock clock = new DemoClock(Clock.systemUTC());
        DemoPlatform platform;
        try {
            platform = DemoPlatform.create(config, baseUrl, clock);
        } catch (RuntimeException e) {
            http.stop(0);
            throw e;
        }
        try {
            Territory territory = DemoSeed.territory(platform.entraide());
            if (DemoSeed.sampleMembers(platform.entraide()) && config.seed().equals(PortalConfig.SEED_REALISTIC)) {
                DemoSeed.population(platform, clock);
            }
            platform.startRelay();
            PortalPages pages = new PortalPages(platform, territory, baseUrl);
            ExecutorService workers = Executors.newFixedThreadPool(8, r -> {
                Thread t = new Thread(r, "entraide-demo-http");
                t.setDaemon(true);
                return t;
            });
            PortalServer server = new PortalServer(http, workers, platform, pages, baseUrl);
            http.createContext("/", server::handle);
            http.setExecutor(workers);
            http.start();
            return server;
        } catch (RuntimeException e) {
            platform.close();
            http.stop(0);
            throw e;
        }
    }

    /** @return the HTTP port */
    public int port() {
        return http.getAddress().getPort();
    }

    /** @return the portal's address, as in the e-mails' links */
    public String baseUrl() {
        return baseUrl;
    }

    /** @return the wiring behind the portal */
    public DemoPlatform platform() {
        return platform;
    }

    private void handle(HttpExchange h) {
        Exchange x;
        try {
            x = new Exchange(h, sessions, pages::memberName);
        } catch (Exchange.BadRequest e) {
            plain(h, e.status);
            return;
        } catch (RuntimeException e) {
            plain(h, 400);
            return;
        }
        try {
            x.requireReadableQuery();
            route(x);
        } catch (PortalPages.Redirect r) {
            try {
                x.redirect(r.path);
            } catch (IOException | RuntimeException e) {
                error(x, 500, x.t("error.internal"));
            }
        } catch (Exchange.BadRequest e) {
            error(x, e.status, x.t(e.textKey));
        } catch (NotFoundException | InvalidCommandException e) {
            // An unknown or malformed id in a link: not found, whatever the cause.
            error(x, 404, x.t("error.notfound"));
        } catch (NotAuthorizedException e) {
            error(x, 403, x.t("error.forbidden"));
        } catch (EntraideException e) {
            error(x, 400, e.message(java.util.Locale.forLanguageTag(x.lang())));
        } catch (IllegalArgumentException e) {
            error(x, 400, x.t("error.badrequest"));
        } catch (Exception e) {
            LOG.error("unexpected failure on {} {}: {}", x.method(), REQUEST.matcher(x.path()).matches() ? "/requests/…"
                    : "a portal page", e.getClass().getName());
            error(x, 500, x.t("error.internal"));
        } finally {
            h.close();
        }
    }

    private void route(Exchange x) throws IOException {
        String path = x.path();
        String method = x.method();
        boolean get = "GET".equals(method) || "HEAD".equals(method);
        boolean post = "POST".equals(method);
        if (!get && !post) {
            error(x, 405, x.t("error.method"));
            return;
        }
        Matcher optOut = OPT_OUT.matcher(path);
        if (post && !optOut.matches()) {
            // The opt-out link's token is its own authority, and mail clients POST it without a session (RFC 8058).
            checkCsrf(x);
        }
        Matcher m;
        switch (path) {
            case "/" -> only(get, () -> pages.home(x));
            case "/signin" -> either(get, post, () -> pages.signinForm(x), () -> pages.signin(x));
            case "/signout" -> only(post, () -> pages.signout(x));
            case "/signup" -> either(get, post, () -> pages.signupForm(x), () -> pages.signup(x));
            case "/offers/new" -> only(get, () -> pages.offerForm(x));
            case "/offers" -> only(post, () -> pages.publishOffer(x));
            case "/requests/new" -> only(get, () -> pages.askForm(x));
            case "/requests" -> only(post, () -> pages.fileRequest(x));
            case "/introductions" -> only(get, () -> pages.introductions(x));
            case "/mailbox" -> only(get, () -> pages.mailbox(x));
            case "/moderation" -> only(get, () -> pages.moderation(x));
            case "/stats" -> only(get, () -> pages.statsPage(x));
            case "/my-data" -> only(get, () -> pages.myData(x));
            case "/my-data/export.json" -> only(get, () -> pages.exportMyData(x));
            case "/my-data/erase" -> only(post, () -> pages.eraseMyData(x));
            case "/report" -> only(post, () -> pages.report(x));
            case "/stats.csv" -> only(get, () -> pages.statsCsv(x));
            case "/moderation/dead-letters" -> only(get, () -> pages.deadLetters.list(x));
            case "/moderation/appeals" -> either(get, post, () -> pages.appeals.list(x), () -> pages.appeals.send(x));
            case "/my-data/appeals" -> only(post, () -> pages.myAppeals(x));
            default -> {
                if (optOut.matches()) {
                    String token = optOut.group(1);
                    either(get, post, () -> pages.appeals.optOutForm(x, token), () -> pages.appeals.optOut(x, token));
                } else if ((m = REQUEST.matcher(path)).matches()) {
                    String id = m.group(1);
                    only(get, () -> pages.request(x, id));
                } else if ((m = PROPOSE.matcher(path)).matches()) {
                    String id = m.group(1);
                    only(post, () -> pages.propose(x, id));
                } else if ((m = DECIDE.matcher(path)).matches()) {
                    String id = m.group(1);
                    only(post, () -> pages.decide(x, id));
                } else if ((m = OFFER_EDIT.matcher(path)).matches()) {
                    String id = m.group(1);
                    if ("edit".equals(m.group(2))) {
                        either(get, post, () -> pages.offerEdits.editForm(x, id), () -> pages.offerEdits.update(x, id));
                    } else {
                        only(post, () -> pages.offerEdits.withdraw(x, id));
                    }
                } else if ((m = REQUEST_EDIT.matcher(path)).matches()) {
                    String id = m.group(1);
                    if ("edit".equals(m.group(2))) {
                        either(get, post, () -> pages.requestEdits.editForm(x, id), () -> pages.requestEdits.edit(x, id));
                    } else {
                        only(post, () -> pages.requestEdits.cancel(x, id));
                    }
                } else if ((m = COMPLETE.matcher(path)).matches()) {
                    String id = m.group(1);
                    only(post, () -> pages.completions.confirm(x, id));
                } else if ((m = REQUEUE.matcher(path)).matches()) {
                    String id = m.group(1);
                    only(post, () -> pages.deadLetters.requeue(x, id));
                } else if ((m = ANSWER.matcher(path)).matches()) {
                    String id = m.group(1);
                    boolean accept = "accept".equals(m.group(2));
                    either(get, post, () -> pages.answerForm(x, id, accept), () -> pages.answer(x, id, accept));
                } else {
                    error(x, 404, x.t("error.notfound"));
                }
            }
        }
    }

    private interface Page {
        void render() throws IOException;
    }

    private static void only(boolean allowed, Page page) throws IOException {
        if (!allowed) {
            throw new Exchange.BadRequest(405, "error.method");
        }
        page.render();
    }

    private static void either(boolean get, boolean post, Page onGet, Page onPost) throws IOException {
        if (get) {
            onGet.render();
        } else {
            onPost.render();
        }
    }

    private static void checkCsrf(Exchange x) {
        String expected = x.session().map(Sessions.Session::csrf).orElse(null);
        String given = x.param("csrf").orElse("");
        if (expected == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8))) {
            throw new Exchange.BadRequest(403, "error.csrf");
        }
    }

    private void error(Exchange x, int status, String message) {
        try {
            x.html(status, Layout.page(x, x.t("error.title"), Html.of(
                    "<div class=\"alert\" role=\"alert\"><p>{}</p></div><p><a href=\"/\">{}</a></p>", message,
                    x.t("back.home"))));
        } catch (IOException | RuntimeException e) {
            // the client went away or the answer was already under way: nothing more to send
        }
    }

    private static void plain(HttpExchange h, int status) {
        try {
            h.sendResponseHeaders(status, -1);
        } catch (IOException e) {
            // the client went away
        } finally {
            h.close();
        }
    }

    @Override
    public void close() {
        http.stop(0);
        workers.shutdownNow();
        platform.close();
    }

    /**
     * Starts the portal for good: it runs until the JVM stops (its server thread keeps the JVM
     * alive), and says where on {@code out}.
     *
     * @param config the configuration
     * @param out where to say where the portal is
     * @return the running portal
     * @throws IOException if the port cannot be bound
     */
    public static PortalServer runForever(PortalConfig config, java.io.PrintStream out) throws IOException {
        PortalServer server = start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "entraide-demo-shutdown"));
        out.println("Entraide demo portal on " + server.baseUrl() + "/ ("
                + (config.embeddedSmtp() ? "mail shown at " + server.baseUrl() + "/mailbox"
                        : "mail sent to " + config.smtpDescription())
                + "). Ctrl+C to stop.");
        return server;
    }
}
