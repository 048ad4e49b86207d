package io.github.entraide.examples.portal;

import io.github.entraide.domain.Actor;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The demo's cookie sessions: who is signed in and the session's CSRF token. The portal, not the
 * library, owns authentication; here a visitor simply chooses a demo identity. At most
 * {@value #MAX_SESSIONS} sessions are kept (the least recently used go first). Thread-safe.
 */
final class Sessions {
    static final int MAX_SESSIONS = 10_000;
    static final String COOKIE = "entraide_session";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Session> sessions = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Session> eldest) {
            return size() > MAX_SESSIONS;
        }
    };

    /** One visitor's session. Thread-safe. */
    static final class Session {
        private final String id;
        private final String csrf;
        private volatile Actor actor;

        private Session(String id) {
            this.id = id;
            this.csrf = token();
        }

        String id() {
            return id;
        }

        String csrf() {
            return csrf;
        }

        Optional<Actor> actor() {
            return Optional.ofNullable(actor);
        }

        void signIn(Actor who) {
            this.actor = who;
        }

        void signOut() {
            this.actor = null;
        }
    }

    synchronized Optional<Session> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(sessions.get(id));
    }

    synchronized Session create() {
        Session s = new Session(token());
        sessions.put(s.id(), s);
        return s;
    }

    static String token() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
