package io.github.entraide.matching;

import io.github.entraide.domain.AvailabilitySlot;
import io.github.entraide.domain.CategoryCatalogue;
import io.github.entraide.domain.CategoryId;
import io.github.entraide.domain.CoarseLocation;
import io.github.entraide.domain.Commune;
import io.github.entraide.domain.GeoPoint;
import io.github.entraide.domain.HelpCategory;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.OfferId;
import io.github.entraide.domain.OfferStatus;
import io.github.entraide.domain.OnBehalfOf;
import io.github.entraide.domain.ProxyRelationship;
import io.github.entraide.domain.RequestId;
import io.github.entraide.domain.RequestStatus;
import io.github.entraide.domain.Territory;
import io.github.entraide.domain.TerritoryId;
import io.github.entraide.domain.TerritorySettings;
import io.github.entraide.domain.Timing;
import io.github.entraide.domain.Urgency;
import io.github.entraide.domain.WeeklyAvailability;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/** Small builders of matching inputs around Grenoble, and seeded random ones. */
final class Fixtures {
    static final TerritoryId METRO = TerritoryId.of("grenoble-alpes-metropole");
    static final Instant NOW = Instant.parse("2026-03-18T10:00:00Z"); // a Wednesday
    static final GeoPoint GRENOBLE = GeoPoint.of(45.1885, 5.7245);
    static final GeoPoint MEYLAN = GeoPoint.of(45.2097, 5.7794);
    static final GeoPoint ECHIROLLES = GeoPoint.of(45.1436, 5.7184);
    static final Territory TERRITORY = Territory.create(METRO, "Grenoble-Alpes Métropole",
            List.of(new Commune("38185", "Grenoble", GRENOBLE, 158_000),
                    new Commune("38229", "Meylan", MEYLAN, 17_000),
                    new Commune("38151", "Échirolles", ECHIROLLES, 37_000)),
            CategoryCatalogue.defaults(), TerritorySettings.defaults());
    static final String[] LANGUAGES = {"fr", "en", "ar", "it"};
    static final CategoryId[] CATEGORIES = {CategoryCatalogue.GROCERIES, CategoryCatalogue.HOMEWORK,
        CategoryCatalogue.CONVERSATION, CategoryCatalogue.PET_WALKING};

    private Fixtures() {
    }

    static MatchingEnvironment environment() {
        return new MatchingEnvironment(TERRITORY, HelperDirectory.empty(), Blocks.none(), NOW);
    }

    static MatchingEnvironment environment(HelperDirectory helpers, Blocks blocks) {
        return new MatchingEnvironment(TERRITORY, helpers, blocks, NOW);
    }

    static OfferBuilder offer(String id) {
        return new OfferBuilder(id);
    }

    static RequestBuilder request(String id) {
        return new RequestBuilder(id);
    }

    static HelpCategory category(CategoryId id) {
        return TERRITORY.catalogue().find(id).orElseThrow();
    }

    /** Builds an offer, by default: groceries at Grenoble, 5 km, any time, French, capacity 2. */
    static final class OfferBuilder {
        private final String id;
        private String helper;
        private CategoryId category = CategoryCatalogue.GROCERIES;
        private GeoPoint point = GRENOBLE;
        private double radiusKm = 5;
        private WeeklyAvailability availability = WeeklyAvailability.always();
        private Set<String> languages = Set.of("fr");
        private int capacity = 2;
        private int load;
        private OfferStatus status = OfferStatus.PUBLISHED;
        private Optional<Instant> lastHelpedAt = Optional.empty();
        private TerritoryId territory = METRO;
        private long version = 1;

        OfferBuilder(String id) {
            this.id = id;
            this.helper = "h-" + id;
        }

        OfferBuilder helper(String h) {
            helper = h;
            return this;
        }

        OfferBuilder category(CategoryId c) {
            category = c;
            return this;
        }

        OfferBuilder at(GeoPoint p) {
            point = p;
            return this;
        }

        OfferBuilder radius(double km) {
            radiusKm = km;
            return this;
        }

        OfferBuilder availability(WeeklyAvailability a) {
            availability = a;
            return this;
        }

        OfferBuilder languages(String... l) {
            languages = Set.of(l);
            return this;
        }

        OfferBuilder capacity(int c, int l) {
            capacity = c;
            load = l;
            return this;
        }

        OfferBuilder status(OfferStatus s) {
            status = s;
            return this;
        }

        OfferBuilder lastHelpedAt(Instant i) {
            lastHelpedAt = Optional.of(i);
            return this;
        }

        OfferBuilder territory(TerritoryId t) {
            territory = t;
            return this;
        }

        OfferBuilder version(long v) {
            version = v;
            return this;
        }

        HelpOffer build() {
            return HelpOffer.reconstitute(OfferId.of(id), territory, MemberId.of(helper), category,
                    CoarseLocation.near(nearestCommune(point), point), point, radiusKm, availability, languages,
                    capacity, load, "", status, NOW.minus(Duration.ofDays(30)), NOW.minus(Duration.ofDays(1)),
                    lastHelpedAt, version);
        }
    }

    /** Builds a request, by default: groceries at Grenoble, as soon as possible, French. */
    static final class RequestBuilder {
        private final String id;
        private String requester;
        private CategoryId category = CategoryCatalogue.GROCERIES;
        private GeoPoint point = GRENOBLE;
        private Timing timing = Timing.asSoonAsPossible();
        private Set<String> languages = Set.of("fr");
        private boolean minor;

        RequestBuilder(String id) {
            this.id = id;
            this.requester = "b-" + id;
        }

        RequestBuilder requester(String r) {
            requester = r;
            return this;
        }

