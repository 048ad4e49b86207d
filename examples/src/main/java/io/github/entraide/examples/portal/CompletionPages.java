package io.github.entraide.examples.portal;

import io.github.entraide.Entraide;
import io.github.entraide.command.ConfirmCompletion;
import io.github.entraide.domain.Actor;
import io.github.entraide.domain.Introduction;
import io.github.entraide.domain.IntroductionId;
import io.github.entraide.domain.IntroductionStatus;
import io.github.entraide.domain.MemberRole;
import io.github.entraide.domain.Territory;
import io.github.entraide.service.IntroductionView;
import java.util.Optional;

/**
 * Confirming that help was given, on both sides of an accepted introduction: each side posts its
 * confirmation (CSRF-protected); once both have, the introduction is completed and the request
 * fulfilled. For a weekly request each side also says whether to meet again next week; when both
 * agree, the library files next week's occurrence with the same helper. Each side may leave a
 * short feedback, screened by the library; it is shown back to its author only. Thread-safe.
 */
final class CompletionPages {
    private final PortalPages pages;
    private final Entraide entraide;
    private final String t;

    CompletionPages(PortalPages pages, Entraide entraide, Territory territory) {
        this.pages = pages;
        this.entraide = entraide;
        this.t = territory.id().value();
    }

    /**
     * The confirmation part of an introduction's card: the form while this side has not
     * confirmed, then where the other side stands. Nothing before acceptance.
     */
    Html card(Exchange x, IntroductionView v) {
        if (v.status() != IntroductionStatus.ACCEPTED || v.viewerRole().isEmpty()) {
            return Html.EMPTY;
        }
        boolean helper = v.viewerRole().get() == MemberRole.HELPER;
        // The view does not say who confirmed yet: read the introduction as stored (the demo owns its storage).
        Optional<Introduction> stored = entraide.storage().inTransaction(
                tx -> tx.introductions().find(v.territoryId(), v.id()));
        boolean mine = stored.map(i -> helper ? i.helperConfirmed() : i.beneficiaryConfirmed()).orElse(false);
        boolean theirs = stored.map(i -> helper ? i.beneficiaryConfirmed() : i.helperConfirmed()).orElse(false);
        String id = v.id().value();
        if (mine) {
            return Html.concat(Html.of("<p class=\"hint\">{}</p>", x.t("intro.complete.waiting")),
                    feedback(x, stored.get(), helper));
        }
        Html renew = weekly(v) ? Layout.checkbox(x, "renew-" + id, "renew", "yes", "intro.complete.renew", true)
                : Html.EMPTY;
        // One form per accepted introduction on the page: the field's id carries the introduction's.
        Html feedback = Html.of("""
                <label for="feedback-{}">{}</label><p class="hint" id="feedback-{}-hint">{}</p>
                <textarea id="feedback-{}" name="feedback" maxlength="{}" aria-describedby="feedback-{}-hint"></textarea>
                """, id, x.t("intro.complete.feedback"), id, x.t("intro.complete.feedback.hint"), id,
                ConfirmCompletion.MAX_FEEDBACK, id);
        return Html.of("""
                <h3>{}</h3>{}<p>{}</p>
                <form method="post" action="/introductions/{}/complete">{}{}{}<button type="submit">{}</button></form>
                """, x.t("intro.complete.title"), theirs ? Html.of("<p>{}</p>", x.t("intro.complete.other")) : Html.EMPTY,
                x.t("intro.complete.text"), id, Layout.csrf(x), renew, feedback, x.t("intro.complete.submit"));
    }

    /**
     * What this side said when confirming, shown to this side only: the other side never sees it.
     * Also used on a completed introduction's card.
     */
    Html feedback(Exchange x, Introduction stored, boolean helper) {
        return (helper ? stored.helperFeedback() : stored.beneficiaryFeedback())
                .map(f -> Html.of("<p class=\"feedback\">{} « {} »</p>", x.t("intro.complete.yours"), f))
                .orElse(Html.EMPTY);
    }

    /** A completed introduction's card: this side's own feedback, if it left one. */
    Html completed(Exchange x, IntroductionView v) {
        if (v.status() != IntroductionStatus.COMPLETED || v.viewerRole().isEmpty()) {
            return Html.EMPTY;
        }
        boolean helper = v.viewerRole().get() == MemberRole.HELPER;
        return entraide.storage().inTransaction(tx -> tx.introductions().find(v.territoryId(), v.id()))
                .map(i -> feedback(x, i, helper)).orElse(Html.EMPTY);
    }

    /** POST /introductions/{id}/complete. */
    void confirm(Exchange x, String id) {
        Actor.Member me = pages.requireMember(x);
        ConfirmCompletion command = ConfirmCompletion.of(t, IntroductionId.of(id).value())
                .withFeedback(x.paramOr("feedback", ""));
        IntroductionView v = entraide.introductions().confirmCompletion(me,
                x.checked("renew") ? command.renewing() : command);
        throw new PortalPages.Redirect("/introductions?done="
                + (v.status() == IntroductionStatus.COMPLETED ? "completed" : "confirmed") + "#intro-" + id);
    }

    /** Whether the introduction's request is weekly (a side may not always read the request itself). */
    boolean weekly(IntroductionView v) {
        return entraide.storage().inTransaction(tx -> tx.requests().find(v.territoryId(), v.requestId()))
                .map(r -> r.recurrence().isPresent()).orElse(false);
    }
}
