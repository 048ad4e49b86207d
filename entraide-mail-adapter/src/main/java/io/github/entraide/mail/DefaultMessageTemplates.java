package io.github.entraide.mail;

import io.github.entraide.domain.MemberRole;
import io.github.entraide.domain.MemberStatus;
import io.github.entraide.domain.ModerationSubject;
import io.github.entraide.domain.Timing;
import io.github.entraide.domain.Urgency;
import io.github.entraide.notification.ContactsSharedNotice;
import io.github.entraide.notification.ContentApprovedNotice;
import io.github.entraide.notification.CrisisAppealNotice;
import io.github.entraide.notification.ErasureConfirmedNotice;
import io.github.entraide.notification.InactivityWarningNotice;
import io.github.entraide.notification.IntroductionProposedNotice;
import io.github.entraide.notification.MemberReinstatedNotice;
import io.github.entraide.notification.MemberSuspendedNotice;
import io.github.entraide.notification.Notification;
import io.github.entraide.notification.OfferRemovedNotice;
import io.github.entraide.notification.ProposalExpiredNotice;
import io.github.entraide.notification.ProposalReminderNotice;
import io.github.entraide.notification.RequestRemovedNotice;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Entraide's messages, in French (default) and English, for every kind of notification; each has
 * a plain-text and an HTML part with every user-supplied value escaped. Obtained from
 * {@link MessageTemplates#defaults()}; {@link #withReason} adds or rewords the reasons a
 * moderator gives for removing an offer or a request, or for suspending a member. Immutable and
 * thread-safe.
 *
 * <p>Known reason codes: {@code paid-help}, {@code commercial}, {@code inappropriate},
 * {@code personal-data}, {@code duplicate}, {@code safeguarding}, {@code out-of-territory},
 * {@code harassment}, {@code spam}, {@code member-suspended}; another code is shown as an unspecified reason with its code.
 */
public final class DefaultMessageTemplates implements MessageTemplates {
    static final DefaultMessageTemplates INSTANCE = new DefaultMessageTemplates(defaultReasons());

    private final Map<String, String[]> reasons;

    private DefaultMessageTemplates(Map<String, String[]> reasons) {
        this.reasons = Map.copyOf(reasons);
    }

    private static Map<String, String[]> defaultReasons() {
        Map<String, String[]> r = new LinkedHashMap<>();
        r.put("paid-help", new String[] {
            "l'aide proposée était rémunérée ou demandait une contrepartie, alors que l'entraide est bénévole",
            "the help offered was paid or asked for something in return, while mutual aid is unpaid"});
        r.put("commercial", new String[] {
            "l'offre faisait la promotion d'une activité commerciale",
            "the offer promoted a commercial activity"});
        r.put("inappropriate", new String[] {
            "le contenu de l'offre n'était pas approprié",
            "the content of the offer was inappropriate"});
        r.put("personal-data", new String[] {
            "l'offre contenait des données personnelles (adresse, téléphone…) qui ne doivent pas être publiées",
            "the offer contained personal data (address, phone…) that must not be published"});
        r.put("duplicate", new String[] {
            "l'offre faisait doublon avec une autre de vos offres",
            "the offer duplicated another of your offers"});
        r.put("safeguarding", new String[] {
            "l'offre ne respectait pas les règles de protection des mineurs et des personnes vulnérables",
            "the offer did not follow the rules that protect minors and vulnerable people"});
        r.put("out-of-territory", new String[] {
            "l'aide proposée se situait hors du territoire",
            "the help offered was outside the territory"});
        r.put("harassment", new String[] {
            "des propos ou un comportement irrespectueux envers d'autres membres",
            "disrespectful words or behaviour towards other members"});
        r.put("spam", new String[] {
            "des messages répétés ou sans rapport avec l'entraide",
            "repeated messages, or messages unrelated to mutual aid"});
        r.put("member-suspended", new String[] {
            "votre compte est suspendu",
            "your account is suspended"});
        return r;
    }

    /**
     * These templates with one more (or a reworded) reason for removing an offer.
     *
     * @param code the moderator's reason code
     * @param french the reason in French, completing "Motif : …"
     * @param english the reason in English, completing "Reason: …"
     * @return new templates
     */
    public DefaultMessageTemplates withReason(String code, String french, String english) {
        Map<String, String[]> r = new LinkedHashMap<>(reasons);
        r.put(Objects.requireNonNull(code, "code"), new String[] {
            Objects.requireNonNull(french, "french"), Objects.requireNonNull(english, "english")});
        return new DefaultMessageTemplates(r);
    }

    /**
     * The readable reason for a code, or a fallback naming the code.
     *
     * @param code the reason code
     * @param locale French or English
     * @return the reason
     */
    public String reason(String code, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        String[] known = reasons.get(code);
        if (known != null) {
            return known[en ? 1 : 0];
        }
        return en ? "unspecified reason (code \u201c" + code + "\u201d)"
                : "motif non précisé (code \u00ab\u00a0" + code + "\u00a0\u00bb)";
    }

    @Override
    public RenderedMessage render(Notification notification, MessageContext context) {
        Objects.requireNonNull(notification, "notification");
        Objects.requireNonNull(context, "context");
        if (notification instanceof IntroductionProposedNotice) {
            return proposed((IntroductionProposedNotice) notification, context);
        } else if (notification instanceof ContactsSharedNotice) {
            return contacts((ContactsSharedNotice) notification, context);
        } else if (notification instanceof ProposalReminderNotice) {
            return reminder((ProposalReminderNotice) notification, context);
        } else if (notification instanceof ProposalExpiredNotice) {
            return expired((ProposalExpiredNotice) notification, context);
        } else if (notification instanceof OfferRemovedNotice) {
            return offerRemoved((OfferRemovedNotice) notification, context);
        } else if (notification instanceof ErasureConfirmedNotice) {
            return erasure((ErasureConfirmedNotice) notification, context);
        } else if (notification instanceof RequestRemovedNotice) {
            return requestRemoved((RequestRemovedNotice) notification, context);
        } else if (notification instanceof ContentApprovedNotice) {
            return approved((ContentApprovedNotice) notification, context);
        } else if (notification instanceof MemberSuspendedNotice) {
            return suspended((MemberSuspendedNotice) notification, context);
        } else if (notification instanceof MemberReinstatedNotice) {
            return reinstated((MemberReinstatedNotice) notification, context);
        } else if (notification instanceof InactivityWarningNotice) {
            return inactivity((InactivityWarningNotice) notification, context);
        } else if (notification instanceof CrisisAppealNotice) {
            return appeal((CrisisAppealNotice) notification, context);
        }
        throw new IllegalArgumentException("no template for " + notification.kind());
    }

    private static String t(MessageContext c, String french, String english) {
        return c.english() ? english : french;
    }

    private static String date(MessageContext c, Instant instant) {
        DateTimeFormatter f = c.english()
                ? DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.ENGLISH)
                : DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' HH'h'mm", Locale.FRENCH);
        return f.withZone(c.branding().zone()).format(instant);
    }

    private static String timing(MessageContext c, Timing timing) {
        if (timing.isAsSoonAsPossible()) {
            return t(c, "dès que possible", "as soon as possible");
        }
        return t(c, "entre le " + date(c, timing.start().orElseThrow()) + " et le " + date(c, timing.end().orElseThrow()),
                "between " + date(c, timing.start().orElseThrow()) + " and " + date(c, timing.end().orElseThrow()));
    }

    private static String urgency(MessageContext c, Urgency urgency) {
        switch (urgency) {
            case HIGH:
                return t(c, "aujourd'hui ou demain", "today or tomorrow");
            case NORMAL:
                return t(c, "dans les prochains jours", "within the next days");
            default:
                return t(c, "quand cela vous convient", "whenever convenient");
        }
    }

    private static String greeting(MessageContext c, String name) {
        return t(c, "Bonjour " + name + ",", "Hello " + name + ",");
    }

    private static String label(MessageContext c, String french, String english) {
        return t(c, french, english);
    }

    private RenderedMessage proposed(IntroductionProposedNotice n, MessageContext c) {
        String territory = c.branding().displayName();
        String subject = t(c, territory + " : une demande d'aide près de chez vous (" + n.categoryName() + ")",
                territory + ": someone near you needs help (" + n.categoryName() + ")");
        MailBody b = new MailBody(c, subject).paragraph(greeting(c, n.recipient().name()))
                .paragraph(t(c, "Une personne de " + n.communeName() + " demande de l'aide pour : " + n.categoryName()
                        + ". Vous avez proposé ce type d'aide : pouvez-vous la lui apporter ?",
                        "Someone in " + n.communeName() + " asks for help with: " + n.categoryName()
                        + ". You offered this kind of help: can you give it?"));
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {label(c, "Quand", "When"), timing(c, n.timing())});
        fields.add(new String[] {label(c, "Urgence", "Urgency"), urgency(c, n.urgency())});
        b.fields(fields);
        b.paragraph(t(c, "Sa demande :", "The request:")).quote(n.requestText());
        if (n.onBehalf()) {
            b.paragraph(t(c, "Cette demande est faite par un proche ou un travailleur social pour quelqu'un d'autre ; "
                    + "vous serez en contact avec la personne qui l'a déposée.",
                    "This request was filed by a relative or a social worker for someone else; you will be in touch "
                    + "with the person who filed it."));
        }
        if (n.minor()) {
            b.paragraph(t(c, "La personne aidée est mineure : l'aide se fait à distance, par l'intermédiaire d'un "
                    + "parent ou tuteur qui reste présent.",
                    "The person helped is a minor: help is given remotely, through a parent or guardian who stays "
                    + "present."));
        }
        b.paragraph(t(c, "Vos coordonnées ne seront transmises que si vous acceptez ; vous recevrez alors celles de "
                + "la personne, par e-mail.",
                "Your contact details are shared only if you accept; you will then receive theirs by e-mail."))
                .action(t(c, "J'accepte d'aider", "I accept to help"), c.links().accept(n.introductionId()))
                .action(t(c, "Je ne peux pas cette fois", "I can't this time"), c.links().decline(n.introductionId()))
                .paragraph(t(c, "Sans réponse de votre part avant le " + date(c, n.expiresAt())
                        + ", la proposition expirera et une autre personne sera sollicitée.",
                        "Without an answer from you by " + date(c, n.expiresAt())
                        + ", the proposal expires and someone else will be asked."))
                .paragraph(volunteerOnly(c))
                .footer(c.branding());
        return b.build(subject);
    }

    private static String volunteerOnly(MessageContext c) {
        return t(c, "L'entraide est bénévole : aucun paiement ne doit être demandé ni accepté.",
                "Mutual aid is unpaid: no payment may be asked for or accepted.");
    }

    private RenderedMessage contacts(ContactsSharedNotice n, MessageContext c) {
        String territory = c.branding().displayName();
        String subject = t(c, territory + " : vous êtes mis en relation (" + n.categoryName() + ")",
                territory + ": you are now in touch (" + n.categoryName() + ")");
        boolean counterpartHelps = n.counterpartRole() == MemberRole.HELPER;
        MailBody b = new MailBody(c, subject).paragraph(greeting(c, n.recipient().name()))
                .paragraph(counterpartHelps
                        ? t(c, "Bonne nouvelle : une personne bénévole a accepté de vous aider pour « "
                                + n.categoryName() + " ». Voici ses coordonnées ; elle a reçu les vôtres.",
                                "Good news: a volunteer accepted to help you with \u201c" + n.categoryName()
                                + "\u201d. Here are their contact details; they received yours.")
                        : t(c, "Merci d'avoir accepté d'aider pour « " + n.categoryName()
                                + " ». Voici les coordonnées de la personne qui a demandé de l'aide ; elle a reçu "
                                + "les vôtres.",
                                "Thank you for accepting to help with \u201c" + n.categoryName()
                                + "\u201d. Here are the contact details of the person who asked for help; they "
                                + "received yours."));
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {label(c, "Nom", "Name"), n.counterpartName()});
        fields.add(new String[] {label(c, "E-mail", "E-mail"), n.counterpartEmail()});
        n.counterpartPhone().ifPresent(p -> fields.add(new String[] {label(c, "Téléphone", "Phone"), p}));
        n.onBehalfOf().ifPresent(p -> fields.add(new String[] {label(c, "Pour", "For"), p}));
        b.fields(fields);
        b.paragraph(t(c, "Prenez contact pour convenir ensemble des modalités.",
                "Get in touch to agree on the details together."));
        List<String> guidance = new ArrayList<>();
        guidance.add(t(c, "Ne communiquez jamais vos coordonnées bancaires, et ne demandez ni n'acceptez aucun "
                + "argent : l'entraide est bénévole. Rembourser des courses sur présentation du ticket de caisse "
                + "n'est pas un paiement.",
                "Never share your bank details, and never ask for or accept money: mutual aid is unpaid. Paying back "
                + "groceries against the receipt is not a payment."));
        if (n.inPerson()) {
            guidance.add(t(c, "Pour les courses et l'aide en personne, préférez une remise sans contact : déposez les "
                    + "achats devant la porte, gardez vos distances et ne faites pas entrer chez vous une personne "
                    + "que vous ne connaissez pas.",
                    "For groceries and help in person, prefer a contactless hand-over: leave the shopping at the "
                    + "door, keep your distance and do not let someone you do not know into your home."));
        }
        if (n.minor()) {
            guidance.add(t(c, "La personne aidée est mineure : un parent ou tuteur reste présent pendant toute l'aide.",
                    "The person helped is a minor: a parent or guardian stays present throughout the help."));
        }
        guidance.add(t(c, "En cas de problème ou de comportement inapproprié, signalez-le à l'équipe de modération "
                + "de " + territory + ".",
                "If anything goes wrong or feels inappropriate, report it to the moderators of " + territory + "."));
        b.bullets(t(c, "Pour que l'entraide se passe bien :", "To keep mutual aid safe:"), guidance)
                .footer(c.branding());
        return b.build(subject);
    }

    private RenderedMessage reminder(ProposalReminderNotice n, MessageContext c) {
        String territory = c.branding().displayName();
        String subject = t(c, territory + " : rappel, une demande d'aide attend votre réponse (" + n.categoryName()
                + ")", territory + ": reminder, a request for help awaits your answer (" + n.categoryName() + ")");
        return new MailBody(c, subject).paragraph(greeting(c, n.recipient().name()))
                .paragraph(t(c, "Une personne attend toujours votre réponse à sa demande d'aide « "
                        + n.categoryName() + " ». La proposition expire le " + date(c, n.expiresAt()) + ".",
                        "Someone is still waiting for your answer to their request for help \u201c"
                        + n.categoryName() + "\u201d. The proposal expires on " + date(c, n.expiresAt()) + "."))
                .action(t(c, "J'accepte d'aider", "I accept to help"), c.links().accept(n.introductionId()))
                .action(t(c, "Je ne peux pas cette fois", "I can't this time"), c.links().decline(n.introductionId()))
                .paragraph(t(c, "Si vous ne pouvez pas, dites-le simplement : une autre personne sera sollicitée "
                        + "sans attendre.",
                        "If you can't, just say so: someone else will be asked right away."))
                .footer(c.branding()).build(subject);
    }

    private RenderedMessage expired(ProposalExpiredNotice n, MessageContext c) {
        String territory = c.branding().displayName();
        MailBody b;
        String subject;
        if (n.recipientRole() == MemberRole.HELPER) {
            subject = t(c, territory + " : la proposition d'aide a expiré (" + n.categoryName() + ")",
                    territory + ": the proposal to help has expired (" + n.categoryName() + ")");
            b = new MailBody(c, subject).paragraph(greeting(c, n.recipient().name()))
                    .paragraph(t(c, "La demande d'aide « " + n.categoryName() + " » qui vous était proposée a expiré "
                            + "sans réponse ; elle a été retirée et une autre personne sera sollicitée.",
                            "The request for help \u201c" + n.categoryName() + "\u201d proposed to you expired "
                            + "without an answer; it was withdrawn and someone else will be asked."))
                    .paragraph(t(c, "Aucun souci : votre offre reste publiée. Si vous n'êtes plus disponible, vous "
                            + "pouvez la suspendre depuis votre espace.",
                            "No worries: your offer stays published. If you are no longer available, you can "
                            + "suspend it from your account."));
        } else {
            subject = t(c, territory + " : nous cherchons une autre personne pour vous aider (" + n.categoryName()
                    + ")", territory + ": we are looking for someone else to help you (" + n.categoryName() + ")");
            b = new MailBody(c, subject).paragraph(greeting(c, n.recipient().name()))
                    .paragraph(t(c, "La personne bénévole sollicitée pour votre demande « " + n.categoryName()
                            + " » n'a pas pu répondre à temps. Votre demande reste ouverte : une autre personne "
                            + "va être sollicitée.",
                            "The volunteer asked about your request \u201c" + n.categoryName() + "\u201d could not "
                            + "answer in time. Your request stays open: someone else will be asked."));
        }
        return b.footer(c.branding()).build(subject);
    }

    private RenderedMessage offerRemoved(OfferRemovedNotice n, MessageContext c) {
        String territory = c.branding().displayName();
        String subject = t(c, territory + " : votre offre d'aide a été retirée (" + n.categoryName() + ")",
                territory + ": your offer of help was removed (" + n.categoryName() + ")");
        return new MailBody(c, subject).paragraph(greeting(c, n.recipient().name()))
                .paragraph(t(c, "L'équipe de modération de " + territory + " a retiré votre offre d'aide « "
                        + n.categoryName() + " ».",
                        "The moderators of " + territory + " removed your offer of help \u201c" + n.categoryName()
                        + "\u201d."))
                .fields(List.<String[]>of(new String[] {t(c, "Motif", "Reason"), reason(n.reasonCode(), c.locale())}))
                .paragraph(t(c, "Si vous pensez qu'il s'agit d'une erreur, répondez à ce message : l'équipe de "
                        + "modération réexaminera votre offre. Merci pour votre engagement bénévole.",
                        "If you think this is a mistake, reply to this message: the moderators will look at your "
                        + "offer again. Thank you for volunteering."))
                .footer(c.branding()).build(subject);
    }

    private RenderedMessage erasure(ErasureConfirmedNotice n, MessageContext c) {
        String territory = c.branding().displayName();
        String subject = t(c, territory + " : vos données ont été effacées",
                territory + ": your data has been erased");
        return new MailBody(c, subject).paragraph(greeting(c, n.recipient().name()))
                .paragraph(t(c, "Comme vous l'avez demandé, vos données personnelles ont été effacées du service "
                        + "d'entraide de " + territory + ". Seules des statistiques anonymes sont conservées.",
                        "As you asked, your personal data has been erased from the mutual-aid service of "
                        + territory + ". Only anonymous statistics are kept."))
                .paragraph(t(c, "Ce message est le dernier que vous recevrez de notre part. Merci d'avoir participé "
                        + "à l'entraide.",
                        "This is the last message you will receive from us. Thank you for taking part in mutual "
                        + "aid."))
                .footer(c.branding()).build(subject);
    }

    private RenderedMessage requestRemoved(RequestRemovedNotice n, MessageContext c) {
        String territory = c.branding().displayName();
        String subject = t(c, territory + " : votre demande d'aide a été retirée (" + n.categoryName() + ")",
                territory + ": your request for help was removed (" + n.categoryName() + ")");
        return new MailBody(c, subject).paragraph(greeting(c, n.recipient().name()))
                .paragraph(t(c, "L'équipe de modération de " + territory + " a retiré votre demande d'aide « "
                        + n.categoryName() + " ». Si une mise en relation était en cours pour cette demande, elle "
                        + "est annulée.",
                        "The moderators of " + territory + " removed your request for help \u201c"
                        + n.categoryName() + "\u201d. If an introduction was under way for this request, it is "
                        + "cancelled."))
                .fields(List.<String[]>of(new String[] {t(c, "Motif", "Reason"), reason(n.reasonCode(), c.locale())}))
                .paragraph(t(c, "Si vous pensez qu'il s'agit d'une erreur, répondez à ce message : l'équipe de "
                        + "modération réexaminera votre demande. Vous pouvez aussi déposer une nouvelle demande "
                        + "qui respecte les règles de l'entraide.",
                        "If you think this is a mistake, reply to this message: the moderators will look at your "
                        + "request again. You may also file a new request that follows the rules of mutual aid."))
                .paragraph(volunteerOnly(c))
                .footer(c.branding()).build(subject);
    }

    private RenderedMessage approved(ContentApprovedNotice n, MessageContext c) {
        String territory = c.branding().displayName();
        boolean offer = n.subject().kind() == ModerationSubject.Kind.OFFER;
        String subject = offer
                ? t(c, territory + " : votre offre d'aide est publiée", territory + ": your offer of help is published")
                : t(c, territory + " : votre demande d'aide est en ligne",
                        territory + ": your request for help is open");
        return new MailBody(c, subject).paragraph(greeting(c, n.recipient().name()))
                .paragraph(offer
                        ? t(c, "L'équipe de modération de " + territory + " a relu votre offre d'aide : elle est "
                                + "maintenant publiée, et des personnes qui cherchent de l'aide pourront vous être "
                                + "proposées.",
                                "The moderators of " + territory + " reviewed your offer of help: it is now "
                                + "published, and people looking for help may be proposed to you.")
                        : t(c, "L'équipe de modération de " + territory + " a relu votre demande d'aide : elle est "
                                + "maintenant ouverte, et nous cherchons une personne bénévole pour vous aider.",
                                "The moderators of " + territory + " reviewed your request for help: it is now "
                                + "open, and we are looking for a volunteer to help you."))
                .paragraph(t(c, "Merci de votre patience pendant cette relecture.",
                        "Thank you for your patience during this review."))
                .paragraph(volunteerOnly(c))
                .footer(c.branding()).build(subject);
    }

    private RenderedMessage suspended(MemberSuspendedNotice n, MessageContext c) {
        String territory = c.branding().displayName();
        boolean banned = n.status() == MemberStatus.BANNED;
        String subject = banned
                ? t(c, territory + " : votre compte est fermé", territory + ": your account is closed")
                : t(c, territory + " : votre compte est suspendu", territory + ": your account is suspended");
        return new MailBody(c, subject).paragraph(greeting(c, n.recipient().name()))
                .paragraph(banned
                        ? t(c, "L'équipe de modération de " + territory + " a exclu votre compte du service "
                                + "d'entraide : vous ne pouvez plus publier d'offre, déposer de demande ni être mis "
                                + "en relation.",
                                "The moderators of " + territory + " excluded your account from the mutual-aid "
                                + "service: you can no longer publish offers, file requests or be introduced.")
                        : t(c, "L'équipe de modération de " + territory + " a suspendu votre compte : tant que la "
                                + "suspension dure, vous ne pouvez plus publier d'offre, déposer de demande ni être "
                                + "mis en relation.",
                                "The moderators of " + territory + " suspended your account: while the suspension "
                                + "lasts, you can no longer publish offers, file requests or be introduced."))
                .fields(List.<String[]>of(new String[] {t(c, "Motif", "Reason"), reason(n.reasonCode(), c.locale())}))
                .paragraph(t(c, "Si vous pensez qu'il s'agit d'une erreur, répondez à ce message : l'équipe de "
                        + "modération réexaminera sa décision.",
                        "If you think this is a mistake, reply to this message: the moderators will look at their "
                        + "decision again."))
                .footer(c.branding()).build(subject);
    }

    private RenderedMessage reinstated(MemberReinstatedNotice n, MessageContext c) {
        String territory = c.branding().displayName();
        String subject = t(c, territory + " : votre compte est de nouveau actif",
                territory + ": your account is active again");
        return new MailBody(c, subject).paragraph(greeting(c, n.recipient().name()))
                .paragraph(t(c, "L'équipe de modération de " + territory + " a levé la mesure qui visait votre "
                        + "compte : vous pouvez de nouveau publier des offres, déposer des demandes et être mis en "
                        + "relation.",
                        "The moderators of " + territory + " lifted the measure on your account: you can again "
                        + "publish offers, file requests and be introduced."))
                .paragraph(volunteerOnly(c))
                .footer(c.branding()).build(subject);
    }

    private RenderedMessage inactivity(InactivityWarningNotice n, MessageContext c) {
        String territory = c.branding().displayName();
        String subject = t(c, territory + " : votre compte sera bientôt effacé",
                territory + ": your account will soon be erased");
        return new MailBody(c, subject).paragraph(greeting(c, n.recipient().name()))
                .paragraph(t(c, "Vous n'avez pas utilisé le service d'entraide de " + territory + " depuis "
                        + "longtemps. Pour protéger vos données, nous ne les gardons pas sans raison : votre compte "
                        + "et vos données personnelles seront effacés à partir du " + date(c, n.erasureAt()) + ".",
                        "You have not used the mutual-aid service of " + territory + " for a long time. To protect "
                        + "your data, we do not keep it without a reason: your account and personal data will be "
                        + "erased from " + date(c, n.erasureAt()) + "."))
                .paragraph(t(c, "Pour garder votre compte, il suffit de vous reconnecter avant cette date. Si vous ne "
                        + "souhaitez plus participer, vous n'avez rien à faire. Merci d'avoir participé à "
                        + "l'entraide.",
                        "To keep your account, simply sign in again before that date. If you no longer wish to take "
                        + "part, there is nothing to do. Thank you for taking part in mutual aid."))
                .footer(c.branding()).build(subject);
    }

    private RenderedMessage appeal(CrisisAppealNotice n, MessageContext c) {
        String territory = c.branding().displayName();
        String subject = t(c, territory + " : appel aux bénévoles", territory + ": a call for volunteers");
        return new MailBody(c, subject).paragraph(greeting(c, n.recipient().name()))
                .paragraph(t(c, "L'équipe de modération de " + territory + " lance un appel aux personnes bénévoles :",
                        "The moderators of " + territory + " send a call to volunteers:"))
                .quote(n.text())
                .paragraph(t(c, "Si vous pouvez aider, proposez ou mettez à jour votre offre d'aide sur le service "
                        + "d'entraide ; les demandes vous seront proposées comme d'habitude.",
                        "If you can help, publish or update your offer of help on the mutual-aid service; requests "
                        + "will be proposed to you as usual."))
                .paragraph(volunteerOnly(c))
                .paragraph(t(c, "Vous recevez ce message parce que vous avez accepté de recevoir les appels en cas de "
                        + "crise. Un clic suffit pour ne plus les recevoir :",
                        "You receive this message because you agreed to receive appeals in a crisis. One click "
                        + "stops them:"))
                .action(t(c, "Ne plus recevoir d'appels", "Stop receiving appeals"), c.appealOptOut(n.optOutToken()))
                .footer(c.branding()).build(subject);
    }
}
