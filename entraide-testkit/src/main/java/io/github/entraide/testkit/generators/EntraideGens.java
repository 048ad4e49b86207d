package io.github.entraide.testkit.generators;

import static io.github.entraide.testkit.property.Gens.booleans;
import static io.github.entraide.testkit.property.Gens.doubles;
import static io.github.entraide.testkit.property.Gens.elements;
import static io.github.entraide.testkit.property.Gens.frequency;
import static io.github.entraide.testkit.property.Gens.integers;
import static io.github.entraide.testkit.property.Gens.lists;
import static io.github.entraide.testkit.property.Gens.optionals;
import static io.github.entraide.testkit.property.Gens.sets;
import static io.github.entraide.testkit.property.Gens.weighted;

import io.github.entraide.domain.AvailabilitySlot;
import io.github.entraide.domain.CategoryCatalogue;
import io.github.entraide.domain.CategoryId;
import io.github.entraide.domain.CoarseLocation;
import io.github.entraide.domain.Commune;
import io.github.entraide.domain.ContactDetails;
import io.github.entraide.domain.GeoPoint;
import io.github.entraide.domain.HelpCategory;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.Member;
import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.MemberRole;
import io.github.entraide.domain.MemberStatus;
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
import io.github.entraide.testkit.property.Gen;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Generators of Entraide's domain. Territories are placed around real French cities, with the
 * default category catalogue (remote and in-person categories, one that may involve a minor); offers
 * and requests mix categories, languages, availabilities, capacities, statuses and minors so that
 * every standard filter both passes and refuses. All values shrink toward simpler ones (fewer
 * offers and requests, nearer points, published offers, "as soon as possible").
 */
public final class EntraideGens {

    /** The instant scenarios run at: Wednesday 18 March 2026, 11:00 in Paris. */
    public static final Instant NOW = Instant.parse("2026-03-18T10:00:00Z");

    /** The languages generated (ISO 639-1). */
    public static final List<String> LANGUAGES = List.of("fr", "en", "ar", "it", "pt");

    private static final List<Commune> CITIES = List.of(
            new Commune("38185", "Grenoble", GeoPoint.of(45.1885, 5.7245), 158_000),
            new Commune("69123", "Lyon", GeoPoint.of(45.7640, 4.8357), 522_000),
            new Commune("13055", "Marseille", GeoPoint.of(43.2965, 5.3698), 870_000),
            new Commune("2A004", "Ajaccio", GeoPoint.of(41.9192, 8.7386), 73_000),
            new Commune("97411", "Saint-Denis", GeoPoint.of(-20.8823, 55.4504), 150_000));

    private EntraideGens() {
    }

    /**
     * Points around a centre, shrinking toward the centre.
     *
     * @param centre the centre
     * @param spreadDegrees the largest offset in latitude and in longitude, in degrees
     * @return the generator
     */
    public static Gen<GeoPoint> points(GeoPoint centre, double spreadDegrees) {
        return Gen.zip(doubles(-spreadDegrees, spreadDegrees), doubles(-spreadDegrees, spreadDegrees),
                (dLat, dLon) -> GeoPoint.of(Math.max(-90, Math.min(90, centre.latitude() + dLat)),
                        wrap(centre.longitude() + dLon)));
    }

    private static double wrap(double lon) {
        return lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;
    }

    /**
     * Territories of one to four communes around a French city, with the default catalogue, in the
     * Paris time zone or, for overseas ones, their own.
     *
     * @return the generator
     */
    public static Gen<Territory> territories() {
        return elements(CITIES).flatMap(city -> integers(0, 3).flatMap(extra -> {
            Gen<List<GeoPoint>> around = lists(points(city.centroid(), 0.1), extra, extra);
            return around.map(ps -> {
                List<Commune> communes = new ArrayList<>();
                communes.add(city);
                for (int i = 0; i < ps.size(); i++) {
                    String code = city.inseeCode().substring(0, 2) + String.format(Locale.ROOT, "%03d", 900 + i);
                    communes.add(new Commune(code, city.name() + " " + (i + 2), ps.get(i), 1_000 * (i + 1)));
                }
                ZoneId zone = city.centroid().latitude() < 0 ? ZoneId.of("Indian/Reunion") : ZoneId.of("Europe/Paris");
                return Territory.create(TerritoryId.of("t-" + city.inseeCode()), "Territory of " + city.name(),
                        communes, CategoryCatalogue.defaults(), TerritorySettings.defaults().withZone(zone));
            });
        }));
    }

    /**
     * Weekly availabilities: any time (often), or one to three slots of one to three hours.
     *
     * @return the generator
     */
    public static Gen<WeeklyAvailability> availabilities() {
        Gen<AvailabilitySlot> slot = Gen.zip(Gen.zip(integers(1, 7), integers(7, 20), (d, h) -> new int[] {d, h}),
                integers(1, 3), (dh, len) -> new AvailabilitySlot(DayOfWeek.of(dh[0]), LocalTime.of(dh[1], 0),
                        LocalTime.of(dh[1] + len, 0)));
        return frequency(weighted(1, io.github.entraide.testkit.property.Gens.constant(WeeklyAvailability.always())),
                weighted(2, lists(slot, 1, 3).map(WeeklyAvailability::of)));
    }

