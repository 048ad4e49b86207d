package io.github.entraide.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.entraide.Entraide;
import io.github.entraide.command.RecordConsent;
import io.github.entraide.command.RegisterMember;
import io.github.entraide.command.SendAppeal;
import io.github.entraide.domain.Actor;
import io.github.entraide.domain.Appeal;
import io.github.entraide.domain.AppealStatus;
import io.github.entraide.domain.ConsentPurpose;
import io.github.entraide.domain.TerritorySettings;
import io.github.entraide.service.AppealService;
import io.github.entraide.service.MemberView;
import io.github.entraide.spi.Outbox;
import io.github.entraide.spi.OutboxMessage;
import io.github.entraide.spi.Storage;
import io.github.entraide.spi.StorageTransaction;
import io.github.entraide.testkit.GrenobleFixture;
import io.github.entraide.testkit.contract.PostgresDatabase;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A crisis appeal whose sending stopped between two batches (the storage failed a transaction) is
 * resumed on H2 and PostgreSQL, and every opted-in helper has exactly one e-mail.
 */
class AppealResumeTest {
    private static final Actor ADMIN = Actor.administrator("admin-1");
    private static final String T = GrenobleFixture.TERRITORY_ID.value();

    private final H2Databases h2 = new H2Databases();
    private PostgresDatabase database;

    @AfterEach
    void close() throws Exception {
        h2.closeAll();
        if (database != null) {
            database.close();
        }
    }

    /** A storage whose transaction number {@code failing} (from 1) fails after its work, rolled back. */
    private static final class StoppingStorage implements Storage {
        private final Storage delegate;
        private final int failing;
        private final AtomicInteger count = new AtomicInteger();

        StoppingStorage(Storage delegate, int failing) {
            this.delegate = delegate;
            this.failing = failing;
        }

        @Override
        public <T> T inTransaction(Function<StorageTransaction, T> work) {
            return delegate.inTransaction(tx -> {
                T result = work.apply(tx);
                if (count.incrementAndGet() == failing) {
                    throw new IllegalStateException("the node stopped");
                }
                return result;
            });
        }

        @Override
        public Outbox outbox() {
            return delegate.outbox();
        }
    }

    private static void aStoppedAppealIsResumedAndEveryHelperGetsItOnce(JdbcStorage storage) {
        Entraide entraide = Entraide.builder().storage(storage).build();
        entraide.territories().create(ADMIN, GrenobleFixture.createCommand(TerritorySettings.defaults()));
        int helpers = AppealService.BATCH_SIZE + 1;
        for (int i = 0; i < helpers; i++) {
            MemberView helper = entraide.members().register(Actor.system(), RegisterMember.builder(T)
                    .displayName("Bénévole " + i).email("helper" + i + "@example.org").language("fr")
                    .commune(GrenobleFixture.GRENOBLE).helper().acceptsTerms("2026-11").build());
            entraide.members().recordConsent(Actor.member(GrenobleFixture.TERRITORY_ID, helper.id()),
                    RecordConsent.grant(T, helper.id().value(), ConsentPurpose.CRISIS_APPEALS, "2026-11"));
        }
        SendAppeal appeal = SendAppeal.builder(T).textFr("Crue : qui peut aider à vider des caves ?")
                .textEn("Flood: who can help empty cellars?").build();
        // Transactions: 1 stores the appeal (and counts), 2 writes the first batch, 3 the second: it fails.
        Entraide stopping = Entraide.builder().storage(new StoppingStorage(storage, 3)).build();

        assertThatThrownBy(() -> stopping.appeals().send(ADMIN, appeal)).hasMessage("the node stopped");
        Appeal stopped = entraide.appeals().list(ADMIN, GrenobleFixture.TERRITORY_ID).get(0);
        assertThat(stopped.status()).isEqualTo(AppealStatus.SENDING);
        assertThat(stopped.reachedCount()).isEqualTo(AppealService.BATCH_SIZE);

        Appeal resumed = entraide.appeals().resume(ADMIN, GrenobleFixture.TERRITORY_ID, stopped.id());
        entraide.appeals().resume(ADMIN, GrenobleFixture.TERRITORY_ID, stopped.id());

        assertThat(resumed.status()).isEqualTo(AppealStatus.SENT);
        assertThat(resumed.reachedCount()).isEqualTo(helpers);
        assertThat(resumed.resumeAfter()).isEmpty();
        List<OutboxMessage> mails = appealMails(storage);
        assertThat(mails).hasSize(helpers);
        java.util.regex.Pattern address = java.util.regex.Pattern.compile("helper[0-9]+@example\\.org");
        assertThat(mails.stream().map(m -> {
            java.util.regex.Matcher found = address.matcher(m.payload());
            assertThat(found.find()).as("a helper's address in " + m.id()).isTrue();
            return found.group();
        }).distinct().count()).as("distinct helpers written to").isEqualTo(helpers);
    }

    /** Every appeal e-mail in the outbox (claimed: call once). */
    private static List<OutboxMessage> appealMails(Storage storage) {
        return storage.outbox().claim(10_000, java.time.Instant.now(), java.time.Duration.ofMinutes(1)).stream()
                .filter(m -> m.type().equals("notification.crisis_appeal")).toList();
    }

    @Test
    void onH2AStoppedAppealIsResumedAndEveryHelperGetsItOnce() {
        aStoppedAppealIsResumedAndEveryHelperGetsItOnce(JdbcStorage.builder(h2.create()).migrateOnStart(true).build());
    }

    @Test
    void onPostgresAStoppedAppealIsResumedAndEveryHelperGetsItOnce() {
        database = PostgresDatabase.create();
        aStoppedAppealIsResumedAndEveryHelperGetsItOnce(JdbcStorage.builder(database.dataSource())
                .migrateOnStart(true).build());
    }
}
