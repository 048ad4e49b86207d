package io.github.entraide.examples.portal;

import io.github.entraide.Entraide;
import io.github.entraide.EntraideException;
import io.github.entraide.command.ConfirmCompletion;
import io.github.entraide.command.FileRequest;
import io.github.entraide.command.IntroductionRef;
import io.github.entraide.command.ProposeIntroduction;
import io.github.entraide.command.PublishOffer;
import io.github.entraide.command.RegisterMember;
import io.github.entraide.command.ReportContent;
import io.github.entraide.domain.Actor;
import io.github.entraide.domain.Commune;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.MemberRole;
import io.github.entraide.domain.ModerationSubject;
import io.github.entraide.domain.OnBehalfOf;
import io.github.entraide.domain.ProxyRelationship;
import io.github.entraide.domain.ReportReason;
import io.github.entraide.domain.RequestStatus;
import io.github.entraide.domain.Timing;
import io.github.entraide.domain.Urgency;
import io.github.entraide.domain.Territory;
import io.github.entraide.domain.TerritorySettings;
import io.github.entraide.domain.WeeklyAvailability;
import io.github.entraide.service.IntroductionView;
import io.github.entraide.service.MemberView;
import io.github.entraide.testkit.GrenobleFixture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Seeds the demo: the Grenoble-Alpes Métropole territory, a few named members and their offers,
 * and (unless the minimal seed is asked for) the metropolis' population at work.
 */
