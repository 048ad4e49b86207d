package io.github.entraide.spi;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * A storage adapter written before crisis appeals (it implements none of {@link AppealRepository})
 * still compiles against the SPI: {@link StorageTransaction#appeals()} is a default method, which
 * says what to implement and which contract to pass.
 */
class StorageTransactionCompatibilityTest {

    /** The repositories an adapter of the previous SPI implemented, and nothing else. */
    private static final class AdapterBeforeAppeals implements StorageTransaction {
        @Override
        public TerritoryRepository territories() {
            throw new UnsupportedOperationException();
        }

        @Override
        public MemberRepository members() {
            throw new UnsupportedOperationException();
        }

        @Override
        public OfferRepository offers() {
            throw new UnsupportedOperationException();
        }

        @Override
        public RequestRepository requests() {
            throw new UnsupportedOperationException();
        }

        @Override
        public IntroductionRepository introductions() {
            throw new UnsupportedOperationException();
        }

        @Override
        public ModerationCaseRepository moderationCases() {
            throw new UnsupportedOperationException();
        }

        @Override
        public AuditTrail audit() {
            throw new UnsupportedOperationException();
        }

        @Override
        public OutboxWriter outbox() {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void anAdapterWrittenBeforeAppealsCompilesAndItsAppealsNameWhatToImplement() {
        assertThatThrownBy(() -> new AdapterBeforeAppeals().appeals())
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("StorageTransaction.appeals()")
                .hasMessageContaining(AdapterBeforeAppeals.class.getName())
                .hasMessageContaining("AppealRepositoryContract");
    }
}
