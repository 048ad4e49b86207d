package io.github.entraide.examples.portal;

import io.github.entraide.Entraide;
import io.github.entraide.EntraideException;
import io.github.entraide.RuleRefusedException;
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
import io.github.entraide.domain.OfferStatus;
import io.github.entraide.domain.OnBehalfOf;
import io.github.entraide.domain.ProxyRelationship;
import io.github.entraide.domain.ReportReason;
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
 * helpers in the launch proportions (one in three with a phone number), requests (some on behalf
 * of someone, some offers with a price to be flagged and reported by neighbours with a comment),
 * introductions proposed and accepted; then it waits until the outbox is drained or the deadline
 * passes (the relay retrying with backoff while the SMTP server is down, progress printed every
 * ten seconds by counts only) and prints one line of JSON: {@code emails_sent},
 * {@code emails_pending} and {@code emails_dead} are the outbox's own counts.
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

    /** How often the wait for the outbox reports progress. */
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

    private Scenario() {
    }

    /**
     * The texts of the offers asking for payment: members type them, the volunteer-only policy
     * refuses some (they are then stored nowhere), so a check for personal data in logs needs them
     * from here.
     *
     * @return the texts
     */
    public static List<String> paidOfferTexts() {
        return List.of(PAID);
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
        return run(config, size, drainTimeout, out, System.err);
    }

    /**
     * Runs the scenario, reports the outbox's progress while it waits, and prints its JSON line
     * last: {@code emails_sent}, {@code emails_pending} (still queued when the deadline passed) and
     * {@code emails_dead} (refused for good by the SMTP server) are what the outbox says.
     *
     * @param config the database and SMTP server
     * @param size how big
     * @param drainTimeout how long to wait for the outbox to drain once the scenario has run
     * @param out where to print the JSON line
     * @param err where to print progress (counts only) and why the status is not 0
     * @return the exit status: 0 if every e-mail was sent, 1 if some are still pending at the
     *     deadline or were refused for good
     */
    public static int run(PortalConfig config, Size size, Duration drainTimeout, PrintStream out, PrintStream err) {
        String json;
        long pending;
        long dead;
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
                            phone(i % 3 == 0, i), i % 10 == 0 ? "en" : "fr", communes.get(c).inseeCode(),
                            MemberRole.HELPER));
                }
            }
            long offers = 0;
            long flagged = 0;
            List<HelpOffer> paidStored = new ArrayList<>();
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
                    paidStored.add(o);
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
                            "resident" + i + "." + run + "@example.org", phone(i % 4 == 0, 5000 + i), "fr",
                            communes.get(c).inseeCode(), MemberRole.BENEFICIARY));
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

            // Neighbours report the offers asking for money, with a word for the moderators (no e-mail).
            for (int k = 0; k < paidStored.size(); k++) {
                MemberView reporter = beneficiaries.get((3 * k + 1) % beneficiaries.size());
                try {
                    entraide.moderation().report(actor(reporter), new ReportContent(t, reporter.id().value(),
                            ModerationSubject.Kind.OFFER, paidStored.get(k).id().value(), ReportReason.PAYMENT,
                            "On m’a demandé de l’argent pour l’essence, signalement n° " + k + "."));
                } catch (EntraideException e) {
                    // rate-limited or otherwise refused: the scenario goes on
                }
            }

            String stats = String.format(java.util.Locale.ROOT, "{\"helpers\":%d,\"offers\":%d,\"requests\":%d,"
                    + "\"introductions\":%d,\"accepted\":%d,\"flagged_offers\":%d,", helpers.size(), offers, requests,
                    introductions, accepted, flagged);
            drain(platform, drainTimeout, err);
            pending = platform.pending();
            dead = platform.deadLetters();
            json = stats + String.format(java.util.Locale.ROOT, "\"emails_dead\":%d,\"emails_sent\":%d,"
                    + "\"emails_pending\":%d}", dead, platform.emailsSent(), pending);
        }
        // After the platform closed, so that its shutdown logs come before the last line.
        if (pending > 0) {
            err.printf(java.util.Locale.ROOT, "Délai dépassé : %d e-mail(s) toujours en attente après %d s (serveur SMTP %s) ;"
                    + " ils partiront au prochain démarrage avec la même base. Pour attendre plus longtemps :"
                    + " ENTRAIDE_SCENARIO_DRAIN_SECONDS.%n"
                    + "Deadline passed: %d e-mail(s) still pending after %d s (SMTP server %s); they will be sent on the"
                    + " next start with the same database. To wait longer: ENTRAIDE_SCENARIO_DRAIN_SECONDS.%n",
                    pending, drainTimeout.toSeconds(), config.smtpDescription(), pending, drainTimeout.toSeconds(),
                    config.smtpDescription());
        }
        if (dead > 0) {
            err.printf(java.util.Locale.ROOT, "%d e-mail(s) refusé(s) définitivement par le serveur SMTP (lettres mortes,"
                    + " voir les journaux de io.github.entraide.relay).%n"
                    + "%d e-mail(s) permanently refused by the SMTP server (dead letters, see the io.github.entraide.relay"
                    + " logs).%n", dead, dead);
        }
        err.flush();
        System.err.flush();
        out.println(json);
        out.flush();
        return pending == 0 && dead == 0 ? 0 : 1;
    }

    /**
     * Waits until the outbox is drained or the deadline passes, delivering in this thread too
     * (the background relay keeps retrying with its backoff), and reports progress every ten
     * seconds by counts only.
     */
    private static void drain(DemoPlatform platform, Duration drainTimeout, PrintStream err) {
        Instant start = Instant.now();
        Instant deadline = start.plus(drainTimeout);
        Instant nextReport = start.plus(PROGRESS_EVERY);
        long pending = platform.pending();
        if (pending > 0) {
            err.printf(java.util.Locale.ROOT, "scenario: %d e-mail(s) en attente, envoi jusqu’à %d s (SMTP %s) / "
                    + "%d e-mail(s) pending, sending for up to %d s (SMTP %s)%n", pending, drainTimeout.toSeconds(),
                    platform.config().smtpDescription(), pending, drainTimeout.toSeconds(),
                    platform.config().smtpDescription());
        }
        while (pending > 0 && Instant.now().isBefore(deadline)) {
            if (platform.drainOnce() == 0) {
                // Nothing due: the retries wait for their backoff.
                LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
            }
            pending = platform.pending();
            if (pending > 0 && !Instant.now().isBefore(nextReport)) {
                nextReport = nextReport.plus(PROGRESS_EVERY);
                err.printf(java.util.Locale.ROOT, "scenario: %d envoyé(s), %d en attente, %d en échec définitif / "
                        + "%d sent, %d pending, %d dead%n", platform.emailsSent(), pending, platform.deadLetters(),
                        platform.emailsSent(), pending, platform.deadLetters());
            }
        }
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

    /** A French mobile number for one member in a few (the others give none), distinct per {@code i}. */
    private static Optional<String> phone(boolean given, int i) {
        return given ? Optional.of(String.format(java.util.Locale.ROOT, "06 %02d %02d %02d %02d", 10 + i / 10000 % 90,
                i / 100 % 100, i % 100, 7 * i % 100)) : Optional.empty();
    }

    private static MemberView register(Entraide entraide, String t, String name, String email, Optional<String> phone,
            String lang, String insee, MemberRole role) {
        return entraide.members().register(Actor.system(), new RegisterMember(t, name, email, phone, lang,
                insee, Optional.empty(), Set.of(role), Optional.empty(), true, true, PortalPages.CONSENT_VERSION));
    }

    private static Actor actor(MemberView m) {
        return Actor.member(m.territoryId(), m.id());
    }
}
