package io.github.entraide.memory;

import io.github.entraide.ConflictException;
import io.github.entraide.domain.Appeal;
import io.github.entraide.domain.AppealId;
import io.github.entraide.domain.AuditEntry;
import io.github.entraide.domain.CaseOrigin;
import io.github.entraide.domain.CaseStatus;
import io.github.entraide.domain.CategoryId;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.Introduction;
import io.github.entraide.domain.IntroductionId;
import io.github.entraide.domain.IntroductionStatus;
import io.github.entraide.domain.Member;
import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.MemberStatus;
import io.github.entraide.domain.ModerationCase;
import io.github.entraide.domain.ModerationCaseId;
import io.github.entraide.domain.ModerationSubject;
import io.github.entraide.domain.OfferId;
import io.github.entraide.domain.OfferStatus;
import io.github.entraide.domain.RequestId;
import io.github.entraide.domain.RequestStatus;
import io.github.entraide.domain.Territory;
import io.github.entraide.domain.TerritoryId;
import io.github.entraide.spi.AppealRepository;
import io.github.entraide.spi.AuditTrail;
import io.github.entraide.spi.IntroductionRepository;
import io.github.entraide.spi.MemberRepository;
import io.github.entraide.spi.ModerationCaseRepository;
import io.github.entraide.spi.OfferRepository;
import io.github.entraide.spi.Outbox;
import io.github.entraide.spi.OutboxMessage;
import io.github.entraide.spi.OutboxWriter;
import io.github.entraide.spi.RequestRepository;
import io.github.entraide.spi.Storage;
import io.github.entraide.spi.StorageTransaction;
import io.github.entraide.spi.TerritoryRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Storage in memory: every port of {@link Storage}, thread-safe, serialisable transactions
 * (one at a time, under a fair lock) with rollback through an undo log. The reference the
 * contract test kit checks other storage adapters against; fit for tests, demos and a single
 * JVM that can lose its data on restart.
 */
public final class InMemoryStorage implements Storage {

    private final ReentrantLock lock = new ReentrantLock(true);
    private final Map<TerritoryId, Territory> territories = new TreeMap<>();
    private final Map<Key, Member> members = new HashMap<>();
    /**
     * Territory and lower-cased e-mail address → the member holding it, so that registering
     * does not scan every member (which made registering n members O(n²)). Kept in step with
     * {@link #members} by the member repository, undo log included.
     */
    private final Map<Key, MemberId> memberIdsByEmail = new HashMap<>();
    private final Map<Key, HelpOffer> offers = new HashMap<>();
    private final Map<Key, HelpRequest> requests = new HashMap<>();
    private final Map<Key, Introduction> introductions = new HashMap<>();
    private final Map<Key, ModerationCase> cases = new HashMap<>();
    private final Map<Key, Appeal> appeals = new HashMap<>();
    /** Territory and member id → the member's opt-out token. */
    private final Map<Key, String> optOutTokens = new HashMap<>();
    /** Territory and token → the member's id. */
    private final Map<Key, MemberId> optOutMembers = new HashMap<>();
    private final List<AuditEntry> auditEntries = new ArrayList<>();
    private final java.util.Set<String> auditIds = new java.util.HashSet<>();
    private final Map<String, OutboxMessage> outboxMessages = new HashMap<>();
    private final Map<String, Instant> leases = new HashMap<>();
    private final List<Consumer<HelpOffer>> offerListeners = new CopyOnWriteArrayList<>();
    private long sequence;
    private final OutboxSide outbox = new OutboxSide();

    /** Creates an empty store. */
    public InMemoryStorage() {
    }

