package io.github.entraide;

import io.github.entraide.internal.CommandValidator;
import io.github.entraide.internal.Engine;
import io.github.entraide.matching.InMemoryCandidateIndex;
import io.github.entraide.matching.MatchingPolicies;
import io.github.entraide.memory.InMemoryStorage;
import io.github.entraide.memory.RandomIdGenerator;
import io.github.entraide.service.AppealService;
import io.github.entraide.service.IntroductionService;
import io.github.entraide.service.MaintenanceService;
import io.github.entraide.service.MemberService;
import io.github.entraide.service.ModerationService;
import io.github.entraide.service.OfferService;
import io.github.entraide.service.PrivacyService;
import io.github.entraide.service.RequestService;
import io.github.entraide.service.StatisticsService;
import io.github.entraide.service.TerritoryService;
import io.github.entraide.service.MatchingService;
import io.github.entraide.spi.CandidateSource;
import io.github.entraide.spi.IdGenerator;
import io.github.entraide.spi.Storage;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Entry point of the library: the mutual-aid use cases, grouped by concern, over the adapters
 * given to {@link #builder()}.
 *
 * <pre>{@code
 * Entraide entraide = Entraide.builder()
 *         .storage(new InMemoryStorage())   // or a JdbcStorage
 *         .clock(Clock.systemUTC())
 *         .build();
 * entraide.requests().file(Actor.member(territoryId, memberId), FileRequest.builder(territoryId)
 *         .requesterId(memberId).categoryId("groceries").freeText("Pain et lait")
 *         .commune("38185").build());
 * }</pre>
 *
 * <p>Every use case takes the {@link io.github.entraide.domain.Actor} the portal authenticated,
 * validates its command before anything else, and refuses what the actor may not do. An
 * instance is immutable and thread-safe; build one per application and share it.
 */
public final class Entraide {
    private final Storage storage;
    private final Clock clock;
    private final TerritoryService territories;
    private final MemberService members;
    private final OfferService offers;
    private final RequestService requests;
    private final IntroductionService introductions;
    private final MaintenanceService maintenance;
    private final ModerationService moderation;
    private final PrivacyService privacy;
    private final StatisticsService statistics;
    private final MatchingService matching;
    private final AppealService appeals;

    private Entraide(Builder b) {
        this.storage = b.storage;
        this.clock = b.clock;
        Engine engine = new Engine(b.storage, b.clock, b.ids, new CommandValidator());
        this.territories = new TerritoryService(engine);
        this.members = new MemberService(engine);
        this.introductions = new IntroductionService(engine);
        this.moderation = new ModerationService(engine, introductions);
        this.offers = new OfferService(engine, moderation);
        this.requests = new RequestService(engine, introductions, moderation);
        this.privacy = new PrivacyService(engine, introductions);
        this.maintenance = new MaintenanceService(engine, introductions, requests, privacy);
        this.statistics = new StatisticsService(engine);
        this.matching = new MatchingService(engine, introductions, b.policies, Optional.ofNullable(b.candidateSource));
        this.appeals = new AppealService(engine);
    }

    /**
     * Starts configuring an instance. Defaults: in-memory storage, the system UTC clock, random
     * ULID-like identifiers.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return matching: candidates or proposals under the territory's mode, batch assignment */
    public MatchingService matching() {
        return matching;
    }

    /** @return crisis appeals: a moderator reaches the helpers who opted in; one-click opt-out */
    public AppealService appeals() {
        return appeals;
    }

    /** @return territory use cases: create, configure, read */
    public TerritoryService territories() {
        return territories;
    }

    /** @return member use cases: register, profile, consents, verification */
    public MemberService members() {
        return members;
    }

    /** @return offer use cases: publish, edit, pause, resume, withdraw */
    public OfferService offers() {
        return offers;
    }

    /** @return request use cases: file, cancel, read */
    public RequestService requests() {
        return requests;
    }

    /** @return introduction use cases: propose, accept, decline, cancel, confirm completion */
    public IntroductionService introductions() {
        return introductions;
    }

    /** @return scheduled work: expiry of proposals and stale requests, retention ({@code purgeExpired}) */
    public MaintenanceService maintenance() {
        return maintenance;
    }

    /** @return moderation use cases: reports, queue, decisions, audit trail */
    public ModerationService moderation() {
        return moderation;
    }

    /** @return personal data rights: export and erasure */
    public PrivacyService privacy() {
        return privacy;
    }

    /** @return statistics of a territory for a period, and their open-data CSV */
    public StatisticsService statistics() {
        return statistics;
    }

    /** @return the storage this instance runs on */
    public Storage storage() {
        return storage;
    }

    /** @return the clock this instance reads time from */
    public Clock clock() {
        return clock;
    }

    /**
     * Configures an {@link Entraide}. Not thread-safe; build once.
     */
    public static final class Builder {
        private Storage storage;
        private Clock clock = Clock.systemUTC();
        private IdGenerator ids;
        private MatchingPolicies policies = MatchingPolicies.standard();
        private CandidateSource candidateSource;

        private Builder() {
        }

        /**
         * The storage (default: a new {@link InMemoryStorage}).
         *
         * @param storage the storage
         * @return this builder
         */
        public Builder storage(Storage storage) {
            this.storage = Objects.requireNonNull(storage, "storage");
            return this;
        }

        /**
         * The clock every use case reads time from (default: system UTC). Tests pass a fixed or
         * movable clock to drive expiry and retention.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * How identifiers are made (default: {@link RandomIdGenerator}).
         *
         * @param ids the generator
         * @return this builder
         */
        public Builder idGenerator(IdGenerator ids) {
            this.ids = Objects.requireNonNull(ids, "ids");
            return this;
        }

        /**
         * The matching policy of each territory (default: {@link MatchingPolicies#standard()}).
         *
         * @param policies the policies
         * @return this builder
         */
        public Builder matchingPolicies(MatchingPolicies policies) {
            this.policies = Objects.requireNonNull(policies, "policies");
            return this;
        }

        /**
         * Where online matching finds candidates (default: an {@link InMemoryCandidateIndex} kept
         * current with an {@link InMemoryStorage}; for another storage, the published offers read
         * in the transaction and ranked by brute force). Must return exactly what
         * {@link io.github.entraide.matching.BruteForceCandidateSource} returns.
         *
         * @param candidateSource the source
         * @return this builder
         */
        public Builder candidateSource(CandidateSource candidateSource) {
            this.candidateSource = Objects.requireNonNull(candidateSource, "candidateSource");
            return this;
        }

        /**
         * Builds the instance.
         *
         * @return the instance
         */
        public Entraide build() {
            if (storage == null) {
                storage = new InMemoryStorage();
            }
            if (ids == null) {
                ids = new RandomIdGenerator(clock);
            }
            if (candidateSource == null && storage instanceof InMemoryStorage memory) {
                candidateSource = InMemoryCandidateIndex.attachedTo(memory);
            }
            return new Entraide(this);
        }
    }
}
