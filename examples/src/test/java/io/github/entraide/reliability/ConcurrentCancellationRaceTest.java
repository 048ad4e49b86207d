package io.github.entraide.reliability;

import static io.github.entraide.reliability.Community.T;
import static io.github.entraide.reliability.Community.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.entraide.ConflictException;
import io.github.entraide.Entraide;
import io.github.entraide.command.DecideCase;
import io.github.entraide.command.OfferRef;
import io.github.entraide.command.ReportContent;
import io.github.entraide.command.RequestRef;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.ModerationAction;
import io.github.entraide.domain.ModerationCase;
import io.github.entraide.domain.ModerationSubject;
import io.github.entraide.domain.OfferStatus;
import io.github.entraide.domain.ReportReason;
import io.github.entraide.domain.RequestStatus;
import io.github.entraide.jdbc.JdbcStorage;
import io.github.entraide.spi.Outbox;
import io.github.entraide.spi.Storage;
import io.github.entraide.spi.StorageTransaction;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Found by {@link TwoNodesSoakTest}: a cancellation (or a moderator's removal) reads its record,
 * closes the introductions, then reads the record again; at READ COMMITTED the second read can
 * show another transaction's cancellation committed in between, and the use case then failed with
 * an {@link IllegalStateException} from the domain instead of a {@link ConflictException}. Here the
 * other transaction is run at exactly that point, deterministically, on H2.
 */
class ConcurrentCancellationRaceTest {

    /** A storage that, once, runs a task when a transaction lists introductions (between the two reads). */
    private static final class InterleavingStorage implements Storage {
        private final Storage delegate;
        private final AtomicReference<Runnable> once = new AtomicReference<>();

        InterleavingStorage(Storage delegate) {
            this.delegate = delegate;
        }

        void beforeNextIntroductionsRead(Runnable task) {
            once.set(task);
        }

        @Override
        public <T> T inTransaction(Function<StorageTransaction, T> work) {
            return delegate.inTransaction(tx -> work.apply(intercepting(tx)));
        }

        @Override
        public Outbox outbox() {
            return delegate.outbox();
        }

        private StorageTransaction intercepting(StorageTransaction tx) {
            return (StorageTransaction) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {StorageTransaction.class}, (proxy, method, args) -> {
                        Object result = invoke(method, tx, args);
                        if (method.getName().equals("introductions")) {
                            Object repository = result;
                            return Proxy.newProxyInstance(getClass().getClassLoader(),
                                    method.getReturnType().isInterface() ? new Class<?>[] {method.getReturnType()}
                                            : repository.getClass().getInterfaces(), (p, m, a) -> {
                                        if (m.getName().startsWith("by")) {
                                            Runnable task = once.getAndSet(null);
                                            if (task != null) {
                                                task.run();
                                            }
                                        }
                                        return invoke(m, repository, a);
                                    });
                        }
                        return result;
                    });
        }

        private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    /** Runs a use case on another thread (its own transaction) and waits for its commit. */
    private static void committedMeanwhile(Runnable useCase) {
        CompletableFuture.runAsync(useCase).orTimeout(30, TimeUnit.SECONDS).join();
    }

    private static JdbcDataSource h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:race-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        return ds;
    }

    @Test
    void aRequestCancelledByAnotherTransactionMeanwhileIsAConflict() {
        JdbcStorage storage = JdbcStorage.builder(h2()).migrateOnStart(true).build();
        InterleavingStorage racing = new InterleavingStorage(storage);
        Entraide app = Entraide.builder().storage(racing).build();
        Entraide other = Entraide.builder().storage(storage).build();
        Community community = Community.create(app, 1, 3, 1);
        HelpRequest request = Community.file(app, community.beneficiaries.get(0), Community.REQUEST_TEXT);
        RequestRef ref = new RequestRef(T, request.id().value());

        racing.beforeNextIntroductionsRead(() -> committedMeanwhile(() ->
                other.requests().cancel(Community.MODERATOR, ref)));
        Throwable thrown = catchThrowable(() -> app.requests().cancel(member(request.requesterId()), ref));

        assertThat(thrown).isInstanceOf(ConflictException.class);
        assertThat(other.requests().find(Community.MODERATOR, ref).status()).isEqualTo(RequestStatus.CANCELLED);
    }

    @Test
    void anOfferWithdrawnByAnotherTransactionWhileAModeratorRemovesItIsAConflict() {
        JdbcStorage storage = JdbcStorage.builder(h2()).migrateOnStart(true).build();
        InterleavingStorage racing = new InterleavingStorage(storage);
        Entraide app = Entraide.builder().storage(racing).build();
        Entraide other = Entraide.builder().storage(storage).build();
        Community community = Community.create(app, 1, 3, 1);
        HelpOffer offer = community.offers.get(0);
        ModerationCase report = app.moderation().report(member(community.reporter), new ReportContent(T,
                community.reporter.value(), ModerationSubject.Kind.OFFER, offer.id().value(), ReportReason.SPAM,
                "Annonce en double."));
        OfferRef ref = new OfferRef(T, offer.id().value());

        racing.beforeNextIntroductionsRead(() -> committedMeanwhile(() ->
                other.offers().withdraw(member(offer.helperId()), ref)));
        Throwable thrown = catchThrowable(() -> app.moderation().decide(Community.MODERATOR,
                new DecideCase(T, report.id().value(), ModerationAction.REMOVE, "spam")));

        assertThat(thrown).isInstanceOf(ConflictException.class);
        assertThat(other.offers().find(member(offer.helperId()), ref).status()).isEqualTo(OfferStatus.WITHDRAWN);
    }
}