    /**
     * Sets of one or two languages, French more often.
     *
     * @return the generator
     */
    public static Gen<Set<String>> languages() {
        Gen<String> one = frequency(weighted(3, io.github.entraide.testkit.property.Gens.constant("fr")),
                weighted(2, elements(LANGUAGES)));
        return sets(one, 1, 2);
    }

    /**
     * Members of a territory, helpers and beneficiaries at once, some verified, most with a year of
     * birth (minors included).
     *
     * @param territory the territory
     * @param id the member's id
     * @return the generator
     */
    public static Gen<Member> members(Territory territory, MemberId id) {
        Gen<Optional<Integer>> years = optionals(integers(1940, 2015));
        return Gen.zip(Gen.zip(years, booleans(), (y, v) -> new Object[] {y, v}), elements(territory.communes()),
                (yv, commune) -> {
                    @SuppressWarnings("unchecked")
                    Optional<Integer> year = (Optional<Integer>) yv[0];
                    return Member.reconstitute(id, territory.id(), "Prénom" + id.value() + " Nom",
                            ContactDetails.email(id.value() + "@example.org"), Locale.FRENCH,
                            CoarseLocation.commune(commune.inseeCode()),
                            Set.of(MemberRole.HELPER, MemberRole.BENEFICIARY), List.of(), year, (Boolean) yv[1],
                            MemberStatus.ACTIVE, NOW.minus(Duration.ofDays(90)), NOW, 1);
                });
    }

    /**
     * Offers of a territory by some helpers, most published, in any category of its catalogue,
     * around a centre. The id is given when the offer is drawn, so that lists of offers have distinct
     * ids.
     *
     * @param territory the territory
     * @param helpers the helpers to choose from (at least one)
     * @param centre the centre of the points
     * @param spreadDegrees how far from the centre, in degrees
     * @return a generator of offers awaiting their id
     */
    public static Gen<Function<OfferId, HelpOffer>> offers(Territory territory, List<MemberId> helpers,
            GeoPoint centre, double spreadDegrees) {
        return offers(territory, helpers, categoryIds(territory), centre, spreadDegrees);
    }

    /**
     * Offers as {@link #offers(Territory, List, GeoPoint, double)}, in some categories only.
     *
     * @param territory the territory
     * @param helpers the helpers to choose from (at least one)
     * @param categoryIds the categories to choose from (at least one, of the catalogue)
     * @param centre the centre of the points
     * @param spreadDegrees how far from the centre, in degrees
     * @return a generator of offers awaiting their id
     */
    public static Gen<Function<OfferId, HelpOffer>> offers(Territory territory, List<MemberId> helpers,
            List<CategoryId> categoryIds, GeoPoint centre, double spreadDegrees) {
        Gen<CategoryId> categories = elements(categoryIds);
        Gen<Double> radii = frequency(weighted(4, integers(0, 15).map(Integer::doubleValue)),
                weighted(1, doubles(0, HelpOffer.MAX_RADIUS_KM)));
        Gen<OfferStatus> statuses = frequency(
                weighted(6, io.github.entraide.testkit.property.Gens.constant(OfferStatus.PUBLISHED)),
                weighted(1, elements(OfferStatus.SUSPENDED, OfferStatus.PENDING_REVIEW)));
        Gen<int[]> capacityAndLoad = integers(1, 3).flatMap(c -> integers(0, c).map(l -> new int[] {c, l}));
        Gen<Optional<Instant>> lastHelped = optionals(integers(0, 24 * 30).map(h -> NOW.minus(Duration.ofHours(h))));
        return elements(helpers).flatMap(helper -> categories.flatMap(category -> points(centre, spreadDegrees)
                .flatMap(point -> radii.flatMap(radius -> availabilities().flatMap(availability -> languages()
                        .flatMap(langs -> capacityAndLoad.flatMap(cl -> statuses.flatMap(status -> lastHelped
                                .map(last -> (Function<OfferId, HelpOffer>) id -> HelpOffer.reconstitute(id,
                                        territory.id(), helper, category,
                                        CoarseLocation.near(nearestCommune(territory, point), point), point, radius,
                                        availability, langs, cl[0], cl[1], "", status, NOW.minus(Duration.ofDays(30)),
                                        NOW.minus(Duration.ofDays(1)), last, 1))))))))));
    }

    /**
     * Open requests of a territory by some members, in any category, around a centre: as soon as
     * possible or within a window of the coming week, some on behalf of a minor.
     *
     * @param territory the territory
     * @param requesters the members to choose from (at least one)
     * @param centre the centre of the points
     * @param spreadDegrees how far from the centre, in degrees
     * @return a generator of requests awaiting their id
     */
    public static Gen<Function<RequestId, HelpRequest>> requests(Territory territory, List<MemberId> requesters,
            GeoPoint centre, double spreadDegrees) {
        return requests(territory, requesters, categoryIds(territory), centre, spreadDegrees);
    }

