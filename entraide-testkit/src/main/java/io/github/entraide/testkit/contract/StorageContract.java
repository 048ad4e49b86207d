package io.github.entraide.testkit.contract;

import io.github.entraide.spi.Storage;
import org.junit.jupiter.api.Nested;

/**
 * Every storage contract suite at once, as JUnit {@code @Nested} classes: extend it, implement
 * {@link #newStorage()} (an EMPTY storage per test) and override the capability flags your
 * storage lacks.
 *
 * <pre>{@code
 * class MyStorageContractTest extends StorageContract {
 *     @Override
 *     protected Storage newStorage() {
 *         return new MyStorage(freshDatabase());
 *     }
 * }
 * }</pre>
 *
 * <p>Or extend each suite on its own ({@link TerritoryRepositoryContract},
 * {@link MemberRepositoryContract}, {@link OfferRepositoryContract},
 * {@link RequestRepositoryContract}, {@link IntroductionRepositoryContract},
 * {@link ModerationCaseRepositoryContract}, {@link AuditTrailContract}, {@link TransactionContract},
 * {@link OutboxContract}) the same way. An {@code @AfterEach} of the
 * extending class runs after every nested test too: release the storage's resources there.
 */
public abstract class StorageContract {

    /** Creates the suite. */
    protected StorageContract() {
    }

    /**
     * Makes the storage under test: a new, EMPTY storage for each test.
     *
     * @return the storage
     */
    protected abstract Storage newStorage();

    /**
     * Whether transactions may run from several threads at once (true by default).
     *
     * @return false to skip the concurrent reservation test
     */
    protected boolean supportsConcurrentTransactions() {
        return true;
    }

    /**
     * Whether several threads may claim outbox messages at once (true by default).
     *
     * @return false to skip the concurrent claimers test
     */
    protected boolean supportsConcurrentClaimers() {
        return true;
    }

    /** The territory repository's contract. */
    @Nested
    public class Territories extends TerritoryRepositoryContract {
        /** Creates the nested suite. */
        public Territories() {
        }

        @Override
        protected Storage newStorage() {
            return StorageContract.this.newStorage();
        }
    }

    /** The member repository's contract. */
    @Nested
    public class Members extends MemberRepositoryContract {
        /** Creates the nested suite. */
        public Members() {
        }

        @Override
        protected Storage newStorage() {
            return StorageContract.this.newStorage();
        }
    }

    /** The offer repository's contract. */
    @Nested
    public class Offers extends OfferRepositoryContract {
        /** Creates the nested suite. */
        public Offers() {
        }

        @Override
        protected Storage newStorage() {
            return StorageContract.this.newStorage();
        }

        @Override
        protected boolean supportsConcurrentTransactions() {
            return StorageContract.this.supportsConcurrentTransactions();
        }
    }

    /** The request repository's contract. */
    @Nested
    public class Requests extends RequestRepositoryContract {
        /** Creates the nested suite. */
        public Requests() {
        }

        @Override
        protected Storage newStorage() {
            return StorageContract.this.newStorage();
        }
    }

    /** The introduction repository's contract. */
    @Nested
    public class Introductions extends IntroductionRepositoryContract {
        /** Creates the nested suite. */
        public Introductions() {
        }

        @Override
        protected Storage newStorage() {
            return StorageContract.this.newStorage();
        }
    }

    /** The moderation case repository's contract. */
    @Nested
    public class ModerationCases extends ModerationCaseRepositoryContract {
        /** Creates the nested suite. */
        public ModerationCases() {
        }

        @Override
        protected Storage newStorage() {
            return StorageContract.this.newStorage();
        }
    }

    /** The appeal repository's contract. */
    @Nested
    public class Appeals extends AppealRepositoryContract {
        /** Creates the nested suite. */
        public Appeals() {
        }

        @Override
        protected Storage newStorage() {
            return StorageContract.this.newStorage();
        }
    }

    /** The audit trail's contract. */
    @Nested
    public class Audit extends AuditTrailContract {
        /** Creates the nested suite. */
        public Audit() {
        }

        @Override
        protected Storage newStorage() {
            return StorageContract.this.newStorage();
        }
    }

    /** The transaction boundary's contract. */
    @Nested
    public class Transactions extends TransactionContract {
        /** Creates the nested suite. */
        public Transactions() {
        }

        @Override
        protected Storage newStorage() {
            return StorageContract.this.newStorage();
        }
    }

    /** The outbox's contract. */
    @Nested
    public class OutboxMessages extends OutboxContract {
        /** Creates the nested suite. */
        public OutboxMessages() {
        }

        @Override
        protected Storage newStorage() {
            return StorageContract.this.newStorage();
        }

        @Override
        protected boolean supportsConcurrentClaimers() {
            return StorageContract.this.supportsConcurrentClaimers();
        }
    }
}
