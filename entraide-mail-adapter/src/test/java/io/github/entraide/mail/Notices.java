package io.github.entraide.mail;

import io.github.entraide.domain.AppealId;
import io.github.entraide.domain.CategoryId;
import io.github.entraide.domain.IntroductionId;
import io.github.entraide.domain.MemberRole;
import io.github.entraide.domain.MemberStatus;
import io.github.entraide.domain.ModerationSubject;
import io.github.entraide.domain.OfferId;
import io.github.entraide.domain.RequestId;
import io.github.entraide.domain.TerritoryId;
import io.github.entraide.domain.Timing;
import io.github.entraide.domain.Urgency;
import io.github.entraide.internal.Json;
import io.github.entraide.notification.ContactsSharedNotice;
import io.github.entraide.notification.ContentApprovedNotice;
import io.github.entraide.notification.CrisisAppealNotice;
import io.github.entraide.notification.ErasureConfirmedNotice;
import io.github.entraide.notification.InactivityWarningNotice;
import io.github.entraide.notification.IntroductionProposedNotice;
import io.github.entraide.notification.MemberReinstatedNotice;
import io.github.entraide.notification.MemberSuspendedNotice;
import io.github.entraide.notification.Notification;
import io.github.entraide.notification.NotificationKind;
import io.github.entraide.notification.OfferRemovedNotice;
import io.github.entraide.notification.ProposalExpiredNotice;
import io.github.entraide.notification.ProposalReminderNotice;
import io.github.entraide.notification.Recipient;
import io.github.entraide.notification.RequestRemovedNotice;
import io.github.entraide.spi.OutboxMessage;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** Notifications of every kind, as the core's services write them, for the Grenoble territory. */
final class Notices {
    static final TerritoryId GRENOBLE = TerritoryId.of("grenoble-alpes-metropole");
    static final Instant NOW = Instant.parse("2026-03-17T09:00:00Z");
    static final IntroductionId INTRO = IntroductionId.of("intro-42");
    static final String COUNTERPART_EMAIL = "elodie.martin@example.org";
    static final String OPT_OUT_TOKEN = "grenoble-alpes-metropole~0123456789abcdefghjkmnpqrs";
    static final String OPT_OUT_TEMPLATE = "https://portal.example/entraide/appeals/opt-out/{token}";
    static final String OPT_OUT_URL = "https://portal.example/entraide/appeals/opt-out/" + OPT_OUT_TOKEN;
    static final String URL_TEMPLATE = "https://portal.example/entraide/introductions/{introductionId}/{action}";

    private Notices() {
    }

    static Recipient recipient(String name, Locale locale) {
        return new Recipient(name, "camille.durand@example.org", locale);
    }

    static String category(Locale locale) {
        return locale.getLanguage().equals("en") ? "Essential groceries" : "Courses essentielles";
    }

    static Notification of(NotificationKind kind, Recipient r) {
        String category = category(r.locale());
        switch (kind) {
            case INTRODUCTION_PROPOSED:
                return proposed(r, "Besoin de courses pour ma mère, 82 ans.", false);
            case CONTACTS_SHARED:
                return contacts(r, true, false);
            case PROPOSAL_REMINDER:
                return new ProposalReminderNotice(GRENOBLE, r, INTRO, category, NOW.plusSeconds(86_400));
            case PROPOSAL_EXPIRED:
                return new ProposalExpiredNotice(GRENOBLE, r, INTRO, MemberRole.HELPER, category);
            case OFFER_REMOVED:
                return new OfferRemovedNotice(GRENOBLE, r, OfferId.of("offer-7"), category, "paid-help");
            case ERASURE_CONFIRMED:
                return new ErasureConfirmedNotice(GRENOBLE, r);
            case REQUEST_REMOVED:
                return new RequestRemovedNotice(GRENOBLE, r, RequestId.of("request-9"), category, "paid-help");
            case CONTENT_APPROVED:
                return new ContentApprovedNotice(GRENOBLE, r, ModerationSubject.offer(OfferId.of("offer-7")));
            case MEMBER_SUSPENDED:
                return new MemberSuspendedNotice(GRENOBLE, r, MemberStatus.SUSPENDED, "harassment");
            case MEMBER_REINSTATED:
                return new MemberReinstatedNotice(GRENOBLE, r);
            case INACTIVITY_WARNING:
                return new InactivityWarningNotice(GRENOBLE, r, NOW.plus(java.time.Duration.ofDays(30)));
            case CRISIS_APPEAL:
                return appeal(r, r.locale().getLanguage().equals("en")
                        ? "Lockdown starts tomorrow: we need hands for the elderly's groceries."
                        : "Le confinement commence demain : besoin de bras pour les courses des aînés.");
            default:
                throw new IllegalArgumentException(kind.name());
        }
    }

    static CrisisAppealNotice appeal(Recipient r, String text) {
        return new CrisisAppealNotice(GRENOBLE, r, AppealId.of("appeal-3"), text, OPT_OUT_TOKEN);
    }

    static IntroductionProposedNotice proposed(Recipient r, String text, boolean minor) {
        return new IntroductionProposedNotice(GRENOBLE, r, INTRO, CategoryId.of("groceries"), category(r.locale()),
                "Saint-Martin-d'Hères", Timing.asSoonAsPossible(), Urgency.HIGH, text, true, minor,
                NOW.plusSeconds(2 * 86_400));
    }

    static ContactsSharedNotice contacts(Recipient r, boolean inPerson, boolean minor) {
        return new ContactsSharedNotice(GRENOBLE, r, INTRO, CategoryId.of("groceries"), category(r.locale()),
                inPerson, minor, MemberRole.HELPER, "Élodie Martin", COUNTERPART_EMAIL,
                Optional.of("+33 6 12 34 56 78"), Optional.empty());
    }

    static OutboxMessage outbox(String id, Notification n) {
        return OutboxMessage.pending(id, n.territoryId(), OutboxMessage.Kind.NOTIFICATION,
                Json.notificationType(n.kind()), Json.write(n), NOW);
    }

    static TerritoryBranding grenobleBranding() {
        return TerritoryBranding.builder("Grenoble-Alpes Métropole")
                .sender("entraide@grenoble.example", "Entraide Grenoble-Alpes Métropole")
                .replyTo("moderation@grenoble.example")
                .footer("Grenoble-Alpes Métropole, 3 rue Malakoff, 38000 Grenoble")
                .privacyUrl("https://portal.example/entraide/confidentialite")
                .unsubscribeUrl("https://portal.example/entraide/desabonnement")
                .build();
    }

    static SmtpNotifier.Builder notifier(int port) {
        return SmtpNotifier.builder().host("127.0.0.1").port(port).security(SmtpSecurity.NONE)
                .heloName("entraide.test")
                .from("noreply@entraide.example", "Entraide")
                .introductionUrlTemplate(URL_TEMPLATE)
                .appealOptOutUrlTemplate(OPT_OUT_TEMPLATE)
                .branding(GRENOBLE, grenobleBranding())
                .connectTimeout(java.time.Duration.ofSeconds(2))
                .readTimeout(java.time.Duration.ofSeconds(5))
                .writeTimeout(java.time.Duration.ofSeconds(5));
    }
}
