package io.github.entraide.examples.portal;

import io.github.entraide.Entraide;
import io.github.entraide.EntraideException;
import io.github.entraide.NotAuthorizedException;
import io.github.entraide.NotFoundException;
import io.github.entraide.command.EditRequest;
import io.github.entraide.command.RequestRef;
import io.github.entraide.domain.Actor;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.RequestStatus;
import io.github.entraide.domain.Territory;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A beneficiary's (or proxy's) own request: rewrite its text while it waits for a helper, or
 * cancel it (an introduction in progress is cancelled too). Both are POST forms with the
 * session's CSRF token. Also renders the "every week" mark of a recurring request for the lists
 * and detail pages. Thread-safe.
 */
final class RequestEditPages {
    private final PortalPages pages;
    private final Entraide entraide;
    private final Territory territory;
    private final String t;

    RequestEditPages(PortalPages pages, Entraide entraide, Territory territory) {
        this.pages = pages;
        this.entraide = entraide;
        this.territory = territory;
        this.t = territory.id().value();
    }

    /** GET /requests/{id}/edit: the text form and the cancel form. */
    void editForm(Exchange x, String id) throws IOException {
        editPage(x, id, 200, List.of());
    }

    private void editPage(Exchange x, String id, int status, List<String> errors) throws IOException {
        Actor.Member me = pages.requireMember(x);
        HelpRequest request = own(me, id);
        Html edit = editable(request) ? Html.of("""
                <form method="post" action="/requests/{}/edit" novalidate>{}{}
                <button type="submit">{}</button></form>
                """, request.id().value(), Layout.csrf(x),
                Layout.textarea(x, "text", "field.requesttext", x.paramOr("text", request.freeText()), true),
                x.t("request.edit.submit")) : Html.of("<p>{}</p>", x.t("request.edit.closed"));
        Html cancel = request.status().isFinal() ? Html.EMPTY : Html.of("""
                <h2>{}</h2><p>{}</p>
                <form method="post" action="/requests/{}/cancel">{}<button type="submit" class="secondary">{}</button></form>
                """, x.t("request.cancel.title"), x.t("request.cancel.text"), request.id().value(), Layout.csrf(x),
                x.t("request.cancel.submit"));
        Html body = Html.of("""
                {}<div class="card"><p><strong>{}</strong> — {}</p><p>{} : {}</p>{}</div>
                {}{}<p><a href="/requests/{}">{}</a></p>
                """, Layout.errors(x, errors), categoryName(x, request), pages.communeName(request.location().inseeCode()),
                x.t("request.status"), x.t("status." + request.status().name()), recurrence(x, request, "p"), edit,
                cancel, request.id().value(), x.t("request.edit.back"));
        x.html(status, Layout.page(x, x.t("request.edit.title"), body));
    }

    /** POST /requests/{id}/edit: the new text through {@link EditRequest}; it is assessed again. */
    void edit(Exchange x, String id) throws IOException {
        Actor.Member me = pages.requireMember(x);
        HelpRequest request = own(me, id);
        HelpRequest stored;
        try {
            stored = entraide.requests().edit(me, new EditRequest(t, request.id().value(), x.paramOr("text", "")));
        } catch (NotAuthorizedException | NotFoundException e) {
            throw e;
        } catch (EntraideException e) {
            editPage(x, id, 400, Layout.messages(x, e, Map.of("freeText", "field.requesttext")));
            return;
        }
        throw new PortalPages.Redirect("/requests/" + stored.id().value() + "?done="
                + (stored.status() == RequestStatus.PENDING_REVIEW ? "request-review" : "request-updated"));
    }

    /** POST /requests/{id}/cancel. */
    void cancel(Exchange x, String id) throws IOException {
        Actor.Member me = pages.requireMember(x);
        HelpRequest request = own(me, id);
        try {
            entraide.requests().cancel(me, new RequestRef(t, request.id().value()));
        } catch (NotAuthorizedException | NotFoundException e) {
            throw e;
        } catch (EntraideException e) {
            editPage(x, id, 400, Layout.messages(x, e, Map.of()));
            return;
        }
        throw new PortalPages.Redirect("/requests/" + request.id().value() + "?done=request-cancelled");
    }

    /** The links to edit or cancel, for the request's own page; nothing once it is closed. */
    Html actions(Exchange x, HelpRequest request) {
        if (request.status().isFinal()) {
            return Html.EMPTY;
        }
        return Html.of("<p><a href=\"/requests/{}/edit\">{}</a></p>", request.id().value(),
                x.t(editable(request) ? "request.edit.link" : "request.cancel.link"));
    }

    /**
     * "Every week (occurrence n)" for a recurring request, nothing for a one-off one.
     *
     * @param element {@code p} for a block, {@code span} inside a line
     */
    static Html recurrence(Exchange x, HelpRequest request, String element) {
        return request.recurrence().map(r -> Html.of("<" + element + " class=\"recurring\">{}</" + element + ">",
                x.t("recurrence.weekly").replace("{0}", Integer.toString(r.occurrence())))).orElse(Html.EMPTY);
    }

    private static boolean editable(HelpRequest request) {
        return request.status() == RequestStatus.OPEN || request.status() == RequestStatus.PENDING_REVIEW;
    }

    /** The request if the member filed it; someone else's is "not found". */
    private HelpRequest own(Actor.Member me, String id) {
        HelpRequest request = entraide.requests().find(me, new RequestRef(t, id));
        if (!request.requesterId().equals(me.memberId())) {
            throw new NotFoundException("request", request.id());
        }
        return request;
    }

    private String categoryName(Exchange x, HelpRequest request) {
        return territory.catalogue().find(request.categoryId())
                .map(c -> c.name(Locale.forLanguageTag(x.lang()))).orElse(request.categoryId().value());
    }
}
