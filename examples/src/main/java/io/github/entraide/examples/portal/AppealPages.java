package io.github.entraide.examples.portal;

import io.github.entraide.EntraideException;
import io.github.entraide.NotAuthorizedException;
import io.github.entraide.command.SendAppeal;
import io.github.entraide.domain.Actor;
import io.github.entraide.domain.Appeal;
import io.github.entraide.domain.Commune;
import io.github.entraide.domain.GeoCircle;
import io.github.entraide.domain.Territory;
import io.github.entraide.domain.TerritoryId;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Crisis appeals: the moderators' page to write an appeal in French and English (optionally for a
 * category and a commune, or a radius around the commune), send it, and see past appeals with how many helpers each reached (never
 * who); and the helpers' one-click opt-out page, reached from an appeal's e-mail without signing in:
 * GET shows a confirmation button and changes nothing, POST opts out (it also takes the RFC 8058
 * one-click POST of a mail client, hence no CSRF token: the unguessable token in the address is the
 * authority). Thread-safe.
 */
final class AppealPages {
    private static final Map<String, String> LABELS = Map.of("textFr", "appeals.field.fr", "textEn",
            "appeals.field.en", "categoryId", "field.category", "communes", "field.commune");

    private final PortalPages pages;
    private final DemoPlatform platform;
    private final String t;
    private final Territory territory;

    AppealPages(PortalPages pages, DemoPlatform platform, Territory territory) {
        this.pages = pages;
        this.platform = platform;
        this.t = territory.id().value();
        this.territory = territory;
    }

    /** GET /moderation/appeals. */
    void list(Exchange x) throws IOException {
        page(x, 200, List.of());
    }

    private void page(Exchange x, int status, List<String> errors) throws IOException {
        Actor moderator = requireModerator(x);
        List<Html> rows = new ArrayList<>();
        for (Appeal a : platform.entraide().appeals().list(moderator, TerritoryId.of(t))) {
            rows.add(Html.of("<tr><td>{}</td><td lang=\"fr\">{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                    a.createdAt().toString(), a.textFr(), filters(x, a), x.t("appeals.status." + a.status().name()),
                    a.reachedCount()));
        }
        Map<String, String> categories = new LinkedHashMap<>();
        categories.put("", x.t("appeals.any.category"));
        categories.putAll(pages.categories(x));
        Map<String, String> communes = new LinkedHashMap<>();
        communes.put("", x.t("appeals.any.commune"));
        communes.putAll(pages.communes());
        Html notice = x.query("done").filter("sent"::equals).map(d -> Layout.notice(x, "appeals.done"))
                .orElse(Html.EMPTY);
        Html table = rows.isEmpty() ? Html.of("<p>{}</p>", x.t("appeals.none")) : Html.of("""
                <table><caption>{}</caption><thead><tr><th scope="col">{}</th><th scope="col">{}</th><th scope="col">{}</th>
                <th scope="col">{}</th><th scope="col">{}</th></tr></thead><tbody>{}</tbody></table>
                """, x.t("appeals.past"), x.t("appeals.when"), x.t("appeals.text"), x.t("appeals.filters"),
                x.t("appeals.status"), x.t("appeals.reached"), Html.join(rows));
        Html body = Html.of("""
                {}{}<p>{}</p><p class="hint">{}</p>
                <form method="post" action="/moderation/appeals" novalidate>{}
                {}{}{}{}{}<p class="hint" id="radius-hint">{}</p>
                <button type="submit">{}</button></form>
                <h2>{}</h2><p>{}</p>{}<p><a href="/moderation">{}</a></p>
                """, notice, Layout.errors(x, errors), x.t("appeals.intro"),
                x.t("appeals.rules").replace("{0}", Integer.toString(dailyLimit(moderator))), Layout.csrf(x),
                text(x, "textFr", "fr", "appeals.field.fr"), text(x, "textEn", "en", "appeals.field.en"),
                Layout.select(x, "category", "field.category", categories, x.paramOr("category", "")),
                Layout.select(x, "commune", "field.commune", communes, x.paramOr("commune", "")),
                Layout.input(x, "radius", "number", "appeals.radius", x.paramOr("radius", ""), false,
                        " min=\"0.1\" max=\"100\" step=\"0.1\" inputmode=\"decimal\" aria-describedby=\"radius-hint\""),
                x.t("appeals.radius.hint"), x.t("appeals.submit"), x.t("appeals.past"), x.t("appeals.privacy"), table, x.t("moderation.title"));
        x.html(status, Layout.page(x, x.t("appeals.title"), body));
    }

