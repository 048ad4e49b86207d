package io.github.entraide.notification;

import io.github.entraide.domain.AppealId;
import io.github.entraide.domain.TerritoryId;
import java.util.Objects;

/**
 * To a helper who opted in to crisis appeals: a moderator's appeal, in the helper's language, with
 * the token of the one-click link that stops appeals.
 *
 * @param territoryId the territory
 * @param recipient the helper
 * @param appealId the appeal
 * @param text the appeal's text in the recipient's language (the other language is not carried)
 * @param optOutToken the helper's opt-out token, for
 *     {@link io.github.entraide.service.AppealService#optOut(String)}; unguessable, the same for
 *     every appeal the helper receives
 */
public record CrisisAppealNotice(TerritoryId territoryId, Recipient recipient, AppealId appealId, String text,
        String optOutToken) implements Notification {

    /** Checks the parameters. */
    public CrisisAppealNotice {
        Objects.requireNonNull(territoryId, "territoryId");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(appealId, "appealId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(optOutToken, "optOutToken");
    }

    @Override
    public NotificationKind kind() {
        return NotificationKind.CRISIS_APPEAL;
    }

    @Override
    public String toString() {
        return "CrisisAppealNotice[" + territoryId + ", " + appealId + ", " + recipient + "]";
    }
}
