package io.github.entraide.examples.portal;

import io.github.entraide.Entraide;
import io.github.entraide.EntraideException;
import io.github.entraide.NotAuthorizedException;
import io.github.entraide.NotFoundException;
import io.github.entraide.command.OfferRef;
import io.github.entraide.command.UpdateOffer;
import io.github.entraide.domain.Actor;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.OfferStatus;
import io.github.entraide.domain.Territory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A helper's own offer: edit its terms (radius, capacity, languages, text; the category stays)
 * or withdraw it for good. Both are POST forms with the session's CSRF token; a refused edit is
 * shown next to the form in the visitor's language. Thread-safe.
 */
final class OfferEditPages {
    private static final Map<String, String> LABELS = Map.of("radiusKm", "field.radius", "languages",
            "field.languages", "capacity", "field.capacity", "freeText", "field.offertext");
    private static final Map<String, String> LANGUAGES = languages();

    private final PortalPages pages;
    private final Entraide entraide;
    private final Territory territory;
    private final String t;

    OfferEditPages(PortalPages pages, Entraide entraide, Territory territory) {
        this.pages = pages;
        this.entraide = entraide;
        this.territory = territory;
        this.t = territory.id().value();
    }

    /** GET /offers/{id}/edit: the form, filled with the offer's current terms. */
    void editForm(Exchange x, String id) throws IOException {
        editPage(x, id, 200, List.of());
    }

    private void editPage(Exchange x, String id, int status, List<String> errors) throws IOException {
        Actor.Member me = pages.requireMember(x);
        HelpOffer offer = own(me, id);
        boolean posted = "POST".equals(x.method());
        Html body;
        if (offer.status().isFinal()) {
            body = Html.of("<p>{} : {}</p><p>{}</p><p><a href=\"/offers/new\">{}</a></p>", x.t("request.status"),
                    x.t("status." + offer.status().name()), x.t("offer.edit.final"), x.t("offer.mine"));
        } else {
            Set<String> langs = posted ? new LinkedHashSet<>(x.params("languages")) : offer.languages();
            List<Html> boxes = new ArrayList<>();
            LANGUAGES.forEach((code, name) -> boxes.add(Html.of(
                    "<div class=\"check\"><input type=\"checkbox\" id=\"lang-{}\" name=\"languages\" value=\"{}\"{}><label for=\"lang-{}\" lang=\"{}\">{}</label></div>",
                    code, code, Html.raw(langs.contains(code) ? " checked" : ""), code, code, name)));
            body = Html.of("""
                    {}<div class="card"><p><strong>{}</strong> — {} : {}</p></div>
                    <form method="post" action="/offers/{}/edit" novalidate>{}
                    {}{}
                    <fieldset><legend>{}</legend>{}</fieldset>
                    {}
                    <button type="submit">{}</button></form>
                    <h2>{}</h2><p>{}</p>
                    <form method="post" action="/offers/{}/withdraw">{}<button type="submit" class="secondary">{}</button></form>
                    <p><a href="/offers/new">{}</a></p>
                    """, Layout.errors(x, errors), categoryName(x, offer), x.t("request.status"),
                    x.t("status." + offer.status().name()), offer.id().value(), Layout.csrf(x),
                    Layout.input(x, "radius", "number", "field.radius", x.paramOr("radius", number(offer.radiusKm())),
                            true, " min=\"0.1\" max=\"100\" step=\"0.1\""),
                    Layout.input(x, "capacity", "number", "field.capacity",
                            x.paramOr("capacity", Integer.toString(offer.capacity())), true, " min=\"1\" max=\"20\""),
                    x.t("field.languages"), Html.join(boxes),
                    Layout.textarea(x, "text", "field.offertext", x.paramOr("text", offer.freeText()), false),
                    x.t("offer.edit.submit"), x.t("offer.withdraw.title"), x.t("offer.withdraw.text"),
                    offer.id().value(), Layout.csrf(x), x.t("offer.withdraw.submit"), x.t("offer.mine"));
        }
        x.html(status, Layout.page(x, x.t("offer.edit.title"), body));
    }

    /** POST /offers/{id}/edit: new terms through {@link UpdateOffer}; the text is assessed again. */
    void update(Exchange x, String id) throws IOException {
        Actor.Member me = pages.requireMember(x);
        HelpOffer offer = own(me, id);
        List<String> errors = new ArrayList<>();
        Double radius = number(x, "radius", "field.radius", errors);
        Double capacity = number(x, "capacity", "field.capacity", errors);
        List<String> langs = x.params("languages");
        if (langs.isEmpty()) {
            errors.add(x.t("field.languages") + ("en".equals(x.lang()) ? ": " : " : ") + x.t("offer.languages.missing"));
        }
        if (!errors.isEmpty()) {
            editPage(x, id, 400, errors);
            return;
        }
        UpdateOffer.Builder command = UpdateOffer.builder(t)
                .offerId(offer.id().value())
                .radiusKm(radius)
                .availability(offer.availability())
                .capacity(capacity > 1000 ? 1000 : capacity.intValue())
                .freeText(x.paramOr("text", ""))
                .languages(new LinkedHashSet<>(langs).toArray(String[]::new));
        HelpOffer stored;
        try {
            stored = entraide.offers().update(me, command.build());
        } catch (NotAuthorizedException | NotFoundException e) {
            throw e;
        } catch (EntraideException e) {
            editPage(x, id, 400, Layout.messages(x, e, LABELS));
            return;
        }
        throw new PortalPages.Redirect(stored.status() != OfferStatus.PENDING_REVIEW
                ? "/offers/new?done=offer-updated" : "/offers/new?done=offer-review");
    }

    /** POST /offers/{id}/withdraw: the offer is no longer matched; introductions in progress go on. */
    void withdraw(Exchange x, String id) {
        Actor.Member me = pages.requireMember(x);
        entraide.offers().withdraw(me, new OfferRef(t, own(me, id).id().value()));
        throw new PortalPages.Redirect("/offers/new?done=offer-withdrawn");
    }

    /** The offer if it is the member's own; someone else's is "not found", so ids cannot be probed. */
    private HelpOffer own(Actor.Member me, String id) {
        HelpOffer offer = entraide.offers().find(me, new OfferRef(t, id));
        if (!offer.helperId().equals(me.memberId())) {
            throw new NotFoundException("offer", offer.id());
        }
        return offer;
    }

    private String categoryName(Exchange x, HelpOffer offer) {
        return territory.catalogue().find(offer.categoryId())
                .map(c -> c.name(Locale.forLanguageTag(x.lang()))).orElse(offer.categoryId().value());
    }

    private static String number(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private static Double number(Exchange x, String name, String labelKey, List<String> errors) {
        try {
            double d = Double.parseDouble(x.paramOr(name, "").strip().replace(',', '.'));
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            errors.add(x.t(labelKey) + ("en".equals(x.lang()) ? ": " : " : ") + x.t("error.number"));
            return 0.0;
        }
    }

    private static Map<String, String> languages() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("fr", "Français");
        m.put("en", "English");
        m.put("ar", "العربية");
        m.put("es", "Español");
        m.put("it", "Italiano");
        m.put("de", "Deutsch");
        m.put("pt", "Português");
        m.put("tr", "Türkçe");
        return m;
    }
}