final class DemoSeed {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DemoSeed.class);
    private static final String[] OTHER = {"other.pet-walking", "other.it-help", "other.administrative-help",
        "other.mask-making", "other.printing-attestations"};
    /** How many weeks back the requests go. */
    private static final int WEEKS = 8;
    /** Residents and proxies who file requests. */
    private static final int RESIDENTS = 400;
    /** Requests filed over the weeks. */
    private static final int REQUESTS = 600;
    /** The most recent requests, left open. */
    private static final int OPEN_RECENT = 150;
    private DemoSeed() {
    }

    /**
     * Creates the territory if it is missing (a database may already hold it).
     *
     * @param entraide the library
     * @return the territory
     */
    static Territory territory(Entraide entraide) {
        return entraide.storage().inTransaction(tx -> tx.territories().find(GrenobleFixture.TERRITORY_ID))
                .orElseGet(() -> entraide.territories().create(Actor.administrator("demo-admin"),
                        GrenobleFixture.createCommand(TerritorySettings.defaults())));
    }

    /**
     * Adds the sample members and offers, unless the territory already has members.
     *
     * @param entraide the library
     * @return whether it added them (false: the database was already seeded)
     */
    static boolean sampleMembers(Entraide entraide) {
        boolean empty = entraide.storage().inTransaction(tx -> tx.members().all(GrenobleFixture.TERRITORY_ID).isEmpty());
        if (!empty) {
            return false;
        }
        MemberView camille = member(entraide, "Camille", "camille@example.org", "06 12 34 56 78", "fr",
                GrenobleFixture.GRENOBLE, Set.of(MemberRole.HELPER));
        offer(entraide, camille, "groceries", Set.of("fr"), 2, "Je fais mes courses le samedi matin, je peux prendre les vôtres.");
        offer(entraide, camille, "conversation", Set.of("fr", "it"), 2, "Un café au téléphone, une fois par semaine ?");
        MemberView ahmed = member(entraide, "Ahmed", "ahmed@example.org", null, "fr", GrenobleFixture.ECHIROLLES,
                Set.of(MemberRole.HELPER));
        offer(entraide, ahmed, "homework", Set.of("fr", "ar"), 3, "Étudiant en maths, aide aux devoirs en visio du collège au lycée.");
        offer(entraide, ahmed, "groceries", Set.of("fr", "ar"), 1, "Courses essentielles à Échirolles, remise sans contact.");
        MemberView emma = member(entraide, "Emma", "emma@example.org", null, "en", GrenobleFixture.MEYLAN,
                Set.of(MemberRole.HELPER, MemberRole.BENEFICIARY));
        offer(entraide, emma, "other.it-help", Set.of("en", "fr"), 2, "Help with video calls, printers and online forms.");
        offer(entraide, emma, "groceries", Set.of("en", "fr"), 1, "Groceries around Meylan on weekday evenings.");
        member(entraide, "Jeanne", "jeanne@example.org", "04 76 00 00 00", "fr", GrenobleFixture.GRENOBLE,
                Set.of(MemberRole.BENEFICIARY));
        member(entraide, "Lucas (CCAS)", "lucas@example.org", "04 76 11 22 33", "fr", GrenobleFixture.ECHIROLLES,
                Set.of(MemberRole.BENEFICIARY));
        return true;
    }

    /**
     * Adds the metropolis' population after the named members: the launch's 2,000 helpers spread
     * over the 49 communes by population, offers in the launch proportions (1,740 groceries, 933
     * conversation, 725 homework, 300 other), residents and proxies whose requests were filed over
     * the past eight weeks, and introductions in every state (proposed, declined, cancelled,
     * accepted, completed on one side, completed). The clock is set back while each request is
     * filed, so that weekly figures read as a platform at work; it reads the present again after.
     *
     * @param platform the wiring (its relay not started yet)
     * @param clock the clock the platform was built with
     */
    static void population(DemoPlatform platform, DemoClock clock) {
        long start = System.nanoTime();
        Entraide entraide = platform.entraide();
        String t = GrenobleFixture.TERRITORY_ID.value();
        List<Commune> communes = GrenobleFixture.communes();
        int[] perCommune = GrenobleFixture.spreadByPopulation(GrenobleFixture.LAUNCH_REGISTRATIONS);
        List<MemberView> helpers = new ArrayList<>();
        clock.setBack(Duration.ofDays(WEEKS * 7L + 1));
        for (int c = 0, i = 0; c < communes.size(); c++) {
            for (int k = 0; k < perCommune[c]; k++, i++) {
                helpers.add(member(entraide, "Aidant " + (i + 1), "aidant" + (i + 1) + "@example.org",
                        i % 3 == 0 ? phone(i) : null, i % 10 == 0 ? "en" : "fr", communes.get(c).inseeCode(),
                        Set.of(MemberRole.HELPER)));
            }
        }
        LOG.info("demo seed: {} helpers in {} ms", helpers.size(), (System.nanoTime() - start) / 1_000_000);
        int n = helpers.size();
        Map<String, List<Offered>> byCategory = new HashMap<>();
        offers(entraide, helpers, 0, 1740, i -> "groceries", "Courses essentielles près de chez moi, remise sans contact.",
                byCategory);
        offers(entraide, helpers, n / 3, 933, i -> "conversation", "Un appel pour discuter, une ou deux fois par semaine.",
                byCategory);
        offers(entraide, helpers, 2 * n / 3, 725, i -> "homework", "Aide aux devoirs en visio, du CP au lycée.", byCategory);
        offers(entraide, helpers, n / 2, 300, i -> OTHER[i % OTHER.length], "Un coup de main bénévole.", byCategory);

        LOG.info("demo seed: offers at {} ms", (System.nanoTime() - start) / 1_000_000);
        int[] perCommuneResidents = GrenobleFixture.spreadByPopulation(RESIDENTS);
        List<MemberView> residents = new ArrayList<>();
        for (int c = 0, i = 0; c < communes.size(); c++) {
            for (int k = 0; k < perCommuneResidents[c]; k++, i++) {
                residents.add(member(entraide, (i % 5 == 0 ? "Proche " : "Habitant ") + (i + 1),
                        "habitant" + (i + 1) + "@example.org", i % 4 == 0 ? phone(5000 + i) : null, i % 10 == 0 ? "en" : "fr",
                        communes.get(c).inseeCode(), Set.of(MemberRole.BENEFICIARY)));
            }
        }
        LOG.info("demo seed: residents at {} ms", (System.nanoTime() - start) / 1_000_000);
        ProxyRelationship[] proxies = {ProxyRelationship.RELATIVE, ProxyRelationship.SOCIAL_WORKER,
            ProxyRelationship.MUNICIPAL_AGENT};
        // Requests in the launch proportions of demand, one in ten for the other help.
        int total = 1740 + 933 + 725;
        for (int i = 0; i < REQUESTS; i++) {
            // Oldest first, more each week as the platform becomes known.
            double age = 1.0 - Math.sqrt((i + 0.5) / REQUESTS);
            Duration ago = Duration.ofMinutes((long) (age * WEEKS * 7 * 24 * 60));
            clock.setBack(ago);
            MemberView b = residents.get((i * 7) % residents.size());
            String category;
            if (i % 10 == 9) {
                category = OTHER[(i / 10) % OTHER.length];
            } else {
                int slot = (int) ((long) (i * 7919L % REQUESTS) * total / REQUESTS);
                category = slot < 1740 ? "groceries" : slot < 1740 + 933 ? "conversation" : "homework";
            }
            Optional<OnBehalfOf> behalf = i % 5 == 0
                    ? Optional.of(new OnBehalfOf("Suzanne", proxies[(i / 5) % proxies.length], false))
                    : Optional.empty();
            HelpRequest r;
            try {
                r = entraide.requests().file(actor(b), new FileRequest(t, b.id().value(), category,
                        "Besoin d’un coup de main, merci !", b.inseeCode(), Optional.empty(), Timing.asSoonAsPossible(),
                        Urgency.values()[i % 3], Set.of(), behalf, false));
            } catch (EntraideException e) {
                continue;
            }
            // The most recent requests stay open: they are what the map shows.
            if (i >= REQUESTS - OPEN_RECENT || r.status() != RequestStatus.OPEN) {
                continue;
            }
            introduce(platform, clock, ago, b, r, i, byCategory);
        }
        clock.setBack(Duration.ZERO);
        heldForModeration(entraide, helpers, residents, byCategory);
        LOG.info("demo seed: {} helpers, {} residents, {} requests in {} ms", helpers.size(), residents.size(), REQUESTS,
                (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * What waits for the moderators of a platform at work: an offer and a request held by the
     * volunteer-only policy's doubt, and a member's report of an offer.
     */
    private static void heldForModeration(Entraide entraide, List<MemberView> helpers, List<MemberView> residents,
            Map<String, List<Offered>> byCategory) {
        String t = GrenobleFixture.TERRITORY_ID.value();
        MemberView helper = helpers.get(helpers.size() / 2);
        MemberView resident = residents.get(residents.size() / 3);
        try {
            offer(entraide, helper, "groceries", Set.of("fr"), 1,
                    "Je fais vos courses, une petite participation aux frais d'essence.");
            entraide.requests().file(actor(resident), new FileRequest(t, resident.id().value(), "other.it-help",
                    "Installer une imprimante ; je peux donner une petite participation aux frais d'essence.",
                    resident.inseeCode(), Optional.empty(), Timing.asSoonAsPossible(), Urgency.NORMAL, Set.of(),
                    Optional.empty(), false));
            Offered reported = byCategory.get("conversation").get(0);
            entraide.moderation().report(actor(resident), ReportContent.of(t, resident.id().value(),
                    ModerationSubject.Kind.OFFER, reported.offer().id().value(), ReportReason.SPAM)
                    .withComment("Le même message sur plusieurs annonces."));
        } catch (EntraideException e) {
            LOG.warn("demo seed: a held text was refused ({})", e.code());
        }
    }

    /** One introduction for a request, taken to a state chosen by {@code i}. */
    private static void introduce(DemoPlatform platform, DemoClock clock, Duration ago, MemberView b, HelpRequest r,
            int i, Map<String, List<Offered>> byCategory) {
        Entraide entraide = platform.entraide();
        String t = r.territoryId().value();
        Optional<Offered> picked = pick(byCategory, r, b, i);
        if (picked.isEmpty()) {
            return;
        }
        IntroductionView v;
        try {
            v = entraide.introductions().propose(actor(b), new ProposeIntroduction(t, r.id().value(),
                    picked.get().offer().id().value()));
        } catch (EntraideException e) {
            return;
        }
        IntroductionRef ref = new IntroductionRef(t, v.id().value());
        Actor helper = actor(picked.get().helper());
        int state = i % 8;
        try {
            if (state == 0) {
                return; // proposed, waiting for the helper
            }
            // The helper answers a few hours later: the median time to acceptance varies by week.
            Duration answer = Duration.ofMinutes(30 + (i * 37L) % (36 * 60));
            clock.setBack(ago.compareTo(answer) > 0 ? ago.minus(answer) : Duration.ZERO);
            if (state == 1) {
                entraide.introductions().decline(helper, ref);
                return;
            }
            if (state == 2) {
                entraide.introductions().cancel(actor(b), ref);
                return;
            }
            entraide.introductions().accept(helper, ref);
            if (state <= 4) {
                return; // accepted, help under way
            }
            Duration later = answer.plusDays(2);
            clock.setBack(ago.compareTo(later) > 0 ? ago.minus(later) : Duration.ZERO);
            entraide.introductions().confirmCompletion(helper, new ConfirmCompletion(t, v.id().value(), false));
            if (state == 5) {
                return; // the helper confirmed, the beneficiary not yet
            }
            // Some beneficiaries say a word about the help (kept for the platform, never shown to the helper).
            entraide.introductions().confirmCompletion(actor(b), ConfirmCompletion.of(t, v.id().value())
                    .withFeedback(i % 16 == 7 ? "Merci beaucoup, tout s’est très bien passé." : ""));
        } catch (EntraideException e) {
            // a state the rules refuse (a cancelled request, say): the seed goes on
        }
    }

    private interface CategoryOf {
        String of(int i);
    }

    private static void offers(Entraide entraide, List<MemberView> helpers, int start, int count, CategoryOf category,
            String text, Map<String, List<Offered>> byCategory) {
        for (int i = 0; i < count; i++) {
            MemberView h = helpers.get((start + i) % helpers.size());
            HelpOffer o = offer(entraide, h, category.of(i), Set.of(h.locale().getLanguage()), 2, text);
            byCategory.computeIfAbsent(o.categoryId().value(), k -> new ArrayList<>()).add(new Offered(o, h));
        }
    }

    /** An offer the seed published, with its helper. */
    private record Offered(HelpOffer offer, MemberView helper) {
    }

    /**
     * An offer a beneficiary could be introduced to, picked from the seed's own list rather than
     * by ranking every offer for every request (that would take most of the start-up): same
     * category, same commune for help in person, another helper than the beneficiary.
     */
    private static Optional<Offered> pick(Map<String, List<Offered>> byCategory, HelpRequest r, MemberView b, int i) {
        List<Offered> all = byCategory.getOrDefault(r.categoryId().value(), List.of());
        boolean inPerson = r.categoryId().value().equals("groceries") || r.categoryId().value().startsWith("other.pet")
                || r.categoryId().value().startsWith("other.mask") || r.categoryId().value().startsWith("other.printing");
        for (int k = 0; k < all.size(); k++) {
            Offered o = all.get((i * 31 + k) % all.size());
            if (!o.helper().id().equals(b.id()) && (!inPerson || o.helper().inseeCode().equals(b.inseeCode()))) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /** A French mobile number, distinct per {@code i}. */
    private static String phone(int i) {
        return String.format(java.util.Locale.ROOT, "06 %02d %02d %02d %02d", 10 + i / 10000 % 90, i / 100 % 100, i % 100,
                7 * i % 100);
    }

    private static Actor actor(MemberView m) {
        return Actor.member(m.territoryId(), m.id());
    }

    private static MemberView member(Entraide entraide, String name, String email, String phone, String lang,
            String insee, Set<MemberRole> roles) {
        return entraide.members().register(Actor.system(), new RegisterMember(GrenobleFixture.TERRITORY_ID.value(), name,
                email, Optional.ofNullable(phone), lang, insee, Optional.empty(), roles, Optional.empty(), true, true,
                PortalPages.CONSENT_VERSION));
    }

    private static HelpOffer offer(Entraide entraide, MemberView helper, String category, Set<String> languages,
            int capacity, String text) {
        return entraide.offers().publish(Actor.member(helper.territoryId(), helper.id()), new PublishOffer(
                helper.territoryId().value(), helper.id().value(), category, 5.0, WeeklyAvailability.always(), languages,
                capacity, text));
    }
}