    /**
     * Registers a listener told, after each commit, of every offer the transaction inserted or
     * updated (in the order written). Used by in-memory candidate indexes to stay current.
     * Listeners run on the committing thread, outside the lock, and must be thread-safe.
     *
     * @param listener the listener
     */
    public void addOfferListener(Consumer<HelpOffer> listener) {
        offerListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public <T> T inTransaction(Function<StorageTransaction, T> work) {
        Objects.requireNonNull(work, "work");
        List<HelpOffer> changedOffers;
        T result;
        lock.lock();
        try {
            Tx tx = new Tx();
            try {
                result = work.apply(tx);
            } catch (RuntimeException | Error e) {
                tx.rollback();
                throw e;
            } finally {
                tx.closed = true;
            }
            tx.commit();
            changedOffers = tx.changedOffers;
        } finally {
            lock.unlock();
        }
        for (HelpOffer offer : changedOffers) {
            for (Consumer<HelpOffer> l : offerListeners) {
                l.accept(offer);
            }
        }
        return result;
    }

    @Override
    public Outbox outbox() {
        return outbox;
    }

    /**
     * Every object the store holds, for tests that scan it (for example, that an erased member
     * left no personal data): territories, members, offers, requests, introductions, moderation
     * cases, appeals, opt-out tokens (as lists), audit entries and outbox messages.
     *
     * @return a snapshot
     */
    public List<Object> snapshot() {
        lock.lock();
        try {
            List<Object> all = new ArrayList<>();
            all.addAll(territories.values());
            all.addAll(members.values());
            all.addAll(offers.values());
            all.addAll(requests.values());
            all.addAll(introductions.values());
            all.addAll(cases.values());
            all.addAll(appeals.values());
            optOutTokens.forEach((key, token) -> all.add(List.of("opt-out token", key.territory(), key.id(), token)));
            all.addAll(auditEntries);
            all.addAll(outboxMessages.values());
            return all;
        } finally {
            lock.unlock();
        }
    }

    private record Key(TerritoryId territory, String id) {
    }

    private static <V> List<V> sorted(Map<Key, V> map, Predicate<V> filter, Function<V, String> id) {
        return map.values().stream().filter(filter).sorted(Comparator.comparing(id)).collect(Collectors.toList());
    }

    private final class Tx implements StorageTransaction {
        private final List<Runnable> undo = new ArrayList<>();
        private final List<OutboxMessage> appended = new ArrayList<>();
        private final List<HelpOffer> changedOffers = new ArrayList<>();
        private boolean closed;

        private void check() {
            if (closed) {
                throw new IllegalStateException("the transaction is over: do not keep it beyond inTransaction");
            }
        }

        void rollback() {
            for (int i = undo.size() - 1; i >= 0; i--) {
                undo.get(i).run();
            }
        }

        void commit() {
            for (OutboxMessage m : appended) {
                sequence++;
                OutboxMessage stored = new OutboxMessage(m.id(), m.territoryId(), sequence, m.kind(), m.type(),
                        m.payload(), m.createdAt(), m.status(), m.attempts(), m.nextAttemptAt(), m.lastError());
                outboxMessages.put(m.id(), stored);
            }
        }

        private <V> V put(Map<Key, V> map, Key key, V value) {
            check();
            V previous = map.put(key, value);
            undo.add(() -> {
                if (previous == null) {
                    map.remove(key);
                } else {
                    map.put(key, previous);
                }
            });
            return value;
        }

        private <V> V insert(Map<Key, V> map, Key key, V value, String kind) {
            check();
            if (map.containsKey(key)) {
                throw new ConflictException(kind, key.id());
            }
            return put(map, key, value);
        }

        private <V> V update(Map<Key, V> map, Key key, V value, long version, Function<V, Long> versionOf,
                Function<Long, V> withVersion, String kind) {
            check();
            V stored = map.get(key);
            if (stored == null || versionOf.apply(stored) != version) {
                throw new ConflictException(kind, key.id());
            }
            return put(map, key, withVersion.apply(version + 1));
        }

        @Override
        public TerritoryRepository territories() {
            return new TerritoryRepository() {
                @Override
                public Territory insert(Territory territory) {
                    check();
                    if (territories.containsKey(territory.id())) {
                        throw new ConflictException("territory", territory.id());
                    }
                    Territory stored = territory.withVersion(1);
                    territories.put(territory.id(), stored);
                    undo.add(() -> territories.remove(territory.id()));
                    return stored;
                }

                @Override
                public Territory update(Territory territory) {
                    check();
                    Territory previous = territories.get(territory.id());
                    if (previous == null || previous.version() != territory.version()) {
                        throw new ConflictException("territory", territory.id());
                    }
                    Territory stored = territory.withVersion(territory.version() + 1);
                    territories.put(territory.id(), stored);
                    undo.add(() -> territories.put(territory.id(), previous));
                    return stored;
                }

                @Override
                public Optional<Territory> find(TerritoryId id) {
                    check();
                    return Optional.ofNullable(territories.get(id));
                }

                @Override
                public List<Territory> all() {
                    check();
                    return List.copyOf(territories.values());
                }
            };
        }

        @Override
        public MemberRepository members() {
            return new MemberRepository() {
                private Key emailKey(Member member) {
                    return new Key(member.territoryId(), member.contact().email().toLowerCase(Locale.ROOT));
                }

                private void requireUniqueEmail(Member member) {
                    MemberId holder = memberIdsByEmail.get(emailKey(member));
                    if (holder != null && !holder.equals(member.id())) {
                        throw new ConflictException("member", "email", null);
                    }
                }

                /** Moves the member's index entry from its previous address (if any) to its current one. */
                private void index(Optional<Member> previous, Member current) {
                    previous.map(this::emailKey).filter(old -> !old.equals(emailKey(current)))
                            .filter(old -> current.id().equals(memberIdsByEmail.get(old)))
                            .ifPresent(old -> {
                                memberIdsByEmail.remove(old);
                                undo.add(() -> memberIdsByEmail.put(old, current.id()));
                            });
                    Tx.this.put(memberIdsByEmail, emailKey(current), current.id());
                }

                @Override
                public Member insert(Member member) {
                    Key key = new Key(member.territoryId(), member.id().value());
                    if (!members.containsKey(key)) {
                        requireUniqueEmail(member);
                    }
                    Member stored = Tx.this.insert(members, key, member.withVersion(1), "member");
                    index(Optional.empty(), stored);
                    return stored;
                }

                @Override
                public Member update(Member member) {
                    requireUniqueEmail(member);
                    Key key = new Key(member.territoryId(), member.id().value());
                    Optional<Member> previous = Optional.ofNullable(members.get(key));
                    Member stored = Tx.this.update(members, key, member, member.version(), Member::version,
                            member::withVersion, "member");
                    index(previous, stored);
                    return stored;
                }

                @Override
                public Optional<Member> find(TerritoryId territoryId, MemberId id) {
                    check();
                    return Optional.ofNullable(members.get(new Key(territoryId, id.value())));
                }

                @Override
                public Optional<Member> findByEmail(TerritoryId territoryId, String email) {
                    check();
                    return Optional.ofNullable(memberIdsByEmail.get(new Key(territoryId, email.toLowerCase(Locale.ROOT))))
                            .map(id -> members.get(new Key(territoryId, id.value())));
                }

                @Override
                public List<Member> all(TerritoryId territoryId) {
                    check();
                    return sorted(members, m -> m.territoryId().equals(territoryId), m -> m.id().value());
                }

                @Override
                public List<Member> inactiveSince(Instant instant) {
                    check();
                    return members.values().stream()
                            .filter(m -> m.status() != MemberStatus.ERASED && m.lastActiveAt().isBefore(instant))
                            .sorted(Comparator.comparing((Member m) -> m.territoryId().value())
                                    .thenComparing(m -> m.id().value()))
                            .collect(Collectors.toList());
                }
            };
        }

        @Override
        public OfferRepository offers() {
            return new OfferRepository() {
                @Override
                public HelpOffer insert(HelpOffer offer) {
                    HelpOffer stored = Tx.this.insert(offers, new Key(offer.territoryId(), offer.id().value()),
                            offer.withVersion(1), "offer");
                    changedOffers.add(stored);
                    return stored;
                }

                @Override
                public HelpOffer update(HelpOffer offer) {
                    HelpOffer stored = Tx.this.update(offers, new Key(offer.territoryId(), offer.id().value()), offer,
                            offer.version(), HelpOffer::version, offer::withVersion, "offer");
                    changedOffers.add(stored);
                    return stored;
                }

                @Override
                public Optional<HelpOffer> find(TerritoryId territoryId, OfferId id) {
                    check();
                    return Optional.ofNullable(offers.get(new Key(territoryId, id.value())));
                }

                @Override
                public List<HelpOffer> byHelper(TerritoryId territoryId, MemberId helperId) {
                    check();
                    return sorted(offers, o -> o.territoryId().equals(territoryId) && o.helperId().equals(helperId),
                            o -> o.id().value());
                }

                @Override
                public List<HelpOffer> published(TerritoryId territoryId, CategoryId categoryId) {
                    check();
                    return sorted(offers, o -> o.territoryId().equals(territoryId)
                            && o.categoryId().equals(categoryId) && o.status() == OfferStatus.PUBLISHED,
                            o -> o.id().value());
                }

                @Override
                public List<HelpOffer> all(TerritoryId territoryId) {
                    check();
                    return sorted(offers, o -> o.territoryId().equals(territoryId), o -> o.id().value());
                }
            };
        }

        @Override
        public RequestRepository requests() {
            return new RequestRepository() {
                @Override
                public HelpRequest insert(HelpRequest request) {
                    return Tx.this.insert(requests, new Key(request.territoryId(), request.id().value()),
                            request.withVersion(1), "request");
                }

                @Override
                public HelpRequest update(HelpRequest request) {
                    return Tx.this.update(requests, new Key(request.territoryId(), request.id().value()), request,
                            request.version(), HelpRequest::version, request::withVersion, "request");
                }

                @Override
                public Optional<HelpRequest> find(TerritoryId territoryId, RequestId id) {
                    check();
                    return Optional.ofNullable(requests.get(new Key(territoryId, id.value())));
                }

                @Override
                public List<HelpRequest> byRequester(TerritoryId territoryId, MemberId requesterId) {
                    check();
                    return sorted(requests,
                            r -> r.territoryId().equals(territoryId) && r.requesterId().equals(requesterId),
                            r -> r.id().value());
                }

                @Override
                public List<HelpRequest> byStatus(TerritoryId territoryId, RequestStatus status) {
                    check();
                    return sorted(requests, r -> r.territoryId().equals(territoryId) && r.status() == status,
                            r -> r.id().value());
                }

                @Override
                public List<HelpRequest> all(TerritoryId territoryId) {
                    check();
                    return sorted(requests, r -> r.territoryId().equals(territoryId), r -> r.id().value());
                }

                @Override
                public List<HelpRequest> openExpiringBy(Instant instant) {
                    check();
                    return requests.values().stream()
                            .filter(r -> (r.status() == RequestStatus.OPEN || r.status() == RequestStatus.PENDING_REVIEW)
                                    && !r.expiresAt().isAfter(instant))
                            .sorted(Comparator.comparing((HelpRequest r) -> r.territoryId().value())
                                    .thenComparing(r -> r.id().value()))
                            .collect(Collectors.toList());
                }
            };
        }

        @Override
        public IntroductionRepository introductions() {
            return new IntroductionRepository() {
                @Override
                public Introduction insert(Introduction introduction) {
                    return Tx.this.insert(introductions,
                            new Key(introduction.territoryId(), introduction.id().value()),
                            introduction.withVersion(1), "introduction");
                }

                @Override
                public Introduction update(Introduction introduction) {
                    return Tx.this.update(introductions,
                            new Key(introduction.territoryId(), introduction.id().value()), introduction,
                            introduction.version(), Introduction::version, introduction::withVersion,
                            "introduction");
                }

                @Override
                public Optional<Introduction> find(TerritoryId territoryId, IntroductionId id) {
                    check();
                    return Optional.ofNullable(introductions.get(new Key(territoryId, id.value())));
                }

                @Override
                public List<Introduction> byRequest(TerritoryId territoryId, RequestId requestId) {
                    check();
                    return sorted(introductions,
                            i -> i.territoryId().equals(territoryId) && i.requestId().equals(requestId),
                            i -> i.id().value());
                }

                @Override
                public List<Introduction> byMember(TerritoryId territoryId, MemberId memberId) {
                    check();
                    return sorted(introductions, i -> i.territoryId().equals(territoryId) && i.involves(memberId),
                            i -> i.id().value());
                }

                @Override
                public List<Introduction> all(TerritoryId territoryId) {
                    check();
                    return sorted(introductions, i -> i.territoryId().equals(territoryId), i -> i.id().value());
                }

                @Override
                public List<Introduction> proposedExpiringBy(Instant instant) {
                    check();
                    return introductions.values().stream()
                            .filter(i -> i.status() == IntroductionStatus.PROPOSED && !i.expiresAt().isAfter(instant))
                            .sorted(Comparator.comparing((Introduction i) -> i.territoryId().value())
                                    .thenComparing(i -> i.id().value()))
                            .collect(Collectors.toList());
                }
            };
        }

        @Override
        public ModerationCaseRepository moderationCases() {
            return new ModerationCaseRepository() {
                @Override
                public ModerationCase insert(ModerationCase c) {
                    return Tx.this.insert(cases, new Key(c.territoryId(), c.id().value()), c.withVersion(1),
                            "moderation case");
                }

                @Override
                public ModerationCase update(ModerationCase c) {
                    return Tx.this.update(cases, new Key(c.territoryId(), c.id().value()), c, c.version(),
                            ModerationCase::version, c::withVersion, "moderation case");
                }

                @Override
                public Optional<ModerationCase> find(TerritoryId territoryId, ModerationCaseId id) {
                    check();
                    return Optional.ofNullable(cases.get(new Key(territoryId, id.value())));
                }

                @Override
                public List<ModerationCase> queue(TerritoryId territoryId, Optional<CaseStatus> status,
                        Optional<ModerationSubject.Kind> kind, Optional<CaseOrigin> origin) {
                    check();
                    return cases.values().stream()
                            .filter(c -> c.territoryId().equals(territoryId))
                            .filter(c -> status.map(st -> st == c.status()).orElse(true))
                            .filter(c -> kind.map(k -> k == c.subject().kind()).orElse(true))
                            .filter(c -> origin.map(o -> o == c.origin()).orElse(true))
                            .sorted(Comparator.comparing((ModerationCase c) -> !c.urgent())
                                    .thenComparing(ModerationCase::openedAt)
                                    .thenComparing(c -> c.id().value()))
                            .collect(Collectors.toList());
                }

                @Override
                public List<ModerationCase> bySubject(TerritoryId territoryId, ModerationSubject subject) {
                    check();
                    return sorted(cases, c -> c.territoryId().equals(territoryId) && c.subject().equals(subject),
                            c -> c.id().value());
                }

                @Override
                public List<ModerationCase> involving(TerritoryId territoryId, MemberId memberId) {
                    check();
                    return sorted(cases, c -> c.territoryId().equals(territoryId)
                            && (c.concernedMemberId().equals(memberId)
                                    || c.reporterId().map(memberId::equals).orElse(false)),
                            c -> c.id().value());
                }

                @Override
                public long reportsSince(TerritoryId territoryId, MemberId reporterId, Instant since) {
                    check();
                    return cases.values().stream()
                            .filter(c -> c.territoryId().equals(territoryId)
                                    && c.reporterId().map(reporterId::equals).orElse(false)
                                    && !c.openedAt().isBefore(since))
                            .count();
                }
            };
        }

        @Override
        public AppealRepository appeals() {
            return new AppealRepository() {
                @Override
                public Appeal insert(Appeal appeal) {
                    return Tx.this.insert(appeals, new Key(appeal.territoryId(), appeal.id().value()),
                            appeal.withVersion(1), "appeal");
                }

                @Override
                public Appeal update(Appeal appeal) {
                    return Tx.this.update(appeals, new Key(appeal.territoryId(), appeal.id().value()), appeal,
                            appeal.version(), Appeal::version, appeal::withVersion, "appeal");
                }

                @Override
                public Optional<Appeal> find(TerritoryId territoryId, AppealId id) {
                    check();
                    return Optional.ofNullable(appeals.get(new Key(territoryId, id.value())));
                }

                @Override
                public List<Appeal> all(TerritoryId territoryId) {
                    check();
                    return appeals.values().stream().filter(a -> a.territoryId().equals(territoryId))
                            .sorted(Comparator.comparing(Appeal::createdAt).thenComparing(a -> a.id().value())
                                    .reversed())
                            .collect(Collectors.toList());
                }

                @Override
                public long createdSince(TerritoryId territoryId, Instant since) {
                    check();
                    return appeals.values().stream()
                            .filter(a -> a.territoryId().equals(territoryId) && !a.createdAt().isBefore(since))
                            .count();
                }

                @Override
                public void insertOptOutToken(TerritoryId territoryId, MemberId memberId, String token) {
                    check();
                    Objects.requireNonNull(token, "token");
                    Key byMember = new Key(territoryId, memberId.value());
                    Key byToken = new Key(territoryId, token);
                    if (optOutTokens.containsKey(byMember) || optOutMembers.containsKey(byToken)) {
                        throw new ConflictException("opt-out token", memberId.value());
                    }
                    put(optOutTokens, byMember, token);
                    put(optOutMembers, byToken, memberId);
                }

                @Override
                public boolean deleteOptOutToken(TerritoryId territoryId, MemberId memberId) {
                    check();
                    Key byMember = new Key(territoryId, memberId.value());
                    String token = optOutTokens.remove(byMember);
                    if (token == null) {
                        return false;
                    }
                    Key byToken = new Key(territoryId, token);
                    optOutMembers.remove(byToken);
                    undo.add(() -> {
                        optOutTokens.put(byMember, token);
                        optOutMembers.put(byToken, memberId);
                    });
                    return true;
                }

                @Override
                public Map<MemberId, String> optOutTokens(TerritoryId territoryId,
                        java.util.Collection<MemberId> memberIds) {
                    check();
                    Map<MemberId, String> found = new HashMap<>();
                    for (MemberId id : memberIds) {
                        String token = optOutTokens.get(new Key(territoryId, id.value()));
                        if (token != null) {
                            found.put(id, token);
                        }
                    }
                    return found;
                }

                @Override
                public Optional<MemberId> optOutMember(TerritoryId territoryId, String token) {
                    check();
                    return Optional.ofNullable(optOutMembers.get(new Key(territoryId, token)));
                }
            };
        }

        @Override
        public AuditTrail audit() {
            return new AuditTrail() {
                @Override
                public void append(AuditEntry entry) {
                    check();
                    Objects.requireNonNull(entry, "entry");
                    if (!auditIds.add(entry.id())) {
                        throw new ConflictException("audit entry", entry.id());
                    }
                    auditEntries.add(entry);
                    undo.add(() -> {
                        auditEntries.remove(entry);
                        auditIds.remove(entry.id());
                    });
                }

                private List<AuditEntry> select(Predicate<AuditEntry> filter) {
                    check();
                    return auditEntries.stream().filter(filter)
                            .sorted(Comparator.comparing(AuditEntry::at).thenComparing(AuditEntry::id))
                            .collect(Collectors.toList());
                }

                @Override
                public List<AuditEntry> between(TerritoryId territoryId, Instant from, Instant to) {
                    return select(e -> e.territoryId().equals(territoryId) && !e.at().isBefore(from)
                            && e.at().isBefore(to));
                }

                @Override
                public List<AuditEntry> concerning(TerritoryId territoryId, MemberId memberId) {
                    return select(e -> e.territoryId().equals(territoryId)
                            && e.concernedMemberId().map(memberId::equals).orElse(false));
                }
            };
        }

        @Override
        public OutboxWriter outbox() {
            return new OutboxWriter() {
                @Override
                public void append(OutboxMessage message) {
                    check();
                    Objects.requireNonNull(message, "message");
                    if (outboxMessages.containsKey(message.id())
                            || appended.stream().anyMatch(m -> m.id().equals(message.id()))) {
                        throw new ConflictException("outbox message", message.id());
                    }
                    appended.add(message);
                }

                @Override
                public List<OutboxMessage> notificationsMentioning(TerritoryId territoryId, String text) {
                    check();
                    if (text.isBlank()) {
                        throw new IllegalArgumentException("text must not be blank");
                    }
                    return outboxMessages.values().stream()
                            .filter(m -> m.territoryId().equals(territoryId)
                                    && m.kind() == OutboxMessage.Kind.NOTIFICATION && m.payload().contains(text))
                            .sorted(Comparator.comparingLong(OutboxMessage::sequence))
                            .collect(Collectors.toList());
                }

                @Override
                public List<OutboxMessage> sent(String type, Instant createdBefore) {
                    check();
                    return outboxMessages.values().stream()
                            .filter(m -> m.type().equals(type) && m.status() == OutboxMessage.Status.SENT
                                    && m.createdAt().isBefore(createdBefore))
                            .sorted(Comparator.comparingLong(OutboxMessage::sequence))
                            .collect(Collectors.toList());
                }

                @Override
                public void delete(String id) {
                    check();
                    OutboxMessage previous = outboxMessages.remove(Objects.requireNonNull(id, "id"));
                    if (previous != null) {
                        Instant lease = leases.remove(id);
                        undo.add(() -> {
                            outboxMessages.put(id, previous);
                            if (lease != null) {
                                leases.put(id, lease);
                            }
                        });
                    }
                }
            };
        }
    }

    private final class OutboxSide implements Outbox {
        private <T> T locked(java.util.function.Supplier<T> work) {
            lock.lock();
            try {
                return work.get();
            } finally {
                lock.unlock();
            }
        }

        @Override
        public List<OutboxMessage> claim(int max, Instant now, Duration lease) {
            if (max < 1) {
                throw new IllegalArgumentException("max must be at least 1, was " + max);
            }
            Objects.requireNonNull(now, "now");
            Objects.requireNonNull(lease, "lease");
            return locked(() -> {
                List<OutboxMessage> due = outboxMessages.values().stream()
                        .filter(m -> m.status() == OutboxMessage.Status.PENDING && !m.nextAttemptAt().isAfter(now))
                        .filter(m -> {
                            Instant until = leases.get(m.id());
                            return until == null || !until.isAfter(now);
                        })
                        .sorted(Comparator.comparingLong(OutboxMessage::sequence))
                        .limit(max)
                        .collect(Collectors.toList());
                for (OutboxMessage m : due) {
                    leases.put(m.id(), now.plus(lease));
                }
                return due;
            });
        }

        private void replace(String id, Function<OutboxMessage, OutboxMessage> change) {
            OutboxMessage m = outboxMessages.get(Objects.requireNonNull(id, "id"));
            if (m != null) {
                outboxMessages.put(id, change.apply(m));
                leases.remove(id);
            }
        }

        @Override
        public void markSent(String id, Instant now) {
            locked(() -> {
                // Idempotent: a second call (a relay retrying its acknowledgement) counts no other attempt.
                replace(id, m -> m.status() == OutboxMessage.Status.SENT ? m
                        : new OutboxMessage(m.id(), m.territoryId(), m.sequence(), m.kind(), m.type(), m.payload(),
                                m.createdAt(), OutboxMessage.Status.SENT, m.attempts() + 1, now, m.lastError()));
                return null;
            });
        }

        @Override
        public void markFailed(String id, Instant nextAttemptAt, String error) {
            locked(() -> {
                replace(id, m -> m.status() != OutboxMessage.Status.PENDING ? m
                        : new OutboxMessage(m.id(), m.territoryId(), m.sequence(), m.kind(), m.type(), m.payload(),
                                m.createdAt(), m.status(), m.attempts() + 1, nextAttemptAt, Optional.of(error)));
                return null;
            });
        }

        @Override
        public void markDead(String id, Instant now, String error) {
            locked(() -> {
                replace(id, m -> new OutboxMessage(m.id(), m.territoryId(), m.sequence(), m.kind(), m.type(),
                        m.payload(), m.createdAt(), OutboxMessage.Status.DEAD, m.attempts() + 1, now,
                        Optional.of(error)));
                return null;
            });
        }

        @Override
        public boolean requeue(String id, Instant now) {
            return locked(() -> {
                OutboxMessage m = outboxMessages.get(Objects.requireNonNull(id, "id"));
                if (m == null || m.status() != OutboxMessage.Status.DEAD) {
                    return false;
                }
                outboxMessages.put(id, new OutboxMessage(m.id(), m.territoryId(), m.sequence(), m.kind(), m.type(),
                        m.payload(), m.createdAt(), OutboxMessage.Status.PENDING, m.attempts(), now, m.lastError()));
                return true;
            });
        }

        @Override
        public Optional<OutboxMessage> find(String id) {
            return locked(() -> Optional.ofNullable(outboxMessages.get(Objects.requireNonNull(id, "id"))));
        }

        @Override
        public List<OutboxMessage> dead(TerritoryId territoryId) {
            return locked(() -> outboxMessages.values().stream()
                    .filter(m -> m.territoryId().equals(territoryId) && m.status() == OutboxMessage.Status.DEAD)
                    .sorted(Comparator.comparingLong(OutboxMessage::sequence))
                    .collect(Collectors.toList()));
        }

        @Override
        public long pendingCount() {
            return locked(() -> outboxMessages.values().stream()
                    .filter(m -> m.status() == OutboxMessage.Status.PENDING).count());
        }

        @Override
        public Optional<Instant> oldestPendingCreatedAt() {
            return locked(() -> outboxMessages.values().stream()
                    .filter(m -> m.status() == OutboxMessage.Status.PENDING)
                    .map(OutboxMessage::createdAt).min(Comparator.naturalOrder()));
        }

        @Override
        public long deadCount() {
            return locked(() -> outboxMessages.values().stream()
                    .filter(m -> m.status() == OutboxMessage.Status.DEAD).count());
        }
    }
}
