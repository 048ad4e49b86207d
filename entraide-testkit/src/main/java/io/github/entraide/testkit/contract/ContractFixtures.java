package io.github.entraide.testkit.contract;

import io.github.entraide.domain.AuditEntry;
import io.github.entraide.domain.AvailabilitySlot;
import io.github.entraide.domain.CaseOrigin;
import io.github.entraide.domain.CaseStatus;
import io.github.entraide.domain.CategoryCatalogue;
import io.github.entraide.domain.CategoryId;
import io.github.entraide.domain.CoarseLocation;
import io.github.entraide.domain.Commune;
import io.github.entraide.domain.ConsentPurpose;
import io.github.entraide.domain.ConsentRecord;
import io.github.entraide.domain.ContactDetails;
import io.github.entraide.domain.Delivery;
import io.github.entraide.domain.GeoPoint;
import io.github.entraide.domain.HelpCategory;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.IntroductionMode;
import io.github.entraide.domain.Introduction;
import io.github.entraide.domain.IntroductionId;
import io.github.entraide.domain.IntroductionStatus;
import io.github.entraide.domain.Member;
import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.MemberRole;
import io.github.entraide.domain.MemberStatus;
import io.github.entraide.domain.ModerationAction;
import io.github.entraide.domain.ModerationCase;
import io.github.entraide.domain.ModerationCaseId;
import io.github.entraide.domain.ModerationDecision;
import io.github.entraide.domain.ModerationMode;
import io.github.entraide.domain.ModerationSubject;
import io.github.entraide.domain.RateLimits;
import io.github.entraide.domain.OfferId;
import io.github.entraide.domain.OfferStatus;
import io.github.entraide.domain.OnBehalfOf;
import io.github.entraide.domain.ProxyRelationship;
import io.github.entraide.domain.Recurrence;
import io.github.entraide.domain.ReportReason;
import io.github.entraide.domain.RequestId;
import io.github.entraide.domain.RequestStatus;
import io.github.entraide.domain.Territory;
import io.github.entraide.domain.TerritoryId;
import io.github.entraide.domain.TerritorySettings;
import io.github.entraide.domain.Timing;
import io.github.entraide.domain.Urgency;
import io.github.entraide.domain.WeeklyAvailability;
import io.github.entraide.policy.RetentionPolicy;
import io.github.entraide.policy.SafeguardingPolicy;
import io.github.entraide.spi.OutboxMessage;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Records the contract suites store: two territories (a small Grenoble-Alpes Métropole of three
 * communes, and Meylan alone), members, offers, requests, introductions and outbox messages, each
 * buildable with every optional field present ({@code full…}) or absent ({@code minimal…}).
 *
 * <p>Instants carry nanoseconds ({@link #T0} is {@code 2026-11-26T09:15:30.123456789Z}) so that a
 * storage that truncates them fails the round-trip tests. Every record is at version 0, ready to
 * insert. Immutable and thread-safe; the methods are pure.
 */
public final class ContractFixtures {

    /** The metropolis the suites work in. */
    public static final TerritoryId METROPOLE = TerritoryId.of("grenoble-alpes-metropole");
    /** A second territory, to prove that nothing crosses territories. */
    public static final TerritoryId MEYLAN = TerritoryId.of("meylan");
    /** Grenoble, INSEE 38185. */
    public static final Commune GRENOBLE = new Commune("38185", "Grenoble", GeoPoint.of(45.1875602, 5.7357819), 158198);
    /** Échirolles, INSEE 38151. */
    public static final Commune ECHIROLLES = new Commune("38151", "Échirolles", GeoPoint.of(45.1435, 5.7186), 37351);
    /** Saint-Martin-d'Hères, INSEE 38421. */
    public static final Commune SAINT_MARTIN_D_HERES = new Commune("38421", "Saint-Martin-d'Hères",
            GeoPoint.of(45.1672, 5.7653), 38398);
    /** Meylan, INSEE 38229. */
    public static final Commune MEYLAN_COMMUNE = new Commune("38229", "Meylan", GeoPoint.of(45.2097, 5.7794), 17900);

    /** The reference instant, with nanoseconds. */
    public static final Instant T0 = Instant.parse("2026-11-26T09:15:30.123456789Z");

    /** A category added to the default catalogue, to prove a custom catalogue round-trips. */
    public static final CategoryId BIKE_REPAIR = CategoryId.of("other.bike-repair");

    private ContractFixtures() {
    }

    /**
     * An instant some seconds after {@link #T0}.
     *
     * @param seconds the seconds (negative for before)
     * @return the instant
     */
    public static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    /**
     * The metropolis: three communes, the default catalogue plus a bike-repair sub-type, direct
     * introductions, 36-hour proposals, 10-day requests, Europe/Paris.
     *
     * @return the territory, at version 0
     */
    public static Territory metropole() {
        CategoryCatalogue catalogue = CategoryCatalogue.defaults().with(new HelpCategory(BIKE_REPAIR,
                "Réparation de vélo", "Bike repair", Delivery.IN_PERSON, false, Optional.of(CategoryCatalogue.OTHER)));
        TerritorySettings settings = TerritorySettings.defaults().withIntroductionMode(IntroductionMode.DIRECT)
                .withProposalExpiry(Duration.ofHours(36)).withRequestExpiry(Duration.ofDays(10).plusNanos(1_500));
        return Territory.create(METROPOLE, "Grenoble-Alpes Métropole", List.of(GRENOBLE, ECHIROLLES,
                SAINT_MARTIN_D_HERES), catalogue, settings);
    }

    /**
     * Meylan: one commune, the default catalogue and settings.
     *
     * @return the territory, at version 0
     */
    public static Territory meylan() {
        return Territory.create(MEYLAN, "Ville de Meylan", List.of(MEYLAN_COMMUNE), CategoryCatalogue.defaults(),
                TerritorySettings.defaults().withZone(ZoneId.of("UTC")));
    }

    /**
     * A member with every optional field present: phone, point, both roles, consent history, year
     * of birth, verified, registered before last activity.
     *
     * @param territory the territory
     * @param id the identifier
     * @param email the e-mail address
     * @return the member, at version 0
     */
    public static Member fullMember(TerritoryId territory, String id, String email) {
        return Member.reconstitute(MemberId.of(id), territory, "Amélie", new ContactDetails(email,
                Optional.of("+33 6 12 34 56 78")), Locale.FRENCH, CoarseLocation.near(GRENOBLE.inseeCode(),
                GeoPoint.of(45.18812, 5.72413)), EnumSet.of(MemberRole.HELPER, MemberRole.BENEFICIARY),
                List.of(new ConsentRecord(ConsentPurpose.TERMS_OF_USE, "2026-11", true, at(-100)),
                        new ConsentRecord(ConsentPurpose.CONTACT_SHARING, "2026-11", true, at(-99)),
                        new ConsentRecord(ConsentPurpose.NEWS, "2026-11", false, at(-98))),
                Optional.of(1951), true, MemberStatus.ACTIVE, at(-100), at(5), 0);
    }

    /**
     * A member with every optional field absent: no phone, no point, no consent, no year of birth.
     *
     * @param territory the territory
     * @param id the identifier
     * @param email the e-mail address
     * @return the member, at version 0
     */
    public static Member minimalMember(TerritoryId territory, String id, String email) {
        String commune = territory.equals(MEYLAN) ? MEYLAN_COMMUNE.inseeCode() : ECHIROLLES.inseeCode();
        return Member.register(MemberId.of(id), territory, "Bob", ContactDetails.email(email), Locale.ENGLISH,
                CoarseLocation.commune(commune), Set.of(MemberRole.BENEFICIARY), List.of(), Optional.empty(), T0);
    }

    /**
     * A member last active at an instant, in a status (for retention sweeps).
     *
     * @param territory the territory
     * @param id the identifier
     * @param lastActiveAt when last active
     * @param status the status
     * @return the member, at version 0
     */
    public static Member memberActiveAt(TerritoryId territory, String id, Instant lastActiveAt, MemberStatus status) {
        Member m = minimalMember(territory, id, id + "@example.org");
        return Member.reconstitute(m.id(), territory, m.displayName(), m.contact(), m.locale(), m.location(),
                m.roles(), m.consents(), m.yearOfBirth(), false, status, at(-1_000_000), lastActiveAt, 0);
    }

    /**
     * An offer with every optional field present: weekly slots, a point, several languages, some
     * load and a last-helped instant.
     *
     * @param territory the territory
     * @param id the identifier
     * @param helper the helper
     * @return the offer, at version 0, published
     */
    public static HelpOffer fullOffer(TerritoryId territory, String id, String helper) {
        CoarseLocation location = CoarseLocation.near(GRENOBLE.inseeCode(), GeoPoint.of(45.19, 5.73));
        return HelpOffer.reconstitute(OfferId.of(id), territory, MemberId.of(helper), CategoryCatalogue.GROCERIES,
                location, location.point().orElseThrow(), 2.5, WeeklyAvailability.of(List.of(
                        new AvailabilitySlot(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalTime.of(20, 0)),
                        new AvailabilitySlot(DayOfWeek.SATURDAY, LocalTime.of(9, 30), LocalTime.of(12, 15)))),
                Set.of("fr", "en", "it"), 3, 2, "Je fais les courses au marché de l'Estacade, « sans souci ».",
                OfferStatus.PUBLISHED, at(-50), at(-10), Optional.of(at(-20)), 0);
    }

    /**
     * An offer with every optional field absent: any time, commune only, one language, no load.
     *
     * @param territory the territory
     * @param id the identifier
     * @param helper the helper
     * @param category the category
     * @param status published or pending review
     * @return the offer, at version 0
     */
    public static HelpOffer minimalOffer(TerritoryId territory, String id, String helper, CategoryId category,
            OfferStatus status) {
        Commune commune = territory.equals(MEYLAN) ? MEYLAN_COMMUNE : ECHIROLLES;
        return HelpOffer.create(OfferId.of(id), territory, MemberId.of(helper), category,
                CoarseLocation.commune(commune.inseeCode()), commune.centroid(), 0, WeeklyAvailability.always(),
                Set.of("fr"), 1, "", status, T0);
    }

    /**
     * A request with every optional field present: filed by a proxy for a minor, a time window, a
     * recurrence.
     *
     * @param territory the territory
     * @param id the identifier
     * @param requester the member filing it
     * @return the request, at version 0, open
     */
    public static HelpRequest fullRequest(TerritoryId territory, String id, String requester) {
        CoarseLocation location = CoarseLocation.near(SAINT_MARTIN_D_HERES.inseeCode(), GeoPoint.of(45.17, 5.77));
        return HelpRequest.reconstitute(RequestId.of(id), territory, MemberId.of(requester),
                Optional.of(new OnBehalfOf("Zoé", ProxyRelationship.PARENT_OR_GUARDIAN, true)), CategoryCatalogue.HOMEWORK,
                "Aide en maths pour ma fille (4e), le mardi soir.", location, location.point().orElseThrow(),
                Timing.window(at(3_600), at(7_200)), Urgency.HIGH, Set.of("fr", "ar"),
                Optional.of(new Recurrence(RequestId.of("series-1"), 3)), RequestStatus.OPEN, at(-30), at(-5),
                at(86_400), 0);
    }

    /**
     * A request with every optional field absent: for the requester themself, as soon as
     * possible, not recurring.
     *
     * @param territory the territory
     * @param id the identifier
     * @param requester the member filing it
     * @param status the status
     * @param expiresAt when it expires
     * @return the request, at version 0
     */
    public static HelpRequest minimalRequest(TerritoryId territory, String id, String requester, RequestStatus status,
            Instant expiresAt) {
        Commune commune = territory.equals(MEYLAN) ? MEYLAN_COMMUNE : GRENOBLE;
        return HelpRequest.reconstitute(RequestId.of(id), territory, MemberId.of(requester), Optional.empty(),
                CategoryCatalogue.GROCERIES, "Des courses, svp.", CoarseLocation.commune(commune.inseeCode()),
                commune.centroid(), Timing.asSoonAsPossible(), Urgency.NORMAL, Set.of("fr"), Optional.empty(), status,
                T0, T0, expiresAt, 0);
    }

    /**
     * An introduction with every optional field present: answered, closed, both confirmations,
     * renewals and feedbacks (accents, quotes, a line break, and the longest feedback on one side).
     *
     * @param territory the territory
     * @param id the identifier
     * @param request the request
     * @param offer the offer
     * @param helper the helper
     * @param beneficiary the member who filed the request
     * @return the introduction, at version 0, completed
     */
    public static Introduction fullIntroduction(TerritoryId territory, String id, String request, String offer,
            String helper, String beneficiary) {
        return Introduction.reconstitute(IntroductionId.of(id), territory, RequestId.of(request), OfferId.of(offer),
                MemberId.of(helper), MemberId.of(beneficiary), IntroductionStatus.COMPLETED, at(-40), at(-40 + 172_800),
                Optional.of(at(-39)), true, true, true, true, Optional.of(at(-1)),
                Optional.of("Très bien passé, « merci » !\nÀ la semaine prochaine 'peut-être'."),
                Optional.of("é".repeat(io.github.entraide.command.ConfirmCompletion.MAX_FEEDBACK)), 0);
    }

    /**
     * A proposed introduction: not answered, not closed, no confirmation.
     *
     * @param territory the territory
     * @param id the identifier
     * @param request the request
     * @param offer the offer
     * @param helper the helper
     * @param beneficiary the member who filed the request
     * @param expiresAt when the proposal expires
     * @return the introduction, at version 0
     */
    public static Introduction proposedIntroduction(TerritoryId territory, String id, String request, String offer,
            String helper, String beneficiary, Instant expiresAt) {
        return Introduction.propose(IntroductionId.of(id), territory, RequestId.of(request), OfferId.of(offer),
                MemberId.of(helper), MemberId.of(beneficiary), T0, expiresAt, false);
    }

    /**
     * A pending notification message with a non-ASCII JSON payload.
     *
     * @param territory the territory
     * @param id the identifier
     * @param now when appended (also when due)
     * @return the message
     */
    public static OutboxMessage message(TerritoryId territory, String id, Instant now) {
        return OutboxMessage.pending(id, territory, OutboxMessage.Kind.NOTIFICATION, "notification.introduction_proposed",
                "{\"introductionId\":\"" + id + "\",\"texte\":\"Bonjour Zoé, « merci » ✓\"}", now);
    }

    /**
     * A pending event message.
     *
     * @param territory the territory
     * @param id the identifier
     * @param now when appended
     * @return the message
     */
    public static OutboxMessage event(TerritoryId territory, String id, Instant now) {
        return OutboxMessage.pending(id, territory, OutboxMessage.Kind.EVENT, "offer.published",
                "{\"offerId\":\"" + id + "\"}", now);
    }

    /**
     * A territory whose settings differ from the defaults in every field: consent-first
     * introductions, pre-moderation, strict safeguarding, short retention, low rate limits and
     * volunteer terms with non-ASCII text.
     *
     * @param id the territory's id
     * @return the territory, at version 0
     */
    public static Territory territoryWithEverySetting(TerritoryId id) {
        TerritorySettings settings = new TerritorySettings(IntroductionMode.CONSENT_FIRST, Duration.ofHours(30),
                Duration.ofDays(21).plusNanos(7), ZoneId.of("America/Cayenne"), ModerationMode.PRE,
                new SafeguardingPolicy(true, 18, 21),
                new RetentionPolicy(Duration.ofDays(31), Duration.ofDays(400), Duration.ofDays(15)),
                new RateLimits(2, 3, 4), Set.of("rémunéré", "tarif", "€/h"), Set.of("pourboire", "défraiement"));
        return Territory.create(id, "Cayenne « test »", List.of(MEYLAN_COMMUNE), CategoryCatalogue.defaults(),
                settings);
    }

    /**
     * An open case about content the volunteer-only policy held back: no reporter, no comment, no
     * decision, two reason codes.
     *
     * @param territory the territory
     * @param id the case's id
     * @param subject the offer or request
     * @param author its author
     * @param openedAt when opened
     * @return the case, at version 0
     */
    public static ModerationCase flaggedCase(TerritoryId territory, String id, ModerationSubject subject,
            String author, Instant openedAt) {
        return ModerationCase.flag(ModerationCaseId.of(id), territory, subject, MemberId.of(author),
                CaseOrigin.VOLUNTEER_POLICY, List.of("payment.amount", "payment.rate"), openedAt);
    }

    /**
     * An open case for a member's report, with a comment (urgent when the reason is).
     *
     * @param territory the territory
     * @param id the case's id
     * @param subject what is reported
     * @param concerned the author of the content, or the reported member
     * @param reporter who reports
     * @param reason why
     * @param openedAt when opened
     * @return the case, at version 0
     */
    public static ModerationCase reportCase(TerritoryId territory, String id, ModerationSubject subject,
            String concerned, String reporter, ReportReason reason, Instant openedAt) {
        return ModerationCase.report(ModerationCaseId.of(id), territory, subject, MemberId.of(concerned),
                MemberId.of(reporter), reason, "Il demande 10 € de l'heure « en liquide ».", openedAt);
    }

    /**
     * A case with every optional field present: a decided, urgent report with a reporter, a reason,
     * a comment, several reason codes and a decision carrying nanoseconds.
     *
     * @param territory the territory
     * @param id the case's id
     * @return the case, at version 0
     */
    public static ModerationCase decidedReport(TerritoryId territory, String id) {
        return ModerationCase.reconstitute(ModerationCaseId.of(id), territory,
                ModerationSubject.member(MemberId.of("m-reported")), MemberId.of("m-reported"),
                CaseOrigin.MEMBER_REPORT, List.of("SAFETY", "repeat"), Optional.of(MemberId.of("m-reporter")),
                Optional.of(ReportReason.SAFETY), "Propos menaçants, « urgent » ✓", true, CaseStatus.DECIDED, at(-60),
                Optional.of(new ModerationDecision(ModerationAction.SUSPEND, "safety-risk", "moderator:m-mod",
                        at(-30).plusNanos(1))), 0);
    }

    /**
     * An audit entry about a member's moderation, by a moderator.
     *
     * @param territory the territory
     * @param id the entry's id
     * @param at when
     * @param concerned the member concerned, if any (then the entry also has a reason code)
     * @return the entry
     */
    public static AuditEntry auditEntry(TerritoryId territory, String id, Instant at, Optional<String> concerned) {
        return new AuditEntry(id, territory, at, "moderator:m-mod", concerned.isPresent() ? "moderation.suspend"
                : "statistics.read", concerned.map(c -> ModerationSubject.member(MemberId.of(c)))
                        .orElse(ModerationSubject.offer(OfferId.of("o-1"))),
                concerned.map(MemberId::of), concerned.map(c -> "safety-risk"));
    }
}
