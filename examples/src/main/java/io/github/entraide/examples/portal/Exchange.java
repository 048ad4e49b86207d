package io.github.entraide.examples.portal;

import com.sun.net.httpserver.HttpExchange;
import io.github.entraide.domain.Actor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One HTTP request and its answer, with what the pages need: the language, the session, the
 * query and form parameters (decoded, size-limited). Used by one thread.
 */
final class Exchange {
    static final int MAX_FORM_BYTES = 64 * 1024;
    static final int MAX_PARAMETERS = 200;

    private final HttpExchange http;
    private final Sessions sessions;
    private final String lang;
    private final Map<String, List<String>> query;
    private Map<String, List<String>> form;
    private Sessions.Session session;
    private boolean langCookie;
    private BadRequest badQuery;

    private final Function<Actor.Member, String> memberNames;

    Exchange(HttpExchange http, Sessions sessions, Function<Actor.Member, String> memberNames) {
        this.http = http;
        this.memberNames = memberNames;
        this.sessions = sessions;
        Map<String, List<String>> parsed;
        try {
            parsed = parse(Optional.ofNullable(http.getRequestURI().getRawQuery()).orElse(""));
        } catch (BadRequest e) {
            // Answered with an error page (in the visitor's language, from the cookie) rather than a bare status.
            parsed = Map.of();
            this.badQuery = e;
        }
        this.query = parsed;
        String asked = first(query, "lang").orElse(null);
        if ("en".equals(asked) || "fr".equals(asked)) {
            this.lang = asked;
            this.langCookie = true;
        } else {
            this.lang = cookie("lang").filter(l -> l.equals("en")).orElse("fr");
        }
        this.session = cookie(Sessions.COOKIE).flatMap(sessions::find).orElse(null);
    }

    /** Thrown for a form that cannot be read: malformed or too large. */
    static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;
        final String textKey;

        BadRequest(int status, String textKey) {
            super(textKey, null, false, false);
            this.status = status;
            this.textKey = textKey;
        }
    }

    /** The query string could not be read (bad percent-encoding, too many parameters): throws why. */
    void requireReadableQuery() {
        if (badQuery != null) {
            throw badQuery;
        }
    }

    String method() {
        return http.getRequestMethod();
    }

    String path() {
        return http.getRequestURI().getRawPath();
    }

    String lang() {
        return lang;
    }

    /** The signed-in actor's name as the header shows it. */
    String actorName(Actor actor) {
        if (actor instanceof Actor.Member m) {
            return memberNames.apply(m);
        }
        return t(actor instanceof Actor.Moderator ? "role.moderator" : "role.admin");
    }

    String t(String key) {
        return Texts.get(lang, key);
    }

    Optional<Sessions.Session> session() {
        return Optional.ofNullable(session);
    }

    /** The session, created (with its cookie) if the visitor has none. */
    Sessions.Session ensureSession() {
        if (session == null) {
            session = sessions.create();
            http.getResponseHeaders().add("Set-Cookie",
                    Sessions.COOKIE + "=" + session.id() + "; Path=/; HttpOnly; SameSite=Lax");
        }
        return session;
    }

    Optional<String> query(String name) {
        return first(query, name);
    }

    Optional<String> param(String name) {
        return first(form(), name);
    }

    String paramOr(String name, String fallback) {
        return param(name).orElse(fallback);
    }

    List<String> params(String name) {
        return form().getOrDefault(name, List.of());
    }

    boolean checked(String name) {
        return param(name).isPresent();
    }

    Map<String, List<String>> form() {
        if (form == null) {
            form = parse(readBody());
        }
        return form;
    }

    private String readBody() {
        try (InputStream in = http.getRequestBody()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int total = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > MAX_FORM_BYTES) {
                    // Read on (up to a point) so that the client gets the answer rather than a reset.
                    for (long skipped = total; skipped < 16L * MAX_FORM_BYTES && n >= 0; n = in.read(buffer)) {
                        skipped += n;
                    }
                    throw new BadRequest(413, "error.toolarge");
                }
                out.write(buffer, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadRequest(400, "error.badrequest");
        }
    }

    private static Map<String, List<String>> parse(String encoded) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (encoded.isEmpty()) {
            return values;
        }
        int count = 0;
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            if (++count > MAX_PARAMETERS) {
                throw new BadRequest(413, "error.toolarge");
            }
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            } catch (IllegalArgumentException e) {
                throw new BadRequest(400, "error.badrequest");
            }
        }
        return values;
    }

    private static Optional<String> first(Map<String, List<String>> values, String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    private Optional<String> cookie(String name) {
        for (String header : http.getRequestHeaders().getOrDefault("Cookie", List.of())) {
            for (String part : header.split(";")) {
                String p = part.strip();
                if (p.startsWith(name + "=")) {
                    return Optional.of(p.substring(name.length() + 1));
                }
            }
        }
        return Optional.empty();
    }

    void html(int status, Html page) throws IOException {
        headers();
        http.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        send(status, page.toString().getBytes(StandardCharsets.UTF_8));
    }

    void json(int status, String body, String filename) throws IOException {
        headers();
        http.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        http.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        send(status, body.getBytes(StandardCharsets.UTF_8));
    }

    void csv(String body, String filename) throws IOException {
        headers();
        http.getResponseHeaders().set("Content-Type", "text/csv; charset=utf-8");
        http.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        send(200, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Redirects to one of the portal's own paths (never to a value from the request). */
    void redirect(String path) throws IOException {
        if (!Paths.isLocal(path)) {
            throw new IllegalArgumentException("not a local path");
        }
        headers();
        http.getResponseHeaders().set("Location", path);
        send(303, new byte[0]);
    }

    private void headers() {
        var h = http.getResponseHeaders();
        if (langCookie) {
            h.add("Set-Cookie", "lang=" + lang + "; Path=/; SameSite=Lax");
        }
        h.set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
                + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "no-referrer");
        h.set("Cache-Control", "no-store");
    }

    private void send(int status, byte[] body) throws IOException {
        if ("HEAD".equals(method())) {
            http.sendResponseHeaders(status, -1);
            http.close();
            return;
        }
        http.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = http.getResponseBody()) {
            out.write(body);
        }
    }
}
