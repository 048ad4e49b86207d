package io.github.entraide.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.entraide.RuleRefusedException;
import io.github.entraide.command.ConfirmCompletion;
import io.github.entraide.command.FileRequest;
import io.github.entraide.command.IntroductionRef;
import io.github.entraide.command.ProposeIntroduction;
import io.github.entraide.command.PublishOffer;
import io.github.entraide.command.RequestRef;
import io.github.entraide.domain.Actor;
import io.github.entraide.domain.CategoryCatalogue;
import io.github.entraide.domain.CategoryId;
import io.github.entraide.domain.Commune;
import io.github.entraide.domain.GeoPoint;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.Introduction;
import io.github.entraide.domain.IntroductionId;
import io.github.entraide.domain.IntroductionStatus;
import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.MemberRole;
import io.github.entraide.domain.OfferId;
import io.github.entraide.domain.OnBehalfOf;
import io.github.entraide.domain.ProxyRelationship;
import io.github.entraide.domain.RateLimits;
import io.github.entraide.domain.RequestId;
import io.github.entraide.domain.RequestStatus;
import io.github.entraide.domain.Territory;
import io.github.entraide.domain.TerritorySettings;
import io.github.entraide.domain.Timing;
import io.github.entraide.domain.Urgency;
import io.github.entraide.domain.WeeklyAvailability;
import io.github.entraide.event.DomainEvent;
import io.github.entraide.event.IntroductionEvent;
import io.github.entraide.event.RequestEvent;
import io.github.entraide.internal.Json;
import io.github.entraide.notification.ContactsSharedNotice;
import io.github.entraide.notification.IntroductionProposedNotice;
import io.github.entraide.notification.Notification;
import io.github.entraide.notification.ProposalExpiredNotice;
import io.github.entraide.service.ContactCard;
import io.github.entraide.service.IntroductionView;
import io.github.entraide.service.MemberView;
import io.github.entraide.spi.OutboxMessage;
import io.github.entraide.testkit.GrenobleFixture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import io.github.entraide.command.FileRequest;
import io.github.entraide.command.IntroductionRef;
import io.github.entraide.command.MatchRequest;
import io.github.entraide.command.MemberRef;
import io.github.entraide.command.StatisticsQuery;
import io.github.entraide.domain.GeoPoint;
import io.github.entraide.domain.Timing;
import io.github.entraide.privacy.MemberExport;
import io.github.entraide.statistics.TerritoryStatistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The launch of Grenoble-Alpes Métropole's platform, at scale, on in-memory adapters: 2,000
 * helpers spread over the 49 communes by population, offering the launch's categories in its
 * proportions; requests filed by residents and by proxies; introductions proposed, accepted,
 * declined, expired, cancelled and completed, and a second round for the requests reopened.
 * Helpers give their year of birth (a few are 16 or 17 and may not help a minor); the territory
 * allows launch-day volumes of requests and proposals to the social workers and municipal agents
 * filing for many people.
 *
 * <p>The scenario runs once; each test checks one promise against what it recorded: contact
 * details only inside accepted introductions, helper capacity never exceeded, events in commit
 * order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GrenobleScenarioTest {
    private static final int HELPERS = GrenobleFixture.LAUNCH_REGISTRATIONS;
    private static final int OTHER_OFFERS_EACH = 50;
    private static final int REQUESTS = 600;
    private static final int OTHER_REQUESTS_EACH = 10;
    private static final Actor DISPATCHER = Actor.moderator(GrenobleFixture.TERRITORY_ID, "dispatch-1");
    private static final List<String> FIRST_NAMES = List.of("Madeleine", "Marcel", "Yvette", "Ahmed", "Lucienne",
            "Jean-Paul", "Fatima", "Odette");
    private static final List<String> CHILDREN = List.of("Léa", "Hugo", "Inès", "Nathan", "Jade", "Adam");
    /**
     * Launch day: a social worker or a municipal agent files (and proposes) for a dozen people or
     * more, far beyond a resident's default of five requests a day.
     */
    private static final RateLimits LAUNCH_DAY_LIMITS = new RateLimits(100, 10, 100);
    /** The year the scenario runs in (ages are counted in it). */
    private static final int YEAR = World.START.atZone(java.time.ZoneOffset.UTC).getYear();
    /** Minimum age of a helper of a minor under the default safeguarding policy. */
    private static final int ADULT = 18;

    /** What the scenario planned for one introduction of the first round. */
    private enum Outcome {
        COMPLETE, ACCEPT, ACCEPT_THEN_REQUEST_CANCELLED, DECLINE, EXPIRE, CANCEL_PROPOSED, CANCEL_ACCEPTED
    }

    private static final List<Outcome> PLAN = List.of(Outcome.COMPLETE, Outcome.COMPLETE, Outcome.COMPLETE,
            Outcome.ACCEPT, Outcome.ACCEPT_THEN_REQUEST_CANCELLED, Outcome.DECLINE, Outcome.DECLINE, Outcome.EXPIRE,
            Outcome.EXPIRE, Outcome.CANCEL_PROPOSED, Outcome.CANCEL_ACCEPTED);

    /** One view of an introduction, as one side saw it at one moment. */
    private record Seen(IntroductionId id, IntroductionStatus status, MemberRole viewer, MemberView counterpart,
            Optional<ContactCard> contact, Optional<String> onBehalfOf) {
    }

    private final World world = new World();
    private final Random random = new Random(20200317);
    /** Years of birth come from their own sequence, so the rest of the scenario draws what it always drew. */
    private final Random births = new Random(19460101);
    private final Map<MemberId, Integer> bornIn = new HashMap<>();
    private Territory territory;
    private final Map<MemberId, MemberView> members = new HashMap<>();
    private final List<MemberView> helpers = new ArrayList<>();
    private final Map<CategoryId, Integer> offersByCategory = new LinkedHashMap<>();
    private final Map<IntroductionId, Outcome> planned = new HashMap<>();
    private final Map<RequestId, HelpRequest> filed = new LinkedHashMap<>();
    private final Map<IntroductionId, Introduction> introductions = new LinkedHashMap<>();
    private final Set<IntroductionId> everAccepted = new HashSet<>();
    private final Set<IntroductionId> expectedToExpire = new HashSet<>();
    private final List<Seen> seen = new ArrayList<>();
    private final List<IntroductionView> seenByModerator = new ArrayList<>();
    private final Map<String, List<Object>> snapshots = new LinkedHashMap<>();
    private final EnumMap<ProxyRelationship, Integer> proxies = new EnumMap<>(ProxyRelationship.class);
    private int refusedAtCapacity;
    private int refusedTooYoung;
    private int unmatched;
    private int expiredProposals;
    private int expiredRequests;
    private int openBeforeStaleExpiry;
    private long pendingBeforeClaim;
    private List<OutboxMessage> claimed;

    @BeforeAll
    void runTheLaunch() {
        territory = world.createGrenoble(TerritorySettings.defaults().withRateLimits(LAUNCH_DAY_LIMITS));
        registerHelpers();
        snapshots.put("offers published", world.snapshot());

        world.clock.advance(Duration.ofMinutes(10));
        fileRequests();
        proposeFirstRound();
        snapshots.put("first round proposed", world.snapshot());

        world.clock.advance(Duration.ofHours(2));
        answerFirstRound();
        snapshots.put("helpers answered", world.snapshot());

        world.clock.advance(Duration.ofHours(20));
        completeHelpGiven();
        snapshots.put("help completed", world.snapshot());

        world.clock.advance(Duration.ofHours(27)); // 49 h 10 min after the proposals: past the 48 h delay
        expiredProposals = world.entraide.maintenance().expireProposals(World.SYSTEM);
        refreshAll();
        snapshots.put("proposals expired", world.snapshot());

        world.clock.advance(Duration.ofHours(1));
        proposeSecondRound();
        snapshots.put("second round accepted", world.snapshot());

        world.clock.advance(Duration.ofDays(15)); // past the 14-day request expiry
        openBeforeStaleExpiry = world.storage.inTransaction(
                tx -> tx.requests().byStatus(World.GRENOBLE_ID, RequestStatus.OPEN)).size();
        expiredRequests = world.entraide.maintenance().expireStaleRequests(World.SYSTEM);
        snapshots.put("stale requests expired", world.snapshot());

        pendingBeforeClaim = world.storage.outbox().pendingCount();
        claimed = world.claimAll();
    }

    // ---------------------------------------------------------------- the scenario

    private void registerHelpers() {
        List<Commune> communes = GrenobleFixture.communes();
        int[] spread = GrenobleFixture.spreadByPopulation(HELPERS);
        List<CategoryId> categories = launchCategories();
        int n = 0;
        for (int c = 0; c < communes.size(); c++) {
            Commune commune = communes.get(c);
            for (int k = 0; k < spread[c]; k++, n++) {
                boolean alsoBeneficiary = random.nextInt(10) == 0;
                int yearOfBirth = yearOfBirth();
                MemberView helper = world.register(World.GRENOBLE, "Aidant " + n, commune.inseeCode(),
                        Optional.of(near(commune.centroid())), random.nextInt(10) == 0 ? "en" : "fr",
                        random.nextBoolean() ? Optional.of(String.format("06 %02d %02d %02d %02d", n % 97, n % 89,
                                n % 83, n % 79)) : Optional.empty(), Optional.of(yearOfBirth),
                        alsoBeneficiary ? new MemberRole[] {MemberRole.HELPER, MemberRole.BENEFICIARY}
                                : new MemberRole[] {MemberRole.HELPER});
                members.put(helper.id(), helper);
                helpers.add(helper);
                bornIn.put(helper.id(), yearOfBirth);
                CategoryId category = categories.get(n);
                world.entraide.offers().publish(World.actor(helper), new PublishOffer(World.GRENOBLE,
                        helper.id().value(), category.value(), 1 + random.nextInt(10), WeeklyAvailability.always(),
                        languages(), 1 + random.nextInt(3), "Je peux aider, bénévolement."));
                offersByCategory.merge(category, 1, Integer::sum);
            }
        }
    }

    /**
     * A helper's year of birth: mostly adults of every age, and about one in thirty a 16- or
     * 17-year-old (old enough to help, not to help a minor).
     */
    private int yearOfBirth() {
        return births.nextInt(30) == 0 ? YEAR - 1 - 16 - births.nextInt(2) : YEAR - 1 - 20 - births.nextInt(60);
    }

    /** Whether the offer's helper may help a minor: 18 or more, counted as the youngest they can be. */
    private boolean mayHelpMinor(HelpOffer offer) {
        return YEAR - bornIn.get(offer.helperId()) - 1 >= ADULT;
    }

    /** The 2,000 offers: launch proportions for the three big categories, and some "other" help. */
    private List<CategoryId> launchCategories() {
        List<CategoryId> categories = new ArrayList<>();
        int big = HELPERS - 2 * OTHER_OFFERS_EACH;
        addScaled(categories, big);
        for (int i = 0; i < OTHER_OFFERS_EACH; i++) {
            categories.add(CategoryCatalogue.PET_WALKING);
            categories.add(CategoryCatalogue.IT_HELP);
        }
        java.util.Collections.shuffle(categories, random);
        return categories;
    }

    /** Adds {@code total} categories in the launch proportions (largest remainders). */
    private static void addScaled(List<CategoryId> into, int total) {
        Map<String, Integer> demand = GrenobleFixture.LAUNCH_DEMAND;
        int sum = demand.values().stream().mapToInt(Integer::intValue).sum();
        List<String> keys = List.of("groceries", "conversation", "homework");
        int[] counts = new int[3];
        double[] rest = new double[3];
        int assigned = 0;
        for (int i = 0; i < 3; i++) {
            double exact = (double) total * demand.get(keys.get(i)) / sum;
            counts[i] = (int) exact;
            rest[i] = exact - counts[i];
            assigned += counts[i];
        }
        while (assigned < total) {
            int best = rest[0] >= rest[1] && rest[0] >= rest[2] ? 0 : rest[1] >= rest[2] ? 1 : 2;
            counts[best]++;
            rest[best] = -1;
            assigned++;
        }
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < counts[i]; k++) {
                into.add(CategoryId.of(keys.get(i)));
            }
        }
    }

    private Set<String> languages() {
        int r = random.nextInt(20);
        return r < 14 ? Set.of("fr") : r < 18 ? Set.of("fr", "en") : r < 19 ? Set.of("fr", "ar") : Set.of("en");
    }

    private GeoPoint near(GeoPoint centroid) {
        return GeoPoint.of(centroid.latitude() + (random.nextDouble() - 0.5) * 0.04,
                centroid.longitude() + (random.nextDouble() - 0.5) * 0.05);
    }

    private void fileRequests() {
        List<CategoryId> categories = new ArrayList<>();
        addScaled(categories, REQUESTS);
        for (int i = 0; i < OTHER_REQUESTS_EACH; i++) {
            categories.add(CategoryCatalogue.PET_WALKING);
            categories.add(CategoryCatalogue.IT_HELP);
            categories.add(CategoryCatalogue.MASK_MAKING); // nobody offers it: these requests go unmatched
        }
        java.util.Collections.shuffle(categories, random);
        // A few social workers and municipal agents file for many people each.
        List<MemberView> socialWorkers = new ArrayList<>();
        List<MemberView> agents = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            socialWorkers.add(resident("Travailleuse sociale " + i, GrenobleFixture.GRENOBLE));
            agents.add(resident("Agent municipal " + i, GrenobleFixture.ECHIROLLES));
        }
        int n = 0;
        for (CategoryId category : categories) {
            Commune where = GrenobleFixture.communeByPopulation(random);
            MemberView requester;
            Optional<OnBehalfOf> onBehalf;
            if (category.equals(CategoryCatalogue.HOMEWORK)) {
                requester = resident("Parent " + n, where.inseeCode());
                onBehalf = Optional.of(new OnBehalfOf(CHILDREN.get(n % CHILDREN.size()),
                        ProxyRelationship.PARENT_OR_GUARDIAN, true));
            } else {
                int who = random.nextInt(10);
                String firstName = FIRST_NAMES.get(n % FIRST_NAMES.size());
                if (who < 6 || category.equals(CategoryCatalogue.IT_HELP)) {
                    requester = resident("Habitant " + n, where.inseeCode());
                    onBehalf = Optional.empty();
                } else if (who < 8) {
                    requester = resident("Proche " + n, where.inseeCode());
                    onBehalf = Optional.of(new OnBehalfOf(firstName, ProxyRelationship.RELATIVE, false));
                } else if (who < 9) {
                    requester = socialWorkers.get(n % socialWorkers.size());
                    onBehalf = Optional.of(new OnBehalfOf(firstName, ProxyRelationship.SOCIAL_WORKER, false));
                } else {
                    requester = agents.get(n % agents.size());
                    onBehalf = Optional.of(new OnBehalfOf(firstName, ProxyRelationship.MUNICIPAL_AGENT, false));
                }
            }
            onBehalf.ifPresent(o -> proxies.merge(o.relationship(), 1, Integer::sum));
            HelpRequest request = world.entraide.requests().file(World.actor(requester), new FileRequest(
                    World.GRENOBLE, requester.id().value(), category.value(),
                    "Bonjour, un coup de main serait le bienvenu. Merci d'avance !", where.inseeCode(),
                    Optional.of(near(where.centroid())), Timing.asSoonAsPossible(),
                    n % 7 == 0 ? Urgency.HIGH : Urgency.NORMAL, Set.of(), onBehalf, false));
            filed.put(request.id(), request);
            n++;
        }
    }

    private MemberView resident(String name, String insee) {
        MemberView m = world.register(World.GRENOBLE, name, insee, Optional.empty(), "fr",
                random.nextBoolean() ? Optional.of("04 76 12 34 56") : Optional.empty(), MemberRole.BENEFICIARY);
        members.put(m.id(), m);
        return m;
    }

    private void proposeFirstRound() {
        int n = 0;
        for (HelpRequest request : filed.values()) {
            List<HelpOffer> eligible = eligible(request, Set.of());
            Optional<HelpOffer> chosen = nearestWithRoom(request, eligible);
            if (chosen.isEmpty()) {
                unmatched++;
                continue;
            }
            tryAFullOffer(request, eligible);
            tryATooYoungHelper(request);
            Actor proposer = n % 10 == 0 ? DISPATCHER : n % 10 == 1 ? World.SYSTEM
                    : Actor.member(request.territoryId(), request.requesterId());
            IntroductionView v = world.entraide.introductions().propose(proposer,
                    new ProposeIntroduction(World.GRENOBLE, request.id().value(), chosen.get().id().value()));
            assertThat(v.status()).isEqualTo(IntroductionStatus.PROPOSED);
            look(v.id());
            n++;
        }
    }

    /**
     * The test's own simple scan: offers of the request's category with room left, of another
     * member, within their radius for help in person; the nearest (in person) or the least loaded
     * (remote) first.
     */
    private Optional<HelpOffer> nearestWithRoom(HelpRequest request, List<HelpOffer> eligible) {
        return eligible.stream().filter(o -> o.remainingCapacity() > 0).min(order(request));
    }

    private List<HelpOffer> eligible(HelpRequest request, Set<OfferId> excluded) {
        boolean remote = territory.catalogue().find(request.categoryId()).orElseThrow().isRemote();
        return world.storage.inTransaction(tx -> tx.offers().published(request.territoryId(), request.categoryId()))
                .stream()
                .filter(o -> !o.helperId().equals(request.requesterId()) && !excluded.contains(o.id()))
                .filter(o -> remote || o.point().distanceKm(request.point()) <= o.radiusKm())
                .filter(o -> !request.concernsMinor() || mayHelpMinor(o))
                .collect(Collectors.toList());
    }

    private Comparator<HelpOffer> order(HelpRequest request) {
        boolean remote = territory.catalogue().find(request.categoryId()).orElseThrow().isRemote();
        Comparator<HelpOffer> first = remote ? Comparator.comparingInt(HelpOffer::load)
                : Comparator.comparingDouble(o -> o.point().distanceKm(request.point()));
        return first.thenComparing(o -> o.id().value());
    }

    /** When a full offer would otherwise fit the request, proposing it is refused and changes nothing. */
    private void tryAFullOffer(HelpRequest request, List<HelpOffer> eligible) {
        Optional<HelpOffer> full = eligible.stream().filter(o -> o.remainingCapacity() == 0).findFirst();
        if (full.isEmpty() || refusedAtCapacity >= 25) {
            return;
        }
        List<Object> before = world.snapshot();
        RuleRefusedException refused = catchThrowableOfType(() -> world.entraide.introductions().propose(
                Actor.member(request.territoryId(), request.requesterId()),
                new ProposeIntroduction(World.GRENOBLE, request.id().value(), full.get().id().value())),
                RuleRefusedException.class);
        assertThat(refused).as("proposing a full offer").isNotNull();
        assertThat(refused.reason()).isEqualTo("capacity-reached");
        Snapshots.assertUnchanged(before, world.snapshot());
        refusedAtCapacity++;
    }

    /**
     * When a helper under 18 has room in the category of a request for a minor, proposing them is
     * refused and changes nothing.
     */
    private void tryATooYoungHelper(HelpRequest request) {
        if (!request.concernsMinor() || refusedTooYoung >= 10) {
            return;
        }
        Optional<HelpOffer> young = world.storage.inTransaction(
                tx -> tx.offers().published(request.territoryId(), request.categoryId())).stream()
                .filter(o -> !mayHelpMinor(o) && o.remainingCapacity() > 0).findFirst();
        if (young.isEmpty()) {
            return;
        }
        List<Object> before = world.snapshot();
        RuleRefusedException refused = catchThrowableOfType(() -> world.entraide.introductions().propose(
                Actor.member(request.territoryId(), request.requesterId()),
                new ProposeIntroduction(World.GRENOBLE, request.id().value(), young.get().id().value())),
                RuleRefusedException.class);
        assertThat(refused).as("proposing a helper under 18 for a minor").isNotNull();
        assertThat(refused.reason()).isEqualTo("helper-too-young-for-minor");
        Snapshots.assertUnchanged(before, world.snapshot());
        refusedTooYoung++;
    }

    private void answerFirstRound() {
        int n = 0;
        for (Introduction intro : List.copyOf(introductions.values())) {
            Outcome outcome = PLAN.get(n++ % PLAN.size());
            planned.put(intro.id(), outcome);
            IntroductionRef ref = new IntroductionRef(World.GRENOBLE, intro.id().value());
            Actor helper = Actor.member(intro.territoryId(), intro.helperId());
            Actor beneficiary = Actor.member(intro.territoryId(), intro.beneficiaryId());
            switch (outcome) {
                case COMPLETE, ACCEPT, CANCEL_ACCEPTED, ACCEPT_THEN_REQUEST_CANCELLED -> {
                    world.entraide.introductions().accept(helper, ref);
                    everAccepted.add(intro.id());
                    look(intro.id());
                    if (outcome == Outcome.CANCEL_ACCEPTED) {
                        world.entraide.introductions().cancel(n % 2 == 0 ? helper : DISPATCHER, ref);
                        look(intro.id());
                    } else if (outcome == Outcome.ACCEPT_THEN_REQUEST_CANCELLED) {
                        world.entraide.requests().cancel(beneficiary,
                                new RequestRef(World.GRENOBLE, intro.requestId().value()));
                        look(intro.id());
                    }
                }
                case DECLINE -> {
                    world.entraide.introductions().decline(helper, ref);
                    look(intro.id());
                }
                case CANCEL_PROPOSED -> {
                    world.entraide.introductions().cancel(beneficiary, ref);
                    look(intro.id());
                }
                case EXPIRE -> expectedToExpire.add(intro.id());
                default -> throw new IllegalStateException(outcome.name());
            }
        }
    }

    private void completeHelpGiven() {
        for (Introduction intro : List.copyOf(introductions.values())) {
            if (intro.status() != IntroductionStatus.ACCEPTED || planned.get(intro.id()) != Outcome.COMPLETE) {
                continue;
            }
            ConfirmCompletion confirm = new ConfirmCompletion(World.GRENOBLE, intro.id().value(), false);
            world.entraide.introductions().confirmCompletion(Actor.member(intro.territoryId(), intro.beneficiaryId()),
                    confirm);
            look(intro.id());
            world.entraide.introductions().confirmCompletion(Actor.member(intro.territoryId(), intro.helperId()),
                    confirm);
            look(intro.id());
        }
    }

    private void proposeSecondRound() {
        Map<RequestId, Set<OfferId>> tried = new HashMap<>();
        for (Introduction i : introductions.values()) {
            tried.computeIfAbsent(i.requestId(), r -> new HashSet<>()).add(i.offerId());
        }
        for (HelpRequest request : world.storage.inTransaction(
                tx -> tx.requests().byStatus(World.GRENOBLE_ID, RequestStatus.OPEN))) {
            if (!tried.containsKey(request.id())) {
                continue; // never matched: left to expire
            }
            Optional<HelpOffer> next = nearestWithRoom(request, eligible(request, tried.get(request.id())));
            if (next.isEmpty()) {
                continue;
            }
            IntroductionView v = world.entraide.introductions().propose(
                    Actor.member(request.territoryId(), request.requesterId()),
                    new ProposeIntroduction(World.GRENOBLE, request.id().value(), next.get().id().value()));
            look(v.id());
            Introduction intro = introductions.get(v.id());
            world.entraide.introductions().accept(Actor.member(intro.territoryId(), intro.helperId()),
                    new IntroductionRef(World.GRENOBLE, intro.id().value()));
            everAccepted.add(intro.id());
            look(intro.id());
        }
    }

    /** Records how both sides (and now and then a moderator) see an introduction now. */
    private void look(IntroductionId id) {
        Introduction intro = world.storage.inTransaction(tx -> tx.introductions().find(World.GRENOBLE_ID, id))
                .orElseThrow();
        introductions.put(id, intro);
        IntroductionRef ref = new IntroductionRef(World.GRENOBLE, id.value());
        HelpRequest request = world.storage.inTransaction(
                tx -> tx.requests().find(World.GRENOBLE_ID, intro.requestId())).orElseThrow();
        IntroductionView byHelper = world.entraide.introductions().view(
                Actor.member(intro.territoryId(), intro.helperId()), ref);
        IntroductionView byBeneficiary = world.entraide.introductions().view(
                Actor.member(intro.territoryId(), intro.beneficiaryId()), ref);
        seen.add(new Seen(id, byHelper.status(), MemberRole.HELPER, members.get(intro.beneficiaryId()),
                byHelper.contact(), request.onBehalfOf().map(OnBehalfOf::firstName)));
        seen.add(new Seen(id, byBeneficiary.status(), MemberRole.BENEFICIARY, members.get(intro.helperId()),
                byBeneficiary.contact(), Optional.empty()));
        if (seen.size() % 20 == 0) {
            seenByModerator.add(world.entraide.introductions().view(DISPATCHER, ref));
        }
    }

    private void refreshAll() {
        for (IntroductionId id : List.copyOf(introductions.keySet())) {
            IntroductionStatus before = introductions.get(id).status();
            Introduction now = world.storage.inTransaction(tx -> tx.introductions().find(World.GRENOBLE_ID, id))
                    .orElseThrow();
            if (now.status() != before) {
                look(id);
            }
        }
    }

    // ---------------------------------------------------------------- the checks

    @Test
    void theMetropolisIsPopulatedLikeAtLaunch() {
        Map<String, Long> helpersByCommune = helpers.stream()
                .collect(Collectors.groupingBy(MemberView::inseeCode, Collectors.counting()));
        int[] spread = GrenobleFixture.spreadByPopulation(HELPERS);
        for (int c = 0; c < spread.length; c++) {
            assertThat(helpersByCommune.getOrDefault(GrenobleFixture.communes().get(c).inseeCode(), 0L))
                    .as("helpers in %s", GrenobleFixture.communes().get(c).name()).isEqualTo(spread[c]);
        }
        assertThat(helpers).hasSize(HELPERS);
        assertThat(offersByCategory).containsEntry(CategoryCatalogue.GROCERIES, 973)
                .containsEntry(CategoryCatalogue.CONVERSATION, 522)
                .containsEntry(CategoryCatalogue.HOMEWORK, 405)
                .containsEntry(CategoryCatalogue.PET_WALKING, OTHER_OFFERS_EACH)
                .containsEntry(CategoryCatalogue.IT_HELP, OTHER_OFFERS_EACH);
        List<HelpOffer> stored = world.storage.inTransaction(tx -> tx.offers().all(World.GRENOBLE_ID));
        assertThat(stored).hasSize(HELPERS);
        assertThat(stored).extracting(HelpOffer::capacity).containsOnly(1, 2, 3);
        assertThat(proxies.keySet()).containsExactlyInAnyOrder(ProxyRelationship.values());
        assertThat(bornIn.values()).as("helpers of 16 and 17 among the adults")
                .anySatisfy(year -> assertThat(YEAR - year - 1).isBetween(16, 17))
                .allSatisfy(year -> assertThat(YEAR - year - 1).isGreaterThanOrEqualTo(16));
        assertThat(refusedTooYoung).as("proposing a helper under 18 for a minor was refused").isPositive();
        assertThat(filed).hasSize(REQUESTS + 3 * OTHER_REQUESTS_EACH);
    }

    @Test
    void introductionsReachEveryOutcome() {
        Map<IntroductionStatus, Long> finalStatuses = introductions.values().stream()
                .collect(Collectors.groupingBy(Introduction::status, Collectors.counting()));
        assertThat(finalStatuses.keySet()).containsExactlyInAnyOrder(IntroductionStatus.ACCEPTED,
                IntroductionStatus.DECLINED, IntroductionStatus.EXPIRED, IntroductionStatus.CANCELLED,
                IntroductionStatus.COMPLETED);
        assertThat(seen).extracting(Seen::status).contains(IntroductionStatus.PROPOSED);
        assertThat(expiredProposals).isEqualTo(expectedToExpire.size()).isPositive();
        assertThat(expectedToExpire).allSatisfy(id ->
                assertThat(introductions.get(id).status()).isEqualTo(IntroductionStatus.EXPIRED));
        assertThat(introductions.size()).as("a second round followed the declined and expired proposals")
                .isGreaterThan(planned.size());
        assertThat(unmatched).as("mask making: nobody offers it").isGreaterThanOrEqualTo(OTHER_REQUESTS_EACH);
        assertThat(expiredRequests).as("requests still open expire after 14 days").isEqualTo(openBeforeStaleExpiry)
                .isGreaterThanOrEqualTo(unmatched);
        Map<RequestStatus, Long> requestStatuses = world.storage.inTransaction(
                tx -> tx.requests().all(World.GRENOBLE_ID)).stream()
                .collect(Collectors.groupingBy(HelpRequest::status, Collectors.counting()));
        assertThat(requestStatuses.keySet()).contains(RequestStatus.INTRODUCED, RequestStatus.FULFILLED,
                RequestStatus.CANCELLED, RequestStatus.EXPIRED);
    }

    @Test
    void contactDetailsAppearOnlyInsideAcceptedIntroductions() {
        Set<IntroductionStatus> statusesSeen = EnumSet.noneOf(IntroductionStatus.class);
        for (Seen s : seen) {
            statusesSeen.add(s.status());
            if (s.status().disclosesContacts()) {
                assertThat(s.contact()).as("%s seen by the %s", s.status(), s.viewer()).isPresent();
                ContactCard card = s.contact().get();
                assertThat(card.email()).isEqualTo(s.counterpart().email());
                assertThat(card.phone()).isEqualTo(s.counterpart().phone());
                assertThat(card.name()).isEqualTo(s.counterpart().displayName());
                assertThat(card.onBehalfOf()).isEqualTo(s.onBehalfOf());
            } else {
                assertThat(s.contact()).as("%s seen by the %s", s.status(), s.viewer()).isEmpty();
            }
        }
        assertThat(statusesSeen).containsExactlyInAnyOrder(IntroductionStatus.values());
        assertThat(seenByModerator).isNotEmpty().allSatisfy(v -> assertThat(v.contact()).isEmpty());
    }

    @Test
    void proposalsCarryNoContactDetailsAndContactsAreSharedOnlyOnAcceptance() {
        Map<IntroductionId, List<ContactsSharedNotice>> shared = new HashMap<>();
        Set<IntroductionId> proposedNoticed = new HashSet<>();
        Set<IntroductionId> expiredNoticed = new HashSet<>();
        for (OutboxMessage m : claimed) {
            if (m.kind() != OutboxMessage.Kind.NOTIFICATION) {
                continue;
            }
            Notification n = Json.readNotification(m.type(), m.payload());
            if (n instanceof IntroductionProposedNotice p) {
                Introduction intro = introductions.get(p.introductionId());
                MemberView helper = members.get(intro.helperId());
                MemberView beneficiary = members.get(intro.beneficiaryId());
                assertThat(p.recipient().email()).isEqualTo(helper.email());
                assertThat(m.payload()).doesNotContain(beneficiary.email());
                beneficiary.phone().ifPresent(phone -> assertThat(m.payload()).doesNotContain(phone));
                assertThat(p.onBehalf()).isEqualTo(filed.get(intro.requestId()).onBehalfOf().isPresent());
                assertThat(p.minor())
                        .isEqualTo(filed.get(intro.requestId()).categoryId().equals(CategoryCatalogue.HOMEWORK));
                proposedNoticed.add(p.introductionId());
            } else if (n instanceof ContactsSharedNotice c) {
                shared.computeIfAbsent(c.introductionId(), k -> new ArrayList<>()).add(c);
            } else if (n instanceof ProposalExpiredNotice e) {
                expiredNoticed.add(e.introductionId());
            }
        }
        assertThat(proposedNoticed).isEqualTo(introductions.keySet());
        assertThat(shared.keySet()).isEqualTo(everAccepted);
        assertThat(expiredNoticed).isEqualTo(expectedToExpire);
        for (Map.Entry<IntroductionId, List<ContactsSharedNotice>> e : shared.entrySet()) {
            Introduction intro = introductions.get(e.getKey());
            MemberView helper = members.get(intro.helperId());
            MemberView beneficiary = members.get(intro.beneficiaryId());
            assertThat(e.getValue()).hasSize(2);
            assertThat(e.getValue()).anySatisfy(c -> {
                assertThat(c.recipient().email()).isEqualTo(helper.email());
                assertThat(c.counterpartEmail()).isEqualTo(beneficiary.email());
                assertThat(c.counterpartPhone()).isEqualTo(beneficiary.phone());
            });
            assertThat(e.getValue()).anySatisfy(c -> {
                assertThat(c.recipient().email()).isEqualTo(beneficiary.email());
                assertThat(c.counterpartEmail()).isEqualTo(helper.email());
            });
        }
    }

    @Test
    void helperCapacityIsNeverExceeded() {
        boolean someOfferWasFull = false;
        for (Map.Entry<String, List<Object>> phase : snapshots.entrySet()) {
            Map<OfferId, Long> active = phase.getValue().stream()
                    .filter(o -> o instanceof Introduction i && i.status().isActive())
                    .collect(Collectors.groupingBy(o -> ((Introduction) o).offerId(), Collectors.counting()));
            List<HelpOffer> offers = phase.getValue().stream().filter(HelpOffer.class::isInstance)
                    .map(HelpOffer.class::cast).collect(Collectors.toList());
            assertThat(offers).as(phase.getKey()).hasSize(HELPERS);
            for (HelpOffer offer : offers) {
                assertThat(offer.load()).as("%s: load of %s", phase.getKey(), offer)
                        .isLessThanOrEqualTo(offer.capacity())
                        .isEqualTo(active.getOrDefault(offer.id(), 0L).intValue());
                someOfferWasFull |= offer.load() == offer.capacity();
            }
        }
        assertThat(someOfferWasFull).as("the scenario put some helpers at capacity").isTrue();
        assertThat(refusedAtCapacity).as("proposals to a full offer were refused").isPositive();
    }

    @Test
    void eventsComeOutInCommitOrder() {
        long stored = world.storage.snapshot().stream().filter(OutboxMessage.class::isInstance).count();
        assertThat(claimed).hasSize((int) pendingBeforeClaim).hasSize((int) stored);
        for (int i = 1; i < claimed.size(); i++) {
            assertThat(claimed.get(i).sequence()).isGreaterThan(claimed.get(i - 1).sequence());
            assertThat(claimed.get(i).createdAt()).isAfterOrEqualTo(claimed.get(i - 1).createdAt());
        }
        Map<IntroductionId, List<IntroductionStatus>> introLives = new LinkedHashMap<>();
        Map<RequestId, List<RequestStatus>> requestLives = new LinkedHashMap<>();
        Map<IntroductionId, Long> proposedAt = new HashMap<>();
        Map<IntroductionId, Long> closedAt = new HashMap<>();
        Map<RequestId, List<Long>> reopenedAt = new HashMap<>();
        Map<IntroductionId, Long> acceptedAt = new HashMap<>();
        for (OutboxMessage m : claimed) {
            if (m.kind() == OutboxMessage.Kind.NOTIFICATION) {
                if (Json.readNotification(m.type(), m.payload()) instanceof ContactsSharedNotice c) {
                    assertThat(acceptedAt).as("contacts shared after acceptance").containsKey(c.introductionId());
                }
                continue;
            }
            DomainEvent event = Json.readEvent(m.type(), m.payload());
            assertThat(event.type()).isEqualTo(m.type());
            if (event instanceof IntroductionEvent e) {
                List<IntroductionStatus> life = introLives.computeIfAbsent(e.introductionId(), k -> new ArrayList<>());
                if (life.isEmpty()) {
                    assertThat(e.type()).isEqualTo("introduction.proposed");
                    proposedAt.put(e.introductionId(), m.sequence());
                } else {
                    assertThat(Lifecycles.introductionMayGo(life.get(life.size() - 1), e.status()))
                            .as("%s: %s then %s", e.introductionId(), life, e.status()).isTrue();
                }
                assertThat(Lifecycles.introductionTypeFits(e.type(), e.status())).as("%s carries %s", e.type(), e.status())
                        .isTrue();
                life.add(e.status());
                if (e.status() == IntroductionStatus.ACCEPTED) {
                    acceptedAt.putIfAbsent(e.introductionId(), m.sequence());
                }
                if (!e.status().isActive()) {
                    closedAt.put(e.introductionId(), m.sequence());
                }
            } else if (event instanceof RequestEvent e) {
                List<RequestStatus> life = requestLives.computeIfAbsent(e.requestId(), k -> new ArrayList<>());
                if (life.isEmpty()) {
                    assertThat(e.type()).isEqualTo("request.filed");
                    assertThat(e.status()).isEqualTo(RequestStatus.OPEN);
                } else {
                    assertThat(e.type()).isEqualTo("request.status-changed");
                    assertThat(Lifecycles.requestMayGo(life.get(life.size() - 1), e.status()))
                            .as("%s: %s then %s", e.requestId(), life, e.status()).isTrue();
                }
                life.add(e.status());
                if (e.status() == RequestStatus.OPEN && life.size() > 1) {
                    reopenedAt.computeIfAbsent(e.requestId(), k -> new ArrayList<>()).add(m.sequence());
                }
            }
        }
        // Replaying the events gives the stored state.
        for (Introduction intro : world.storage.inTransaction(tx -> tx.introductions().all(World.GRENOBLE_ID))) {
            List<IntroductionStatus> life = introLives.get(intro.id());
            assertThat(life).as("events of %s", intro).isNotNull();
            assertThat(life.get(life.size() - 1)).as("last event of %s", intro).isEqualTo(intro.status());
        }
        for (HelpRequest request : world.storage.inTransaction(tx -> tx.requests().all(World.GRENOBLE_ID))) {
            List<RequestStatus> life = requestLives.get(request.id());
            assertThat(life).as("events of %s", request).isNotNull();
            assertThat(life.get(life.size() - 1)).as("last event of %s", request).isEqualTo(request.status());
        }
        // An expired proposal reopened its request after it was proposed, and before the next one.
        for (IntroductionId id : expectedToExpire) {
            Introduction intro = introductions.get(id);
            long proposed = proposedAt.get(id);
            List<Long> reopen = reopenedAt.getOrDefault(intro.requestId(), List.of());
            assertThat(reopen).as("reopenings of %s", intro.requestId())
                    .anySatisfy(seq -> assertThat(seq).isGreaterThan(proposed).isLessThan(closedAt.get(id) + 1));
            introductions.values().stream()
                    .filter(other -> other.requestId().equals(intro.requestId()) && !other.id().equals(id))
                    .forEach(other -> assertThat(proposedAt.get(other.id())).isGreaterThan(closedAt.get(id)));
        }
        assertThat(requestLives.values()).anySatisfy(life ->
                assertThat(life).containsSubsequence(RequestStatus.OPEN, RequestStatus.EXPIRED));
    }

    @Test
    void statisticsReproduceTheLaunchProportionsAndTheOpenDataSuppressesSmallCounts() {
        TerritoryStatistics stats = world.entraide.statistics().compute(DISPATCHER,
                new StatisticsQuery(World.GRENOBLE, World.START, world.clock.instant().plusSeconds(1)));

        Map<String, Integer> expected = new java.util.TreeMap<>();
        offersByCategory.forEach((category, count) -> expected.put(category.value(), count));
        assertThat(stats.offersByCategory()).isEqualTo(expected);
        double groceries = stats.offersByCategory().get("groceries");
        assertThat(groceries / stats.offersByCategory().get("conversation"))
                .isCloseTo(1740.0 / 933, org.assertj.core.data.Offset.offset(0.02));
        assertThat(groceries / stats.offersByCategory().get("homework"))
                .isCloseTo(1740.0 / 725, org.assertj.core.data.Offset.offset(0.02));
        assertThat(stats.requests()).isEqualTo(filed.size());

        List<String> lines = List.of(stats.toOpenDataCsv().split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("territory,period_start,period_end,measure,dimension,value");
        assertThat(lines).hasSizeGreaterThan(10);
        for (String line : lines.subList(1, lines.size())) {
            String value = line.substring(line.lastIndexOf(',') + 1);
            boolean count = !line.contains(",median_hours_request_to_acceptance,");
            if (count && !value.equals(TerritoryStatistics.SUPPRESSED)) {
                assertThat(Long.parseLong(value)).as(line).isGreaterThanOrEqualTo(5);
            }
        }
        assertThat(lines).anyMatch(l -> l.contains(",offers_by_category,groceries,"));
    }

    /** Runs last: it erases a member of the populated metropolis. */
    @Test
    @Order(Integer.MAX_VALUE)
    void anErasedMemberLeavesNoPersonalDataAnywhereAndTheirExportRoundTrips() {
        String name = "Zéphirine Quillebeuf";
        String phone = "07 98 76 54 32";
        String text = "Zéphirine voudrait du pain aux noix et de la tisane de verveine, merci.";
        MemberView zephirine = world.register(World.GRENOBLE, name, GrenobleFixture.GRENOBLE,
                Optional.of(GeoPoint.of(45.1872, 5.7351)), "fr", Optional.of(phone), Optional.of(1941),
                MemberRole.BENEFICIARY, MemberRole.HELPER);
        Actor self = World.actor(zephirine);
        // She also opted in to crisis appeals and received one: her opt-out token is stored.
        world.entraide.members().recordConsent(self, io.github.entraide.command.RecordConsent.grant(World.GRENOBLE,
                zephirine.id().value(), io.github.entraide.domain.ConsentPurpose.CRISIS_APPEALS, "2026-03"));
        world.entraide.appeals().send(World.ADMIN, io.github.entraide.command.SendAppeal.builder(World.GRENOBLE)
                .textFr("Canicule : qui peut appeler ses voisins âgés ?")
                .textEn("Heatwave: who can call their elderly neighbours?").build());
        String optOutToken = world.storage.inTransaction(tx -> tx.appeals().optOutTokens(World.GRENOBLE_ID,
                List.of(zephirine.id()))).get(zephirine.id());
        assertThat(optOutToken).isNotNull();
        HelpRequest request = world.entraide.requests().file(self, new FileRequest(World.GRENOBLE,
                zephirine.id().value(), "groceries", text, GrenobleFixture.GRENOBLE, Optional.empty(),
                Timing.asSoonAsPossible(), Urgency.HIGH, Set.of(), Optional.empty(), false));
        var candidate = world.entraide.matching().match(self, new MatchRequest(World.GRENOBLE,
                request.id().value(), 1)).candidates().get(0);
        IntroductionView proposed = world.entraide.introductions().propose(self,
                new ProposeIntroduction(World.GRENOBLE, request.id().value(), candidate.offerId().value()));
        HelpOffer offer = world.storage.inTransaction(tx -> tx.offers().find(World.GRENOBLE_ID,
                candidate.offerId()).orElseThrow());
        Actor helper = Actor.member(World.GRENOBLE_ID, offer.helperId());
        IntroductionRef ref = new IntroductionRef(World.GRENOBLE, proposed.id().value());
        assertThat(world.entraide.introductions().accept(helper, ref).contact()).isPresent();

        MemberExport export = world.entraide.privacy().export(self, new MemberRef(World.GRENOBLE,
                zephirine.id().value()));
        assertThat(MemberExport.fromJson(export.toJson())).isEqualTo(export);
        assertThat(export.toJson()).contains(zephirine.email()).contains(phone).contains("pain aux noix");

        world.entraide.privacy().erase(self, new MemberRef(World.GRENOBLE, zephirine.id().value()));

        // The one message allowed to hold the old address is the confirmation sent to it; the
        // relay delivers it and the next retention run deletes it.
        List<OutboxMessage> holdingTheAddress = world.snapshot().stream().filter(OutboxMessage.class::isInstance)
                .map(OutboxMessage.class::cast).filter(m -> m.payload().contains(zephirine.email()))
                .collect(Collectors.toList());
        assertThat(holdingTheAddress).singleElement()
                .satisfies(m -> assertThat(m.type()).isEqualTo("notification.erasure_confirmed"));
        for (OutboxMessage m : world.claimAll()) {
            world.storage.outbox().markSent(m.id(), world.clock.instant());
        }
        world.entraide.maintenance().purgeExpired(World.SYSTEM);

        List<String> personal = List.of("Zéphirine", "Quillebeuf", zephirine.email(), phone, "pain aux noix",
                "verveine", optOutToken);
        List<String> stored = StoredStrings.of(world.snapshot());
        assertThat(stored).hasSizeGreaterThan(10_000);
        for (String piece : personal) {
            assertThat(stored).as("stored strings holding %s", piece).noneMatch(s -> s.contains(piece));
        }
        IntroductionView seenByHelper = world.entraide.introductions().view(helper, ref);
        assertThat(seenByHelper.contact()).isEmpty();
        assertThat(seenByHelper.counterpartName()).doesNotContain("Zéphirine");
    }
}