    /** The territory's daily number of appeals, as stored now (an administrator may have changed it). */
    private int dailyLimit(Actor moderator) {
        return platform.entraide().territories().find(moderator, TerritoryId.of(t)).settings().appealsPerDay();
    }

    private static Html text(Exchange x, String name, String lang, String labelKey) {
        return Html.of("<label for=\"{}\">{} {}</label><textarea id=\"{}\" name=\"{}\" lang=\"{}\" maxlength=\"{}\" "
                + "required>{}</textarea>", name, x.t(labelKey), x.t("required"), name, name, lang,
                SendAppeal.MAX_TEXT, x.paramOr(name, ""));
    }

    private String filters(Exchange x, Appeal a) {
        List<String> parts = new ArrayList<>();
        a.categoryId().ifPresent(c -> parts.add(pages.categories(x).getOrDefault(c.value(), c.value())));
        a.communes().forEach(c -> parts.add(pages.communeName(c)));
        a.area().ifPresent(c -> parts.add(String.format(Locale.ROOT, "%.1f km", c.radiusKm())));
        return parts.isEmpty() ? x.t("appeals.everyone") : String.join(", ", parts);
    }

    /** POST /moderation/appeals. */
    void send(Exchange x) throws IOException {
        Actor moderator = requireModerator(x);
        SendAppeal.Builder command = SendAppeal.builder(t).textFr(x.paramOr("textFr", ""))
                .textEn(x.paramOr("textEn", ""));
        x.param("category").filter(c -> !c.isBlank()).ifPresent(command::categoryId);
        java.util.Optional<String> commune = x.param("commune").filter(c -> !c.isBlank());
        java.util.Optional<String> radius = x.param("radius").map(String::strip).filter(r -> !r.isEmpty());
        if (radius.isPresent()) {
            double km;
            try {
                km = Double.parseDouble(radius.get().replace(',', '.'));
            } catch (NumberFormatException e) {
                km = Double.NaN;
            }
            if (!(km >= GeoCircle.MIN_RADIUS_KM && km <= GeoCircle.MAX_RADIUS_KM)) {
                page(x, 400, List.of(x.t("appeals.radius.invalid")));
                return;
            }
            java.util.Optional<Commune> centre = commune.flatMap(territory::commune);
            if (centre.isEmpty()) {
                page(x, 400, List.of(x.t("appeals.radius.commune")));
                return;
            }
            command.within(new GeoCircle(centre.get().centroid(), km));
        } else {
            commune.ifPresent(command::communes);
        }
        try {
            platform.entraide().appeals().send(moderator, command.build());
        } catch (NotAuthorizedException e) {
            throw e;
        } catch (EntraideException e) {
            page(x, 400, Layout.messages(x, e, LABELS));
            return;
        }
        throw new PortalPages.Redirect("/moderation/appeals?done=sent");
    }

    /** GET /appeals/opt-out/{token}: a confirmation button, no change; an unknown token is not found. */
    void optOutForm(Exchange x, String token) throws IOException {
        // An unknown link is not found (404, the error page), not a form that would fail once sent.
        platform.entraide().appeals().checkOptOut(token);
        Html body = Html.of("""
                <p>{}</p>
                <form method="post" action="/appeals/opt-out/{}"><button type="submit">{}</button></form>
                """, x.t("optout.intro"), token, x.t("optout.submit"));
        x.html(200, Layout.page(x, x.t("optout.title"), body));
    }

    /** POST /appeals/opt-out/{token}: opts out, without sign-in; twice is the same as once. */
    void optOut(Exchange x, String token) throws IOException {
        platform.entraide().appeals().optOut(token);
        Html body = Html.of("<div class=\"notice\" role=\"status\"><p>{}</p></div><p>{}</p><p><a href=\"/\">{}</a></p>",
                x.t("optout.done"), x.t("optout.again"), x.t("nav.home"));
        x.html(200, Layout.page(x, x.t("optout.title"), body));
    }

    /** A link to the appeals page, for the moderation page. */
    static Html link(Exchange x) {
        return Html.of("<p><a href=\"/moderation/appeals\">{}</a></p>", x.t("appeals.link"));
    }

    private static Actor requireModerator(Exchange x) {
        Actor actor = x.session().flatMap(Sessions.Session::actor).orElse(null);
        if (actor == null) {
            throw new PortalPages.Redirect("/signin?next=/moderation/appeals");
        }
        if (!(actor instanceof Actor.Moderator || actor instanceof Actor.Administrator)) {
            throw new NotAuthorizedException("appeals.send");
        }
        return actor;
    }

    /** Whether the visitor wants appeals, from the sign-up or "my data" form. */
    static boolean wanted(Exchange x) {
        return x.checked("appeals");
    }
}
