package io.github.entraide.examples.portal;

import io.github.entraide.NotAuthorizedException;
import io.github.entraide.domain.Actor;
import io.github.entraide.spi.OutboxMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The moderators' screen for dead letters: the e-mails (and events) the relay gave up on, with
 * what a moderator needs to judge them (id, type, attempts, last error, when) and nothing of the
 * payload, which holds names and addresses. A moderator puts one back in the queue with a
 * CSRF-protected POST once the cause is fixed. Thread-safe.
 */
final class DeadLetterPages {
    private static final Set<String> DONE = Set.of("requeued", "gone");

    private final DemoPlatform platform;

    DeadLetterPages(DemoPlatform platform) {
        this.platform = platform;
    }

    /** GET /moderation/dead-letters. */
    void list(Exchange x) throws IOException {
        requireModerator(x);
        List<Html> rows = new ArrayList<>();
        for (OutboxMessage m : platform.deadLetterMessages()) {
            String id = m.id();
            rows.add(Html.of("""
                    <tr id="dead-{}"><td><code>{}</code></td><td>{} ({})</td><td>{}</td><td>{}</td><td>{}</td>
                    <td><form method="post" action="/moderation/dead-letters/{}/requeue">{}<button type="submit" aria-describedby="dead-{}-id">{}</button></form><span id="dead-{}-id" hidden>{}</span></td></tr>
                    """, id, id, m.type(), x.t("deadletters.kind." + m.kind().name()), m.createdAt().toString(),
                    m.attempts(), m.lastError().orElse("—"), id, Layout.csrf(x), id, x.t("deadletters.requeue"), id, id));
        }
        Html notice = x.query("done").filter(DONE::contains)
                .map(d -> Layout.notice(x, "deadletters." + d)).orElse(Html.EMPTY);
        Html table = rows.isEmpty() ? Html.of("<p>{}</p>", x.t("deadletters.none")) : Html.of("""
                <table><caption>{}</caption><thead><tr><th scope="col">{}</th><th scope="col">{}</th><th scope="col">{}</th>
                <th scope="col">{}</th><th scope="col">{}</th><th scope="col">{}</th></tr></thead><tbody>{}</tbody></table>
                """, x.t("deadletters.caption").replace("{0}", Integer.toString(rows.size())), x.t("deadletters.id"),
                x.t("deadletters.type"), x.t("deadletters.created"), x.t("deadletters.attempts"),
                x.t("deadletters.error"), x.t("candidate.action"), Html.join(rows));
        Html body = Html.of("{}<p>{}</p><p class=\"hint\">{}</p>{}<p><a href=\"/moderation\">{}</a></p>", notice,
                x.t("deadletters.intro"), x.t("deadletters.privacy"), table, x.t("moderation.title"));
        x.html(200, Layout.page(x, x.t("deadletters.title"), body));
    }

    /** POST /moderation/dead-letters/{id}/requeue. */
    void requeue(Exchange x, String id) {
        requireModerator(x);
        boolean requeued = platform.requeue(id);
        throw new PortalPages.Redirect("/moderation/dead-letters?done=" + (requeued ? "requeued" : "gone"));
    }

    /** A link to this screen, for the moderation page. */
    static Html link(Exchange x) {
        return Html.of("<p><a href=\"/moderation/dead-letters\">{}</a></p>", x.t("deadletters.link"));
    }

    private static void requireModerator(Exchange x) {
        Actor actor = x.session().flatMap(Sessions.Session::actor).orElse(null);
        if (actor == null) {
            throw new PortalPages.Redirect("/signin?next=/moderation/dead-letters");
        }
        if (!(actor instanceof Actor.Moderator || actor instanceof Actor.Administrator)) {
            throw new NotAuthorizedException("moderation.dead-letters");
        }
    }
}
