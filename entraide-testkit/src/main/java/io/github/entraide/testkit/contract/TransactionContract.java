package io.github.entraide.testkit.contract;

import static io.github.entraide.testkit.contract.ContractFixtures.METROPOLE;
import static io.github.entraide.testkit.contract.ContractFixtures.T0;
import static io.github.entraide.testkit.contract.ContractFixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.entraide.ConflictException;
import io.github.entraide.domain.CategoryCatalogue;
import io.github.entraide.domain.Member;
import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.OfferStatus;
import io.github.entraide.spi.StorageTransaction;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link io.github.entraide.spi.Storage#inTransaction}: the work's writes are
 * committed together when it returns and none is kept when it throws (outbox messages included);
 * the exception propagates unchanged; the transaction is unusable after the work. Extend it and
 * implement {@link #newStorage()}.
 */
public abstract class TransactionContract extends StorageContractSupport {

    /** Creates the suite. */
    protected TransactionContract() {
    }

    /** Stores the fixture territories. */
    @BeforeEach
    protected void seed() {
        seedTerritories();
    }

    /** A failure of the portal's own code inside the work. */
    static final class WorkFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WorkFailed() {
            super("the work failed");
        }
    }

    private static void writeEverything(StorageTransaction t) {
        t.members().insert(ContractFixtures.fullMember(METROPOLE, "m1", "a@example.org"));
        t.offers().insert(ContractFixtures.minimalOffer(METROPOLE, "o1", "m1", CategoryCatalogue.GROCERIES,
                OfferStatus.PUBLISHED));
        t.requests().insert(ContractFixtures.fullRequest(METROPOLE, "r1", "m2"));
        t.introductions().insert(ContractFixtures.fullIntroduction(METROPOLE, "i1", "r1", "o1", "m1", "m2"));
        t.outbox().append(ContractFixtures.message(METROPOLE, "msg-1", T0));
    }

    /** Rule: inTransaction returns the work's result, and what the work wrote is visible to later transactions. */
    @Test
    public void committedWorkIsVisibleAfterwards() {
        String result = tx(t -> {
            writeEverything(t);
            return "done";
        });
        assertEquals("done", result);
        assertTrue(tx(t -> t.members().find(METROPOLE, MemberId.of("m1"))).isPresent());
        assertEquals(1, tx(t -> t.offers().all(METROPOLE)).size());
        assertEquals(1, tx(t -> t.requests().all(METROPOLE)).size());
        assertEquals(1, tx(t -> t.introductions().all(METROPOLE)).size());
        assertTrue(storage.outbox().find("msg-1").isPresent());
    }

    /** Rule: a transaction reads its own writes before it commits. */
    @Test
    public void workReadsItsOwnWrites() {
        Optional<Member> seen = tx(t -> {
            t.members().insert(ContractFixtures.minimalMember(METROPOLE, "m1", "bob@example.org"));
            return t.members().findByEmail(METROPOLE, "BOB@example.org");
        });
        assertEquals(Optional.of(MemberId.of("m1")), seen.map(Member::id));
    }

    /** Rule: when the work throws, nothing it wrote is kept: no record, no outbox message. */
    @Test
    public void failedWorkLeavesNothing() {
        assertThrows(WorkFailed.class, () -> tx(t -> {
            writeEverything(t);
            throw new WorkFailed();
        }));
        assertEquals(List.of(), tx(t -> t.members().all(METROPOLE)));
        assertEquals(List.of(), tx(t -> t.offers().all(METROPOLE)));
        assertEquals(List.of(), tx(t -> t.requests().all(METROPOLE)));
        assertEquals(List.of(), tx(t -> t.introductions().all(METROPOLE)));
        assertTrue(storage.outbox().find("msg-1").isEmpty());
        assertEquals(0, storage.outbox().pendingCount());
        assertEquals(List.of(), storage.outbox().claim(10, at(3600), java.time.Duration.ofMinutes(1)));
    }

    /** Rule: the work's exception propagates unchanged: the same instance, not wrapped. */
    @Test
    public void exceptionPropagatesUnchanged() {
        WorkFailed failure = new WorkFailed();
        WorkFailed thrown = assertThrows(WorkFailed.class, () -> tx(t -> {
            t.members().insert(ContractFixtures.minimalMember(METROPOLE, "m1", "bob@example.org"));
            throw failure;
        }));
        assertSame(failure, thrown);
    }

    /** Rule: a conflict inside the work rolls back the writes made before it in the same transaction. */
    @Test
    public void conflictRollsBackEarlierWritesOfTheTransaction() {
        Member stored = tx(t -> t.members().insert(ContractFixtures.minimalMember(METROPOLE, "m1", "bob@example.org")));
        tx(t -> t.members().update(stored.withVerified(true)));
        assertThrows(ConflictException.class, () -> tx(t -> {
            t.members().insert(ContractFixtures.minimalMember(METROPOLE, "m2", "eve@example.org"));
            t.outbox().append(ContractFixtures.message(METROPOLE, "msg-1", T0));
            return t.members().update(stored.withVerified(false));
        }));
        assertTrue(tx(t -> t.members().find(METROPOLE, MemberId.of("m2"))).isEmpty());
        assertTrue(storage.outbox().find("msg-1").isEmpty());
    }

    /** Rule: the transaction (and its repositories) cannot be used once the work has returned. */
    @Test
    public void transactionIsUnusableAfterTheWork() {
        AtomicReference<StorageTransaction> kept = new AtomicReference<>();
        run(kept::set);
        StorageTransaction escaped = kept.get();
        assertThrows(IllegalStateException.class, () -> escaped.members().find(METROPOLE, MemberId.of("m1")));
        assertThrows(IllegalStateException.class, () -> escaped.territories().all());
        assertThrows(IllegalStateException.class, () -> escaped.outbox().append(
                ContractFixtures.message(METROPOLE, "late", T0)));
        assertTrue(storage.outbox().find("late").isEmpty());
    }

    /** Rule: the transaction cannot be used once its work has thrown either. */
    @Test
    public void transactionIsUnusableAfterFailedWork() {
        AtomicReference<StorageTransaction> kept = new AtomicReference<>();
        assertThrows(WorkFailed.class, () -> tx(t -> {
            kept.set(t);
            throw new WorkFailed();
        }));
        assertThrows(IllegalStateException.class, () -> kept.get().offers().all(METROPOLE));
    }
}
