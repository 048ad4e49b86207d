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

    /**
     * Crisis appeals and the helpers' opt-out tokens. Added with crisis appeals as a default method,
     * so that a storage adapter written before them still compiles and runs every other use case;
     * such an adapter implements it, and passes
     * {@code io.github.entraide.testkit.contract.AppealRepositoryContract}, before
     * {@link io.github.entraide.Entraide#appeals()} can be used. A member's erasure deletes their
     * opt-out token through it and skips that step, for this default only. The built-in adapters
     * (in-memory, JDBC) implement it.
     *
     * @return crisis appeals and the helpers' opt-out tokens
     * @throws UnsupportedOperationException if the adapter does not implement it (this default)
     */
    default AppealRepository appeals() {
        throw new UnsupportedOperationException("StorageTransaction.appeals() is not implemented by "
                + getClass().getName() + ": implement it and pass AppealRepositoryContract (entraide-testkit)"
                + " to use crisis appeals");
    }

    /** @return the append-only audit trail */
    AuditTrail audit();

    /** @return the outbox's writing side: messages appended here commit with the transaction */
    OutboxWriter outbox();
}
