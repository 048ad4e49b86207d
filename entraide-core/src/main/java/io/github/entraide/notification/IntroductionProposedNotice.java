package io.github.entraide.notification;

import io.github.entraide.domain.CategoryId;
import io.github.entraide.domain.IntroductionId;
import io.github.entraide.domain.TerritoryId;
import io.github.entraide.domain.Timing;
import io.github.entraide.domain.Urgency;
import java.time.Instant;
import java.util.Objects;

/**
 * To a helper: someone needs help; accept or decline. Holds no contact details of the
 * beneficiary (consent first).
 *
 * @param territoryId the territory
 * @param recipient the helper
 * @param introductionId the introduction, for the accept and decline links
 * @param categoryId the category
 * @param categoryName the category's name in the recipient's locale
 * @param communeName where help is needed
 * @param timing when
 * @param urgency how urgent
 * @param requestText the words of the request
 * @param onBehalf whether filed by a proxy for someone else
 * @param minor whether the person helped is a minor
 * @param expiresAt when the proposal expires unanswered
 */
public record IntroductionProposedNotice(TerritoryId territoryId, Recipient recipient, IntroductionId introductionId,
        CategoryId categoryId, String categoryName, String communeName, Timing timing, Urgency urgency,
        String requestText, boolean onBehalf, boolean minor, Instant expiresAt) implements Notification {

    /** Checks the parameters. */
    public IntroductionProposedNotice {
        Objects.requireNonNull(territoryId, "territoryId");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(introductionId, "introductionId");
        Objects.requireNonNull(categoryId, "categoryId");
        Objects.requireNonNull(categoryName, "categoryName");
        Objects.requireNonNull(communeName, "communeName");
        Objects.requireNonNull(timing, "timing");
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(requestText, "requestText");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public NotificationKind kind() {
        return NotificationKind.INTRODUCTION_PROPOSED;
    }
}