        RequestBuilder category(CategoryId c) {
            category = c;
            return this;
        }

        RequestBuilder at(GeoPoint p) {
            point = p;
            return this;
        }

        RequestBuilder timing(Timing t) {
            timing = t;
            return this;
        }

        RequestBuilder languages(String... l) {
            languages = Set.of(l);
            return this;
        }

        RequestBuilder forMinor() {
            minor = true;
            return this;
        }

        HelpRequest build() {
            Optional<OnBehalfOf> behalf = minor
                    ? Optional.of(new OnBehalfOf("Léa", ProxyRelationship.RELATIVE, true))
                    : Optional.empty();
            return HelpRequest.file(RequestId.of(id), METRO, MemberId.of(requester), behalf, category, "",
                    CoarseLocation.near(nearestCommune(point), point), point, timing, Urgency.NORMAL, languages,
                    Optional.empty(), RequestStatus.OPEN, NOW, NOW.plus(Duration.ofDays(14)));
        }
    }

    static String nearestCommune(GeoPoint p) {
        String best = "38185";
        double bestKm = Double.MAX_VALUE;
        for (Commune c : TERRITORY.communes()) {
            double d = c.centroid().distanceKm(p);
            if (d < bestKm) {
                bestKm = d;
                best = c.inseeCode();
            }
        }
        return best;
    }

    // ---- seeded random inputs (core cannot use the test kit's harness: it depends on the core) ----

    static GeoPoint randomPoint(Random rnd, GeoPoint centre, double spreadDegrees) {
        double lat = Math.max(-90, Math.min(90, centre.latitude() + (rnd.nextDouble() * 2 - 1) * spreadDegrees));
        double lon = centre.longitude() + (rnd.nextDouble() * 2 - 1) * spreadDegrees;
        if (lon > 180) {
            lon -= 360;
        } else if (lon < -180) {
            lon += 360;
        }
        return GeoPoint.of(lat, lon);
    }

    static WeeklyAvailability randomAvailability(Random rnd) {
        if (rnd.nextInt(3) == 0) {
            return WeeklyAvailability.always();
        }
        List<AvailabilitySlot> slots = new ArrayList<>();
        int n = 1 + rnd.nextInt(3);
        for (int i = 0; i < n; i++) {
            int from = 7 + rnd.nextInt(12);
            slots.add(new AvailabilitySlot(DayOfWeek.of(1 + rnd.nextInt(7)), LocalTime.of(from, 0),
                    LocalTime.of(from + 1 + rnd.nextInt(3), 0)));
        }
        return WeeklyAvailability.of(slots);
    }

    static Set<String> randomLanguages(Random rnd) {
        Set<String> set = new java.util.TreeSet<>();
        set.add(LANGUAGES[rnd.nextInt(rnd.nextInt(4) == 0 ? LANGUAGES.length : 2)]);
        if (rnd.nextInt(3) == 0) {
            set.add(LANGUAGES[rnd.nextInt(LANGUAGES.length)]);
        }
        return set;
    }

    static HelpOffer randomOffer(Random rnd, String id, GeoPoint centre, double spread, int helpers) {
        int capacity = 1 + rnd.nextInt(3);
        OfferBuilder b = offer(id).helper("m" + rnd.nextInt(helpers))
                .category(CATEGORIES[rnd.nextInt(CATEGORIES.length)])
                .at(randomPoint(rnd, centre, spread))
                .radius(rnd.nextInt(5) == 0 ? rnd.nextDouble() * 100 : rnd.nextInt(15))
                .availability(randomAvailability(rnd))
                .languages(randomLanguages(rnd).toArray(String[]::new))
                .capacity(capacity, rnd.nextInt(capacity + 1))
                .status(rnd.nextInt(8) == 0 ? OfferStatus.SUSPENDED : OfferStatus.PUBLISHED);
        if (rnd.nextBoolean()) {
            b.lastHelpedAt(NOW.minus(Duration.ofHours(rnd.nextInt(24 * 30))));
        }
        return b.build();
    }

    static HelpRequest randomRequest(Random rnd, String id, GeoPoint centre, double spread, int members) {
        RequestBuilder b = request(id).requester("m" + rnd.nextInt(members))
                .category(CATEGORIES[rnd.nextInt(CATEGORIES.length)])
                .at(randomPoint(rnd, centre, spread))
                .languages(randomLanguages(rnd).toArray(String[]::new));
        if (rnd.nextInt(3) == 0) {
            Instant start = NOW.plus(Duration.ofHours(rnd.nextInt(24 * 7)));
            b.timing(Timing.window(start, start.plus(Duration.ofHours(1 + rnd.nextInt(6)))));
        }
        if (rnd.nextInt(6) == 0) {
            b.forMinor();
        }
        return b.build();
    }

    static HelperDirectory randomDirectory(Random rnd, int members) {
        List<HelperFacts> facts = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            if (rnd.nextInt(10) == 0) {
                continue; // unknown to the directory
            }
            Optional<Integer> year = rnd.nextInt(4) == 0 ? Optional.empty() : Optional.of(1950 + rnd.nextInt(65));
            facts.add(new HelperFacts(MemberId.of("m" + i), "Name" + i, rnd.nextBoolean(), year));
        }
        return HelperDirectory.ofFacts(facts);
    }

    static Blocks randomBlocks(Random rnd, int members) {
        Blocks.Builder b = Blocks.builder();
        for (int i = 0; i < members / 3; i++) {
            b.block(MemberId.of("m" + rnd.nextInt(members)), MemberId.of("m" + rnd.nextInt(members)));
        }
        return b.build();
    }
}
