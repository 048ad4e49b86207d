package io.github.entraide.examples.portal;

import io.github.entraide.Entraide;
import io.github.entraide.EntraideException;
import io.github.entraide.RuleRefusedException;
import io.github.entraide.command.FileRequest;
import io.github.entraide.command.IntroductionRef;
import io.github.entraide.command.ProposeIntroduction;
import io.github.entraide.command.PublishOffer;
import io.github.entraide.command.RegisterMember;
import io.github.entraide.domain.Actor;
import io.github.entraide.domain.Commune;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.MemberRole;
import io.github.entraide.domain.OfferStatus;
import io.github.entraide.domain.OnBehalfOf;
import io.github.entraide.domain.ProxyRelationship;
import io.github.entraide.domain.Timing;
import io.github.entraide.domain.Urgency;
import io.github.entraide.domain.WeeklyAvailability;
import io.github.entraide.service.IntroductionView;
import io.github.entraide.service.MemberView;
import io.github.entraide.testkit.GrenobleFixture;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

/**
 * The Grenoble scenario, headless, on the configured database and SMTP server: the territory,
 * helpers in the launch proportions, requests (some on behalf of someone, some offers with a
 * price to be flagged), introductions proposed and accepted; then it waits until the outbox is
 * drained (the relay retrying while the SMTP server is down) and prints one line of JSON.
 */
public final class Scenario {
    private static final String[] OTHER = {"other.pet-walking", "other.it-help", "other.administrative-help",
        "other.mask-making", "other.printing-attestations"};
    /** Texts the volunteer-only policy refuses (a price) or holds for a moderator (a doubtful participation). */
    private static final String[] PAID = {"Promenade de chien, 10 € de l’heure.",
        "Je promène votre chien, une petite participation aux frais d'essence.",
        "IT help, 15 euros per hour, PayPal.", "Aide administrative, tarif : 20 € la démarche."};

    /**
     * How big the scenario is.
     *
     * @param helpers how many helpers
     * @param groceries groceries offers
     * @param conversation conversation offers
     * @param homework homework offers
     * @param other other offers (with their sub-types)
     * @param paid offers whose text asks for payment
     * @param beneficiaries residents and proxies who file requests
     * @param requests requests filed
     * @param acceptEvery one proposal in this many is declined (never answered), the others accepted
     */
    public record Size(int helpers, int groceries, int conversation, int homework, int other, int paid,
            int beneficiaries, int requests, int acceptEvery) {

        /** @return the launch figures: 2,000 helpers, 1,740 : 933 : 725 offers plus others */
        public static Size grenoble() {
            return new Size(GrenobleFixture.LAUNCH_REGISTRATIONS, 1740, 933, 725, 300, 30, 300, 400, 4);
        }

        /** @return a small scenario for quick checks */
        public static Size small() {
            return new Size(60, 40, 20, 15, 10, 3, 20, 24, 4);
        }
    }

    private Scenario() {
    }

