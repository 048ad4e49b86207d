package io.github.entraide.spi;

/**
 * The repositories of one transaction. Valid only inside
 * {@link Storage#inTransaction(java.util.function.Function)}; used by one thread.
 */
public interface StorageTransaction {

    /** @return territories */
    TerritoryRepository territories();

    /** @return members */
    MemberRepository members();

    /** @return help offers */
    OfferRepository offers();

    /** @return help requests */
    RequestRepository requests();

    /** @return introductions */
    IntroductionRepository introductions();

    /** @return moderation cases */
    ModerationCaseRepository moderationCases();

    /** @return crisis appeals and the helpers' opt-out tokens */
    AppealRepository appeals();

    /** @return the append-only audit trail */
    AuditTrail audit();

    /** @return the outbox's writing side: messages appended here commit with the transaction */
    OutboxWriter outbox();
}
