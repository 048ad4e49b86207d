package io.github.entraide.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.entraide.ConflictException;
import io.github.entraide.Entraide;
import io.github.entraide.RateLimitedException;
import io.github.entraide.command.SendAppeal;
import io.github.entraide.domain.Actor;
import io.github.entraide.domain.Appeal;
import io.github.entraide.domain.TerritorySettings;
import io.github.entraide.spi.AppealRepository;
import io.github.entraide.spi.Outbox;
import io.github.entraide.spi.Storage;
import io.github.entraide.spi.StorageTransaction;
import io.github.entraide.testkit.GrenobleFixture;
import io.github.entraide.testkit.contract.PostgresDatabase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A territory's daily number of crisis appeals holds when moderators send at once, on several
 * nodes sharing one database: on H2 and PostgreSQL, deterministically (another node's appeal
 * commits between a send's count and its insert) and with threads started together.
 */
class AppealDailyLimitRaceTest {
    private static final Actor ADMIN = Actor.administrator("admin-1");

    private final H2Databases h2 = new H2Databases();
    private PostgresDatabase database;
    private ExecutorService threads;

    @AfterEach
    void close() throws Exception {
        h2.closeAll();
        if (threads != null) {
            threads.shutdownNow();
            threads.awaitTermination(30, TimeUnit.SECONDS);
        }
        if (database != null) {
            database.close();
        }
    }

    /** A storage that, once, runs a task right after a transaction counted the territory's appeals. */
    private static final class InterleavingStorage implements Storage {
        private final Storage delegate;
        private final AtomicReference<Runnable> once = new AtomicReference<>();

        InterleavingStorage(Storage delegate) {
            this.delegate = delegate;
        }

        void afterNextCount(Runnable task) {
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
                        if (!method.getName().equals("appeals")) {
                            return result;
                        }
                        return Proxy.newProxyInstance(getClass().getClassLoader(),
                                new Class<?>[] {AppealRepository.class}, (p, m, a) -> {
                                    Object answer = invoke(m, result, a);
                                    if (m.getName().equals("createdSince")) {
                                        Runnable task = once.getAndSet(null);
                                        if (task != null) {
                                            task.run();
                                        }
                                    }
                                    return answer;
                                });
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

    private JdbcStorage h2() {
        return JdbcStorage.builder(h2.create()).migrateOnStart(true).build();
    }

    private JdbcStorage postgres() {
        database = PostgresDatabase.create();
        return JdbcStorage.builder(database.dataSource()).migrateOnStart(true).build();
    }

    private static SendAppeal appeal() {
        return SendAppeal.builder(GrenobleFixture.TERRITORY_ID.value())
                .textFr("Crue de l'Isère : qui peut aider à vider des caves ?")
                .textEn("The Isère is flooding: who can help empty cellars?").build();
    }

    /** The territory, with two of its three appeals of the day sent. */
    private static Entraide withOneAppealLeft(Storage storage) {
        Entraide entraide = Entraide.builder().storage(storage).build();
        entraide.territories().create(ADMIN, GrenobleFixture.createCommand(TerritorySettings.defaults()));
        entraide.appeals().send(ADMIN, appeal());
        entraide.appeals().send(ADMIN, appeal());
        return entraide;
    }

    private static void anAppealStoredBetweenACountAndItsInsertMakesTheLaterOneRefused(JdbcStorage storage) {
        Entraide other = withOneAppealLeft(storage);
        InterleavingStorage racing = new InterleavingStorage(storage);
        Entraide app = Entraide.builder().storage(racing).build();

        racing.afterNextCount(() -> CompletableFuture.runAsync(() -> other.appeals().send(ADMIN, appeal()))
                .orTimeout(30, TimeUnit.SECONDS).join());
        Throwable thrown = catchThrowable(() -> app.appeals().send(ADMIN, appeal()));

        assertThat(thrown).isInstanceOf(RateLimitedException.class);
        assertThat(other.appeals().list(ADMIN, GrenobleFixture.TERRITORY_ID)).hasSize(3);
    }

    private void sendersStartedTogetherNeverPassTheLimit(JdbcStorage storage) throws Exception {
        int senders = 4;
        List<Entraide> nodes = new ArrayList<>();
        nodes.add(withOneAppealLeft(storage));
        for (int i = 1; i < senders; i++) {
            nodes.add(Entraide.builder().storage(storage).build());
        }
        threads = Executors.newFixedThreadPool(senders);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> results = new ArrayList<>();
        for (Entraide node : nodes) {
            results.add(threads.submit(() -> {
                start.await();
                try {
                    return node.appeals().send(ADMIN, appeal());
                } catch (RateLimitedException | ConflictException e) {
                    return e;
                }
            }));
        }
        start.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> f : results) {
            outcomes.add(f.get(60, TimeUnit.SECONDS));
        }

        assertThat(outcomes).filteredOn(Appeal.class::isInstance).hasSize(1);
        assertThat(nodes.get(0).appeals().list(ADMIN, GrenobleFixture.TERRITORY_ID)).hasSize(3);
    }

    @Test
    void onH2AnAppealStoredBetweenACountAndItsInsertMakesTheLaterOneRefused() {
        anAppealStoredBetweenACountAndItsInsertMakesTheLaterOneRefused(h2());
    }

    @Test
    void onPostgresAnAppealStoredBetweenACountAndItsInsertMakesTheLaterOneRefused() {
        anAppealStoredBetweenACountAndItsInsertMakesTheLaterOneRefused(postgres());
    }

    @Test
    void onPostgresModeratorsSendingAtOnceNeverPassTheDailyLimit() throws Exception {
        sendersStartedTogetherNeverPassTheLimit(postgres());
    }
}
