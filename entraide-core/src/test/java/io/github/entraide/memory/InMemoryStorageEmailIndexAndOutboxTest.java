package io.github.entraide.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.entraide.ConflictException;
import io.github.entraide.domain.CoarseLocation;
import io.github.entraide.domain.ContactDetails;
import io.github.entraide.domain.Member;
import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.MemberRole;
import io.github.entraide.domain.TerritoryId;
import io.github.entraide.spi.OutboxMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The in-memory store's e-mail index (one address per territory, case-insensitive, kept in step
 * with rollbacks) and its idempotent {@code markSent}.
 */
class InMemoryStorageEmailIndexAndOutboxTest {
    private static final TerritoryId GRENOBLE = TerritoryId.of("grenoble");
    private static final TerritoryId LYON = TerritoryId.of("lyon");
    private static final Instant NOW = Instant.parse("2026-03-23T08:00:00Z");

    private final InMemoryStorage storage = new InMemoryStorage();

    private static Member member(TerritoryId territory, String id, String email) {
        return Member.register(MemberId.of(id), territory, "Camille", ContactDetails.email(email), Locale.FRENCH,
                CoarseLocation.commune("38185"), Set.of(MemberRole.HELPER), List.of(), Optional.empty(), NOW);
    }

    private Member insert(Member m) {
        return storage.inTransaction(tx -> tx.members().insert(m));
    }

    private Member withEmail(Member m, String email) {
        return m.withProfile(m.displayName(), ContactDetails.email(email), m.locale(), m.location(), m.roles(),
                NOW.plusSeconds(60));
    }

    private Optional<Member> byEmail(TerritoryId territory, String email) {
        return storage.inTransaction(tx -> tx.members().findByEmail(territory, email));
    }

    @Test
    void aTakenAddressIsRefusedWhateverItsCaseButOnlyInItsTerritory() {
        insert(member(GRENOBLE, "m-1", "Camille.Durand@example.org"));

        assertThatThrownBy(() -> insert(member(GRENOBLE, "m-2", "camille.durand@EXAMPLE.org")))
                .isInstanceOf(ConflictException.class);
        List<Member> stored = storage.inTransaction(tx -> tx.members().all(GRENOBLE));
        assertThat(stored).hasSize(1);
        assertThat(insert(member(LYON, "m-2", "camille.durand@example.org")).territoryId()).isEqualTo(LYON);
        assertThat(byEmail(GRENOBLE, "CAMILLE.durand@example.org")).map(Member::id).contains(MemberId.of("m-1"));
    }

    @Test
    void anUpdateKeepingOnesOwnAddressPassesAndTakingAnothersIsRefused() {
        Member camille = insert(member(GRENOBLE, "m-1", "camille@example.org"));
        insert(member(GRENOBLE, "m-2", "jeanne@example.org"));

        Member renamed = storage.inTransaction(tx -> tx.members().update(withEmail(camille, "Camille@example.org")));

        assertThat(renamed.version()).isEqualTo(2);
        assertThatThrownBy(() -> storage.inTransaction(tx -> tx.members().update(withEmail(renamed,
                "jeanne@example.org")))).isInstanceOf(ConflictException.class);
        assertThat(byEmail(GRENOBLE, "jeanne@example.org")).map(Member::id).contains(MemberId.of("m-2"));
    }

    @Test
    void aChangedAddressFreesTheOldOne() {
        Member camille = insert(member(GRENOBLE, "m-1", "camille@example.org"));

        storage.inTransaction(tx -> tx.members().update(withEmail(camille, "camille.d@example.org")));

        assertThat(byEmail(GRENOBLE, "camille@example.org")).isEmpty();
        assertThat(byEmail(GRENOBLE, "camille.d@example.org")).map(Member::id).contains(MemberId.of("m-1"));
        assertThat(insert(member(GRENOBLE, "m-2", "camille@example.org")).id()).isEqualTo(MemberId.of("m-2"));
    }

    @Test
    void aRolledBackInsertLeavesItsAddressFree() {
        assertThatThrownBy(() -> storage.inTransaction(tx -> {
            tx.members().insert(member(GRENOBLE, "m-1", "camille@example.org"));
            throw new IllegalStateException("the rest of the use case failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(byEmail(GRENOBLE, "camille@example.org")).isEmpty();
        assertThat(insert(member(GRENOBLE, "m-2", "camille@example.org")).id()).isEqualTo(MemberId.of("m-2"));
    }

    @Test
    void aRolledBackAddressChangeKeepsTheOldAddressTakenAndTheNewOneFree() {
        Member camille = insert(member(GRENOBLE, "m-1", "camille@example.org"));

        assertThatThrownBy(() -> storage.inTransaction(tx -> {
            tx.members().update(withEmail(camille, "camille.d@example.org"));
            throw new IllegalStateException("the rest of the use case failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(byEmail(GRENOBLE, "camille@example.org")).map(Member::version).contains(1L);
        assertThat(byEmail(GRENOBLE, "camille.d@example.org")).isEmpty();
        assertThatThrownBy(() -> insert(member(GRENOBLE, "m-2", "camille@example.org")))
                .isInstanceOf(ConflictException.class);
        assertThat(insert(member(GRENOBLE, "m-3", "camille.d@example.org")).id()).isEqualTo(MemberId.of("m-3"));
    }

    @Test
    void aConflictOnTheIdLeavesTheIndexAlone() {
        insert(member(GRENOBLE, "m-1", "camille@example.org"));

        assertThatThrownBy(() -> insert(member(GRENOBLE, "m-1", "other@example.org")))
                .isInstanceOf(ConflictException.class);

        assertThat(byEmail(GRENOBLE, "other@example.org")).isEmpty();
        assertThat(byEmail(GRENOBLE, "camille@example.org")).map(Member::id).contains(MemberId.of("m-1"));
    }

    @Test
    void markingAMessageSentTwiceCountsOneAttempt() {
        storage.inTransaction(tx -> {
            tx.outbox().append(OutboxMessage.pending("n-1", GRENOBLE, OutboxMessage.Kind.NOTIFICATION,
                    "notification.erasure-confirmed", "{}", NOW));
            return null;
        });
        assertThat(storage.outbox().claim(10, NOW, Duration.ofMinutes(5))).hasSize(1);

        storage.outbox().markSent("n-1", NOW.plusSeconds(1));
        storage.outbox().markSent("n-1", NOW.plusSeconds(2));

        OutboxMessage sent = storage.outbox().find("n-1").orElseThrow();
        assertThat(sent.status()).isEqualTo(OutboxMessage.Status.SENT);
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(sent.nextAttemptAt()).as("the first acknowledgement's instant").isEqualTo(NOW.plusSeconds(1));
        assertThat(storage.outbox().pendingCount()).isZero();
    }
}
