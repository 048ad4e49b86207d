package io.github.entraide.reliability;

import static io.github.entraide.reliability.Community.T;
import static io.github.entraide.reliability.Community.TERRITORY;
import static io.github.entraide.reliability.Community.member;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.entraide.Entraide;
import io.github.entraide.command.DecideCase;
import io.github.entraide.command.IntroductionRef;
import io.github.entraide.command.ProposeIntroduction;
import io.github.entraide.command.ReportContent;
import io.github.entraide.command.RequestRef;
import io.github.entraide.command.SanctionMember;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.Introduction;
import io.github.entraide.domain.IntroductionStatus;
import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.ModerationAction;
import io.github.entraide.domain.ModerationSubject;
import io.github.entraide.domain.OfferStatus;
import io.github.entraide.domain.ReportReason;
import io.github.entraide.domain.RequestStatus;
import io.github.entraide.jdbc.JdbcStorage;
import io.github.entraide.mail.SmtpNotifier;
import io.github.entraide.mail.SmtpSecurity;
import io.github.entraide.relay.OutboxRelay;
import io.github.entraide.testkit.contract.PostgresDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two portal nodes on one PostgreSQL schema, each with its own connection pool, storage, outbox
 * relay and SMTP notifier, all sending to one mail server; many threads on both nodes file
 * requests, propose, accept, decline and cancel introductions, cancel requests, and moderate
 * (remove offers, suspend and reinstate members) at random for a while. Afterwards: no helper over
 * capacity, no request with two accepted introductions, no lost update (every success the threads
 * saw is in the stored state, and nothing else is), and every e-mail delivered exactly once.
 *
 * <p>Duration: system property {@code entraide.soak.seconds}; default 180 under {@code CI=true},
 * 20 otherwise. Needs {@code ENTRAIDE_TEST_PG_URL} (skips without it, fails under CI).
 */
class TwoNodesSoakTest {
    private static final int THREADS_PER_NODE = 6;
    private static final int HELPERS = 10;
    private static final int CAPACITY = 3;
    private static final int BENEFICIARIES = 30;

    private final List<AutoCloseable> toClose = new ArrayList<>();

    /** What the threads saw succeed, to compare with the stored state. */
    private record Req(String id, MemberId requester) {
    }

    private record Intro(String id, String requestId, String offerId, MemberId helper, MemberId beneficiary) {
    }

    private record Off(String id, MemberId helper) {
    }

    private final List<Req> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<Intro> intros = Collections.synchronizedList(new ArrayList<>());
    private final List<Off> offers = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Map<String, AtomicInteger>> transitions = new ConcurrentHashMap<>();
    private final Set<String> removedOffers = ConcurrentHashMap.newKeySet();
    private final Set<String> cancelledRequests = ConcurrentHashMap.newKeySet();
    private final Set<MemberId> suspended = Collections.synchronizedSet(new java.util.HashSet<>());
    private final Tally tally = new Tally();

    @AfterEach
    void closeAll() throws Exception {
        Collections.reverse(toClose);
        for (AutoCloseable c : toClose) {
            c.close();
        }
    }

    private <T extends AutoCloseable> T closeLater(T c) {
        toClose.add(c);
        return c;
    }

    private static long soakSeconds() {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        return Long.getLong("entraide.soak.seconds", ci ? 180 : 20);
    }

    /** One portal node: its pool, storage, use cases, notifier and relay. */
    private record Node(String name, JdbcStorage storage, Entraide entraide, OutboxRelay relay) {
    }

