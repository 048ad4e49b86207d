package io.github.entraide.notification;

import io.github.entraide.domain.TerritoryId;

/**
 * What to tell a person. Written to the outbox (as JSON) in the same transaction as the change,
 * then handed to the {@link io.github.entraide.spi.Notifier} by the relay. Notifications carry the
 * personal data needed to write the message; the outbox purges them once delivered and on erasure.
 */
public sealed interface Notification permits IntroductionProposedNotice, ContactsSharedNotice,
        ProposalReminderNotice, ProposalExpiredNotice, OfferRemovedNotice, ErasureConfirmedNotice,
        RequestRemovedNotice, ContentApprovedNotice, MemberSuspendedNotice, MemberReinstatedNotice,
        InactivityWarningNotice, CrisisAppealNotice {

    /** @return the kind */
    NotificationKind kind();

    /** @return the territory, for its branding */
    TerritoryId territoryId();

    /** @return who receives it */
    Recipient recipient();
}