    /**
     * Runs the scenario and prints its JSON line last.
     *
     * @param config the database and SMTP server
     * @param size how big
     * @param drainTimeout how long to wait for the outbox to drain
     * @param out where to print
     * @return the exit status: 0 if every e-mail was sent, 1 otherwise
     */
    public static int run(PortalConfig config, Size size, Duration drainTimeout, PrintStream out) {
        String json;
        long pending;
        try (DemoPlatform platform = DemoPlatform.create(config,
                config.baseUrl().orElse("http://localhost:" + (config.port() == 0 ? 8080 : config.port())),
                Clock.systemUTC())) {
            platform.startRelay();
            Entraide entraide = platform.entraide();
            DemoSeed.territory(entraide);
            String t = GrenobleFixture.TERRITORY_ID.value();
            String run = Long.toString(System.currentTimeMillis(), 36);

            List<Commune> communes = GrenobleFixture.communes();
            int[] perCommune = GrenobleFixture.spreadByPopulation(size.helpers());
            List<MemberView> helpers = new ArrayList<>();
            for (int c = 0, i = 0; c < communes.size(); c++) {
                for (int k = 0; k < perCommune[c]; k++, i++) {
                    helpers.add(register(entraide, t, "Aidant " + i, "helper" + i + "." + run + "@example.org",
                            i % 10 == 0 ? "en" : "fr", communes.get(c).inseeCode(), MemberRole.HELPER));
                }
            }
            long offers = 0;
            long flagged = 0;
            int n = helpers.size();
            offers += publish(entraide, helpers, 0, size.groceries(), i -> "groceries", "Courses essentielles près de chez moi.");
            offers += publish(entraide, helpers, n / 3, size.conversation(), i -> "conversation", "Un appel pour discuter, volontiers.");
            offers += publish(entraide, helpers, 2 * n / 3, size.homework(), i -> "homework", "Aide aux devoirs en visio.");
            offers += publish(entraide, helpers, n / 2, size.other(), i -> OTHER[i % OTHER.length], "Un coup de main bénévole.");
            for (int i = 0; i < size.paid(); i++) {
                MemberView h = helpers.get((7 * i + 3) % n);
                try {
                    HelpOffer o = entraide.offers().publish(actor(h), new PublishOffer(t, h.id().value(),
                            OTHER[i % 3], 5.0, WeeklyAvailability.always(), Set.of("fr"), 1, PAID[i % PAID.length]));
                    // A held offer is stored (pending review); a refused one is not.
                    offers++;
                    if (o.status() != OfferStatus.PUBLISHED) {
                        flagged++;
                    }
                } catch (RuleRefusedException e) {
                    flagged++;
                }
            }

            int[] perCommuneBeneficiaries = GrenobleFixture.spreadByPopulation(size.beneficiaries());
            List<MemberView> beneficiaries = new ArrayList<>();
            for (int c = 0, i = 0; c < communes.size(); c++) {
                for (int k = 0; k < perCommuneBeneficiaries[c]; k++, i++) {
                    beneficiaries.add(register(entraide, t, (i % 5 == 0 ? "Proche " : "Habitant ") + i,
                            "resident" + i + "." + run + "@example.org", "fr", communes.get(c).inseeCode(),
                            MemberRole.BENEFICIARY));
                }
            }
            int total = size.groceries() + size.conversation() + size.homework();
            long requests = 0;
            long introductions = 0;
            long accepted = 0;
            ProxyRelationship[] proxies = {ProxyRelationship.RELATIVE, ProxyRelationship.SOCIAL_WORKER,
                ProxyRelationship.MUNICIPAL_AGENT};
            for (int i = 0; i < size.requests(); i++) {
                MemberView b = beneficiaries.get(i % beneficiaries.size());
                int slot = (int) ((long) i * total / Math.max(1, size.requests()));
                String category = slot < size.groceries() ? "groceries"
                        : slot < size.groceries() + size.conversation() ? "conversation" : "homework";
                Optional<OnBehalfOf> behalf = i % 5 == 0
                        ? Optional.of(new OnBehalfOf("Suzanne", proxies[(i / 5) % proxies.length], false))
                        : Optional.empty();
                HelpRequest r = entraide.requests().file(actor(b), new FileRequest(t, b.id().value(), category,
                        "Besoin d’un coup de main, merci !", b.inseeCode(), Optional.empty(), Timing.asSoonAsPossible(),
                        Urgency.values()[i % 3], Set.of(), behalf, false));
                requests++;
                if (r.status() != io.github.entraide.domain.RequestStatus.OPEN) {
                    continue;
                }
                var candidates = platform.candidates(actor(b), r, 1);
                if (candidates.isEmpty()) {
                    continue;
                }
                IntroductionView v;
                try {
                    v = entraide.introductions().propose(actor(b), new ProposeIntroduction(t, r.id().value(),
                            candidates.get(0).offerId().value()));
                } catch (EntraideException e) {
                    continue;
                }
                introductions++;
                if (i % size.acceptEvery() != size.acceptEvery() - 1) {
                    HelpOffer offer = entraide.storage().inTransaction(tx -> tx.offers().find(v.territoryId(), v.offerId()))
                            .orElseThrow();
                    entraide.introductions().accept(Actor.member(v.territoryId(), offer.helperId()),
                            new IntroductionRef(t, v.id().value()));
                    accepted++;
                }
            }

            Instant deadline = Instant.now().plus(drainTimeout);
            while (platform.pending() > 0 && Instant.now().isBefore(deadline)) {
                if (platform.drainOnce() == 0) {
                    LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
                }
            }
            pending = platform.pending();
            json = String.format(java.util.Locale.ROOT, "{\"helpers\":%d,\"offers\":%d,\"requests\":%d,"
                    + "\"introductions\":%d,\"accepted\":%d,\"flagged_offers\":%d,\"emails_sent\":%d,"
                    + "\"emails_pending\":%d}", helpers.size(), offers, requests, introductions, accepted, flagged,
                    platform.emailsSent(), pending);
        }
        // After the platform closed, so that its shutdown logs come before the last line.
        System.err.flush();
        out.println(json);
        out.flush();
        return pending == 0 ? 0 : 1;
    }

    private interface CategoryOf {
        String of(int i);
    }

    private static long publish(Entraide entraide, List<MemberView> helpers, int start, int count, CategoryOf category,
            String text) {
        long published = 0;
        for (int i = 0; i < count; i++) {
            MemberView h = helpers.get((start + i) % helpers.size());
            entraide.offers().publish(actor(h), new PublishOffer(h.territoryId().value(), h.id().value(),
                    category.of(i), 5.0, WeeklyAvailability.always(), Set.of(h.locale().getLanguage()), 2, text));
            published++;
        }
        return published;
    }

    private static MemberView register(Entraide entraide, String t, String name, String email, String lang,
            String insee, MemberRole role) {
        return entraide.members().register(Actor.system(), new RegisterMember(t, name, email, Optional.empty(), lang,
                insee, Optional.empty(), Set.of(role), Optional.empty(), true, true, PortalPages.CONSENT_VERSION));
    }

    private static Actor actor(MemberView m) {
        return Actor.member(m.territoryId(), m.id());
    }
}