    /**
     * Requests as {@link #requests(Territory, List, GeoPoint, double)}, in some categories only.
     *
     * @param territory the territory
     * @param requesters the members to choose from (at least one)
     * @param categoryIds the categories to choose from (at least one, of the catalogue)
     * @param centre the centre of the points
     * @param spreadDegrees how far from the centre, in degrees
     * @return a generator of requests awaiting their id
     */
    public static Gen<Function<RequestId, HelpRequest>> requests(Territory territory, List<MemberId> requesters,
            List<CategoryId> categoryIds, GeoPoint centre, double spreadDegrees) {
        Gen<CategoryId> categories = elements(categoryIds);
        Gen<Timing> timings = frequency(
                weighted(2, io.github.entraide.testkit.property.Gens.constant(Timing.asSoonAsPossible())),
                weighted(1, Gen.zip(integers(0, 24 * 7), integers(1, 6), (start, hours) -> Timing.window(
                        NOW.plus(Duration.ofHours(start)), NOW.plus(Duration.ofHours(start + hours))))));
        Gen<Boolean> minors = frequency(weighted(4, io.github.entraide.testkit.property.Gens.constant(false)),
                weighted(1, io.github.entraide.testkit.property.Gens.constant(true)));
        return elements(requesters).flatMap(requester -> categories.flatMap(category -> points(centre, spreadDegrees)
                .flatMap(point -> timings.flatMap(timing -> languages().flatMap(langs -> minors
                        .map(minor -> (Function<RequestId, HelpRequest>) id -> HelpRequest.file(id, territory.id(),
                                requester, minor ? Optional.of(new OnBehalfOf("Léa", ProxyRelationship.RELATIVE, true))
                                        : Optional.empty(),
                                category, "", CoarseLocation.near(nearestCommune(territory, point), point), point,
                                timing, Urgency.NORMAL, langs, Optional.empty(), RequestStatus.OPEN, NOW,
                                NOW.plus(Duration.ofDays(14)))))))));
    }

    /**
     * Whole matching scenarios: a territory, 2 to 12 members, a few blocks, up to {@code maxOffers}
     * offers and up to {@code maxRequests} requests in one to three categories of the catalogue (so
     * that requests compete for offers), spread over a few kilometres to a few tens.
     *
     * @param maxOffers the most offers
     * @param maxRequests the most requests
     * @return the generator
     */
    public static Gen<MatchingScenario> scenarios(int maxOffers, int maxRequests) {
        return territories().flatMap(territory -> integers(2, 12).flatMap(n -> {
            List<MemberId> ids = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ids.add(MemberId.of("m" + i));
            }
            return sequence(ids, id -> members(territory, id)).flatMap(members -> lists(
                    lists(elements(ids), 2, 2), 0, 3).flatMap(blocks -> elements(0.02, 0.1, 0.3)
                            .flatMap(spread -> sets(elements(categoryIds(territory)), 1, 3).flatMap(focus -> {
                                GeoPoint centre = territory.communes().get(0).centroid();
                                List<CategoryId> cats = List.copyOf(focus);
                                return lists(offers(territory, ids, cats, centre, spread), 0, maxOffers)
                                        .flatMap(offerDrafts -> lists(requests(territory, ids, cats, centre, spread), 0,
                                                maxRequests).map(requestDrafts -> {
                                                    List<HelpOffer> offers = new ArrayList<>();
                                                    for (int i = 0; i < offerDrafts.size(); i++) {
                                                        offers.add(offerDrafts.get(i).apply(OfferId.of("o" + i)));
                                                    }
                                                    List<HelpRequest> requests = new ArrayList<>();
                                                    for (int i = 0; i < requestDrafts.size(); i++) {
                                                        requests.add(requestDrafts.get(i).apply(RequestId.of("r" + i)));
                                                    }
                                                    return new MatchingScenario(territory, members, blocks, offers,
                                                            requests, NOW);
                                                }));
                            }))));
        }));
    }

    /**
     * Small scenarios (up to 5 offers and 6 requests), for exact comparisons with exhaustive or
     * cubic oracles.
     *
     * @return the generator
     */
    public static Gen<MatchingScenario> smallScenarios() {
        return scenarios(5, 6);
    }

    private static List<CategoryId> categoryIds(Territory territory) {
        return territory.catalogue().all().stream().map(HelpCategory::id).toList();
    }

    private static <A, B> Gen<List<B>> sequence(List<A> inputs, Function<A, Gen<B>> gen) {
        Gen<List<B>> acc = io.github.entraide.testkit.property.Gens.constant(List.of());
        for (A input : inputs) {
            acc = acc.flatMap(list -> gen.apply(input).map(b -> {
                List<B> next = new ArrayList<>(list);
                next.add(b);
                return List.copyOf(next);
            }));
        }
        return acc;
    }

    private static String nearestCommune(Territory territory, GeoPoint p) {
        Commune best = territory.communes().get(0);
        for (Commune c : territory.communes()) {
            if (c.centroid().distanceKm(p) < best.centroid().distanceKm(p)) {
                best = c;
            }
        }
        return best.inseeCode();
    }
}
