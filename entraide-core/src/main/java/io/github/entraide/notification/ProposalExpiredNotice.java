package io.github.entraide.notification;

import io.github.entraide.domain.IntroductionId;
import io.github.entraide.domain.MemberRole;
import io.github.entraide.domain.TerritoryId;
import java.util.Objects;

/**
 * To the helper (the proposal is withdrawn) or the beneficiary (another helper will be sought):
 * a proposal expired unanswered.
 *
 * @param territoryId the territory
 * @param recipient who receives it
 * @param introductionId the introduction
 * @param recipientRole whether the recipient is the helper or the beneficiary
 * @param categoryName the category's name in the recipient's locale
 */
public record ProposalExpiredNotice(TerritoryId territoryId, Recipient recipient, IntroductionId introductionId,
        MemberRole recipientRole, String categoryName) implements Notification {

    /** Checks the parameters. */
    public ProposalExpiredNotice {
        Objects.requireNonNull(territoryId, "territoryId");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(introductionId, "introductionId");
        Objects.requireNonNull(recipientRole, "recipientRole");
        Objects.requireNonNull(categoryName, "categoryName");
    }

    @Override
    public NotificationKind kind() {
        return NotificationKind.PROPOSAL_EXPIRED;
    }
}
