package io.github.entraide.notification;

import io.github.entraide.domain.IntroductionId;
import io.github.entraide.domain.TerritoryId;
import java.time.Instant;
import java.util.Objects;

/**
 * To a helper: a proposal expires soon.
 *
 * @param territoryId the territory
 * @param recipient the helper
 * @param introductionId the introduction
 * @param categoryName the category's name in the recipient's locale
 * @param expiresAt when it expires
 */
public record ProposalReminderNotice(TerritoryId territoryId, Recipient recipient, IntroductionId introductionId,
        String categoryName, Instant expiresAt) implements Notification {

    /** Checks the parameters. */
    public ProposalReminderNotice {
        Objects.requireNonNull(territoryId, "territoryId");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(introductionId, "introductionId");
        Objects.requireNonNull(categoryName, "categoryName");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public NotificationKind kind() {
        return NotificationKind.PROPOSAL_REMINDER;
    }
}
