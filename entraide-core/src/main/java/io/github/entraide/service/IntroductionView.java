package io.github.entraide.service;

import io.github.entraide.domain.CategoryId;
import io.github.entraide.domain.IntroductionId;
import io.github.entraide.domain.IntroductionStatus;
import io.github.entraide.domain.MemberRole;
import io.github.entraide.domain.OfferId;
import io.github.entraide.domain.RequestId;
import io.github.entraide.domain.TerritoryId;
import java.time.Instant;
import java.util.Optional;

/**
 * An introduction as one actor sees it. The other side's {@link #contact()} is present only when
 * the viewer is a side and the introduction is accepted or completed: contact details are never
 * disclosed before the helper consents.
 *
 * @param id the introduction
 * @param territoryId the territory
 * @param requestId the request
 * @param offerId the offer
 * @param categoryId the category
 * @param status the status
 * @param viewerRole the viewer's side (helper or beneficiary); empty for a moderator
 * @param counterpartName the other side's display name; for a moderator, empty text
 * @param communeName the commune where help is needed
 * @param requestText the words of the request
 * @param proposedAt when proposed
 * @param expiresAt when an unanswered proposal expires
 * @param contact the other side's contact details, once accepted
 */
public record IntroductionView(IntroductionId id, TerritoryId territoryId, RequestId requestId, OfferId offerId,
        CategoryId categoryId, IntroductionStatus status, Optional<MemberRole> viewerRole, String counterpartName,
        String communeName, String requestText, Instant proposedAt, Instant expiresAt,
        Optional<ContactCard> contact) {

    @Override
    public String toString() {
        return "IntroductionView[" + territoryId + "/" + id + ", " + status + ", contact "
                + (contact.isPresent() ? "shown" : "hidden") + "]";
    }
}