    private Node node(String name, PostgresDatabase database, GreenMail smtp) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.url());
        config.setPoolName("soak-" + name);
        config.setMaximumPoolSize(THREADS_PER_NODE + 2);
        config.setMinimumIdle(1);
        HikariDataSource pool = closeLater(new HikariDataSource(config));
        JdbcStorage storage = JdbcStorage.builder(pool).migrateOnStart(true).build();
        SmtpNotifier mail = closeLater(SmtpNotifier.builder().host("127.0.0.1").port(smtp.getSmtp().getPort())
                .security(SmtpSecurity.NONE).from("entraide@grenoble.example", "Entraide Grenoble")
                .introductionUrlTemplate("https://portal.example/introductions/{introductionId}/{action}").build());
        OutboxRelay relay = closeLater(OutboxRelay.builder(storage).notifier(mail).batchSize(20)
                .pollInterval(Duration.ofMillis(200)).backoff(Duration.ofMillis(200), 2, Duration.ofSeconds(2), 0.5)
                .build());
        relay.start();
        return new Node(name, storage, Entraide.builder().storage(storage).build(), relay);
    }

    @Test
    void twoNodesUnderRandomConcurrentUseKeepEveryGuarantee() throws Exception {
        PostgresDatabase database = PostgresDatabase.create();
        closeLater(database);
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        closeLater(smtp::stop);
        Node a = node("a", database, smtp);
        Node b = node("b", database, smtp);
        Community community = Community.create(a.entraide(), HELPERS, CAPACITY, BENEFICIARIES);
        community.offers.forEach(o -> offers.add(new Off(o.id().value(), o.helperId())));
        List<MemberId> members = new ArrayList<>(community.helpers);
        members.addAll(community.beneficiaries);

        long seconds = soakSeconds();
        long seed = new SplittableRandom().nextLong();
        System.out.printf("[soak] %d s, %d threads on 2 nodes, seed %d%n", seconds, 2 * THREADS_PER_NODE, seed);
        ExecutorService threads = Executors.newFixedThreadPool(2 * THREADS_PER_NODE);
        CountDownLatch go = new CountDownLatch(1);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < 2 * THREADS_PER_NODE; i++) {
            Node node = i % 2 == 0 ? a : b;
            SplittableRandom random = new SplittableRandom(seed + i);
            workers.add(threads.submit(() -> {
                go.await();
                while (System.nanoTime() - deadline < 0) {
                    step(node.entraide(), community, members, random);
                }
                return null;
            }));
        }
        long started = System.nanoTime();
        go.countDown();
        for (Future<?> w : workers) {
            w.get(seconds + 120, TimeUnit.SECONDS);
        }
        threads.shutdown();
        double elapsed = (System.nanoTime() - started) / 1e9;

        // Drain: both relays keep running; wait until nothing is pending.
        a.relay().wakeUp();
        b.relay().wakeUp();
        Await.until("both relays to drain the outbox", Duration.ofMinutes(3),
                () -> a.storage().outbox().pendingCount() == 0, () -> a.storage().outbox().pendingCount());
        List<Deliveries.Row> notifications = Deliveries.notifications(database.dataSource());
        assertThat(smtp.waitForIncomingEmail(60_000, notifications.size())).as("every e-mail arrived").isTrue();
        a.relay().close();
        b.relay().close();

        Map<String, Long> byType = Deliveries.countByType(notifications);
        Map<String, Integer> copies = Deliveries.copiesByMessageId(smtp);
        Set<String> expectedIds = notifications.stream().map(Deliveries.Row::messageId).collect(Collectors.toSet());
        long duplicates = copies.values().stream().filter(n -> n > 1).mapToLong(n -> n - 1).sum();
        long lost = expectedIds.stream().filter(id -> !copies.containsKey(id)).count();
        long unknown = copies.keySet().stream().filter(id -> !expectedIds.contains(id)).count();

        Map<String, Long> succeeded = tally.succeeded();
        long operations = tally.total(succeeded);
        Figures figures = Figures.of(getClass()).put("seconds", Math.round(elapsed))
                .put("threads", 2 * THREADS_PER_NODE).put("nodes", 2).put("seed", seed)
                .put("operations", operations).put("operationsPerSecond", Math.round(operations / elapsed))
                .put("succeeded", succeeded).put("refused", tally.total(tally.refused()))
                .put("refusedByReason", tally.refused())
                .put("conflictsRetried", tally.total(tally.conflicts())).put("conflictsByKind", tally.conflicts())
                .put("gaveUpAfterRetries", tally.gaveUp()).put("failures", tally.failed())
                .put("failureSamples", new ArrayList<>(tally.failureSamples()))
                .put("introductions", intros.size()).put("emails", notifications.size())
                .put("emailsByType", byType).put("emailsReceived", smtp.getReceivedMessages().length)
                .put("duplicates", duplicates).put("lost", lost).put("unknown", unknown);
        figures.write();

        assertThat(tally.failed()).as("failures other than refusals and conflicts: %s", tally.failureSamples())
                .isEmpty();
        assertThat(operations).as("the soak did something").isGreaterThan(100);
        assertThat(succeeded.getOrDefault("accept", 0L)).isPositive();
        checkStoredState(a.storage());
        assertThat(byType.getOrDefault("notification.introduction_proposed", 0L))
                .as("one proposal e-mail per successful proposal").isEqualTo(succeeded.getOrDefault("propose", 0L));
        assertThat(byType.getOrDefault("notification.contacts_shared", 0L))
                .as("two contact e-mails per successful acceptance")
                .isEqualTo(2 * succeeded.getOrDefault("accept", 0L));
        assertThat(byType.getOrDefault("notification.offer_removed", 0L))
                .isEqualTo(succeeded.getOrDefault("remove-offer", 0L));
        assertThat(byType.getOrDefault("notification.member_suspended", 0L))
                .isEqualTo(succeeded.getOrDefault("suspend", 0L));
        assertThat(byType.getOrDefault("notification.member_reinstated", 0L))
                .isEqualTo(succeeded.getOrDefault("reinstate", 0L));
        assertThat(notifications).allSatisfy(r -> assertThat(r.status()).as(r.id()).isEqualTo("SENT"));
        assertThat(a.storage().outbox().pendingCount()).isZero();
        assertThat(copies).as("every e-mail exactly once by Message-ID").hasSize(expectedIds.size())
                .allSatisfy((id, n) -> assertThat(n).as(id).isEqualTo(1));
        assertThat(copies.keySet()).isEqualTo(expectedIds);
    }

    /** One random use case, as a member or a moderator would do it. */
    private void step(Entraide entraide, Community community, List<MemberId> members, SplittableRandom random) {
        int dice = random.nextInt(100);
        if (dice < 14) {
            MemberId beneficiary = community.beneficiaries.get(random.nextInt(community.beneficiaries.size()));
            tally.run("file", () -> Community.file(entraide, beneficiary, Community.REQUEST_TEXT))
                    .ifPresent(r -> requests.add(new Req(r.id().value(), beneficiary)));
        } else if (dice < 48) {
            Optional<Req> req = recent(requests, random, 40);
            Off off = offers.get(random.nextInt(offers.size()));
            req.ifPresent(r -> tally.run("propose", () -> entraide.introductions().propose(member(r.requester()),
                    new ProposeIntroduction(T, r.id(), off.id()))).ifPresent(view -> intros.add(new Intro(
                            view.id().value(), r.id(), off.id(), off.helper(), r.requester()))));
        } else if (dice < 64) {
            recent(intros, random, 60).ifPresent(i -> tally.run("accept", () -> entraide.introductions()
                    .accept(member(i.helper()), new IntroductionRef(T, i.id()))).ifPresent(v -> moved(i, "accept")));
        } else if (dice < 72) {
            recent(intros, random, 60).ifPresent(i -> tally.run("decline", () -> entraide.introductions()
                    .decline(member(i.helper()), new IntroductionRef(T, i.id()))).ifPresent(v -> moved(i, "decline")));
        } else if (dice < 82) {
            recent(intros, random, 60).ifPresent(i -> tally.run("cancel", () -> entraide.introductions()
                    .cancel(member(i.beneficiary()), new IntroductionRef(T, i.id()))).ifPresent(v -> moved(i, "cancel")));
        } else if (dice < 87) {
            recent(requests, random, 40).ifPresent(r -> tally.run("cancel-request", () -> entraide.requests()
                    .cancel(member(r.requester()), new RequestRef(T, r.id())))
                    .ifPresent(v -> cancelledRequests.add(r.id())));
        } else if (dice < 90) {
            Off off = offers.get(random.nextInt(offers.size()));
            if (removedOffers.contains(off.id())) {
                return;
            }
            tally.run("report", () -> entraide.moderation().report(member(community.reporter), new ReportContent(T,
                    community.reporter.value(), ModerationSubject.Kind.OFFER, off.id(), ReportReason.SPAM,
                    "Annonce en double.")))
                    .flatMap(c -> tally.run("remove-offer", () -> entraide.moderation().decide(Community.MODERATOR,
                            new DecideCase(T, c.id().value(), ModerationAction.REMOVE, "spam"))))
                    .ifPresent(c -> {
                        removedOffers.add(off.id());
                        tally.run("republish", () -> Community.publish(entraide, off.helper(), CAPACITY))
                                .ifPresent(o -> offers.add(new Off(o.id().value(), o.helperId())));
                    });
        } else if (dice < 93) {
            MemberId target = members.get(random.nextInt(members.size()));
            tally.run("suspend", () -> entraide.moderation().sanction(Community.MODERATOR,
                    new SanctionMember(T, target.value(), ModerationAction.SUSPEND, "soak")))
                    .ifPresent(v -> suspended.add(target));
        } else {
            // Mostly members known to be suspended (another thread may reinstate them first).
            List<MemberId> candidates;
            synchronized (suspended) {
                candidates = new ArrayList<>(suspended);
            }
            if (candidates.isEmpty()) {
                return;
            }
            MemberId target = candidates.get(random.nextInt(candidates.size()));
            tally.run("reinstate", () -> entraide.moderation().sanction(Community.MODERATOR,
                    new SanctionMember(T, target.value(), ModerationAction.REINSTATE, "soak")))
                    .ifPresent(v -> suspended.remove(target));
        }
    }

    private void moved(Intro intro, String transition) {
        transitions.computeIfAbsent(intro.id(), k -> new ConcurrentHashMap<>())
                .computeIfAbsent(transition, k -> new AtomicInteger()).incrementAndGet();
    }

    private static <T> Optional<T> recent(List<T> list, SplittableRandom random, int window) {
        synchronized (list) {
            if (list.isEmpty()) {
                return Optional.empty();
            }
            int from = Math.max(0, list.size() - window);
            return Optional.of(list.get(from + random.nextInt(list.size() - from)));
        }
    }

    /** The stored state against what the threads saw succeed. */
    private void checkStoredState(JdbcStorage storage) {
        List<Introduction> storedIntros = storage.inTransaction(t -> t.introductions().all(TERRITORY));
        List<HelpOffer> storedOffers = storage.inTransaction(t -> t.offers().all(TERRITORY));
        List<HelpRequest> storedRequests = storage.inTransaction(t -> t.requests().all(TERRITORY));

        // Nothing lost, nothing invented: the stored records are exactly those created successfully.
        assertThat(storedIntros.stream().map(i -> i.id().value()).collect(Collectors.toSet()))
                .isEqualTo(intros.stream().map(Intro::id).collect(Collectors.toSet()));
        assertThat(storedRequests.stream().map(r -> r.id().value()).collect(Collectors.toSet()))
                .isEqualTo(requests.stream().map(Req::id).collect(Collectors.toSet()));
        assertThat(storedOffers.stream().map(o -> o.id().value()).collect(Collectors.toSet()))
                .isEqualTo(offers.stream().map(Off::id).collect(Collectors.toSet()));

        Map<String, Intro> seen = new HashMap<>();
        intros.forEach(i -> seen.put(i.id(), i));
        for (Introduction stored : storedIntros) {
            Map<String, AtomicInteger> moves = transitions.getOrDefault(stored.id().value(), Map.of());
            int accepts = count(moves, "accept");
            int declines = count(moves, "decline");
            int cancels = count(moves, "cancel");
            String what = stored.id().value() + " " + stored.status() + " after " + moves;
            assertThat(accepts).as("accepted at most once: %s", what).isLessThanOrEqualTo(1);
            assertThat(accepts + declines).as("answered at most once: %s", what).isLessThanOrEqualTo(1);
            assertThat(cancels).as("cancelled at most once: %s", what).isLessThanOrEqualTo(1);
            Intro intro = seen.get(stored.id().value());
            boolean cancelledBySomethingElse = removedOffers.contains(intro.offerId())
                    || cancelledRequests.contains(intro.requestId());
            IntroductionStatus expected = cancels == 1 ? IntroductionStatus.CANCELLED
                    : declines == 1 ? IntroductionStatus.DECLINED
                    : accepts == 1 ? IntroductionStatus.ACCEPTED : IntroductionStatus.PROPOSED;
            if (stored.status() != expected) {
                assertThat(stored.status()).as("a success lost or a change nobody made: %s", what)
                        .isEqualTo(IntroductionStatus.CANCELLED);
                assertThat(cancelledBySomethingElse).as("cancelled with its offer or request: %s", what).isTrue();
                assertThat(expected).isIn(IntroductionStatus.PROPOSED, IntroductionStatus.ACCEPTED);
            }
        }

        // Capacity and load: the load is exactly the introductions in progress, never over capacity.
        Map<String, Long> active = storedIntros.stream().filter(i -> i.status().isActive())
                .collect(Collectors.groupingBy(i -> i.offerId().value(), Collectors.counting()));
        for (HelpOffer offer : storedOffers) {
            assertThat(offer.load()).as("offer %s load", offer.id()).isLessThanOrEqualTo(offer.capacity())
                    .isEqualTo(active.getOrDefault(offer.id().value(), 0L).intValue());
            assertThat(offer.status() == OfferStatus.REMOVED).as("offer %s removed", offer.id())
                    .isEqualTo(removedOffers.contains(offer.id().value()));
        }

        // A request has at most one introduction in progress, hence at most one accepted, and its
        // status says whether it has one.
        Map<String, List<Introduction>> byRequest = storedIntros.stream()
                .collect(Collectors.groupingBy(i -> i.requestId().value()));
        for (HelpRequest request : storedRequests) {
            List<Introduction> its = byRequest.getOrDefault(request.id().value(), List.of());
            long accepted = its.stream().filter(i -> i.status() == IntroductionStatus.ACCEPTED).count();
            long inProgress = its.stream().filter(i -> i.status().isActive()).count();
            assertThat(accepted).as("request %s accepted introductions", request.id()).isLessThanOrEqualTo(1);
            assertThat(inProgress).as("request %s introductions in progress", request.id()).isLessThanOrEqualTo(1);
            if (cancelledRequests.contains(request.id().value())) {
                assertThat(request.status()).isEqualTo(RequestStatus.CANCELLED);
            } else {
                assertThat(request.status()).as("request %s", request.id())
                        .isEqualTo(inProgress == 1 ? RequestStatus.INTRODUCED : RequestStatus.OPEN);
            }
        }
    }

    private static int count(Map<String, AtomicInteger> moves, String transition) {
        AtomicInteger n = moves.get(transition);
        return n == null ? 0 : n.get();
    }
}
