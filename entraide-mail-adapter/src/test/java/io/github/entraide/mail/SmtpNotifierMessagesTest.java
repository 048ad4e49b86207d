package io.github.entraide.mail;

import static io.github.entraide.mail.Notices.COUNTERPART_EMAIL;
import static io.github.entraide.mail.Notices.GRENOBLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.github.entraide.MailDeliveryException;
import io.github.entraide.domain.TerritoryId;
import io.github.entraide.notification.Notification;
import io.github.entraide.notification.NotificationKind;
import io.github.entraide.notification.OfferRemovedNotice;
import io.github.entraide.notification.ProposalExpiredNotice;
import io.github.entraide.domain.MemberRole;
import io.github.entraide.domain.OfferId;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SmtpNotifierMessagesTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private SmtpNotifier notifier;

    private SmtpNotifier notifier() {
        if (notifier == null) {
            notifier = Notices.notifier(GREEN_MAIL.getSmtp().getPort()).build();
        }
        return notifier;
    }

    @AfterEach
    void close() {
        if (notifier != null) {
            notifier.close();
        }
    }

    /** A received message, read back through Jakarta Mail. */
    private record Received(MimeMessage message, String text, String html) {
        String header(String name) throws Exception {
            String[] values = message.getHeader(name);
            assertThat(values).as(name).hasSize(1);
            return values[0];
        }
    }

    private Received sendAndReceive(String id, Notification n) throws Exception {
        int before = GREEN_MAIL.getReceivedMessages().length;
        notifier().send(id, n);
        assertThat(GREEN_MAIL.waitForIncomingEmail(5_000, before + 1)).isTrue();
        MimeMessage m = GREEN_MAIL.getReceivedMessages()[before];
        assertThat(m.getContentType()).startsWith("multipart/alternative");
        MimeMultipart mp = (MimeMultipart) m.getContent();
        assertThat(mp.getCount()).isEqualTo(2);
        BodyPart text = mp.getBodyPart(0);
        BodyPart html = mp.getBodyPart(1);
        assertThat(text.getContentType()).isEqualToIgnoringCase("text/plain; charset=UTF-8");
        assertThat(html.getContentType()).isEqualToIgnoringCase("text/html; charset=UTF-8");
        return new Received(m, (String) text.getContent(), (String) html.getContent());
    }

    private static final Map<NotificationKind, String[]> SUBJECTS = new EnumMap<>(Map.ofEntries(
            Map.entry(NotificationKind.INTRODUCTION_PROPOSED,
                    new String[] {"une demande d'aide près de chez vous", "someone near you needs help"}),
            Map.entry(NotificationKind.CONTACTS_SHARED,
                    new String[] {"vous êtes mis en relation", "you are now in touch"}),
            Map.entry(NotificationKind.PROPOSAL_REMINDER,
                    new String[] {"rappel, une demande d'aide attend votre réponse",
                        "reminder, a request for help awaits"}),
            Map.entry(NotificationKind.PROPOSAL_EXPIRED,
                    new String[] {"la proposition d'aide a expiré", "the proposal to help has expired"}),
            Map.entry(NotificationKind.OFFER_REMOVED,
                    new String[] {"votre offre d'aide a été retirée", "your offer of help was removed"}),
            Map.entry(NotificationKind.ERASURE_CONFIRMED,
                    new String[] {"vos données ont été effacées", "your data has been erased"}),
            Map.entry(NotificationKind.REQUEST_REMOVED,
                    new String[] {"votre demande d'aide a été retirée", "your request for help was removed"}),
            Map.entry(NotificationKind.CONTENT_APPROVED,
                    new String[] {"votre offre d'aide est publiée", "your offer of help is published"}),
            Map.entry(NotificationKind.MEMBER_SUSPENDED,
                    new String[] {"votre compte est suspendu", "your account is suspended"}),
            Map.entry(NotificationKind.MEMBER_REINSTATED,
                    new String[] {"votre compte est de nouveau actif", "your account is active again"}),
            Map.entry(NotificationKind.INACTIVITY_WARNING,
                    new String[] {"votre compte sera bientôt effacé", "your account will soon be erased"}),
            Map.entry(NotificationKind.CRISIS_APPEAL,
                    new String[] {"appel aux bénévoles", "a call for volunteers"})));

    /** What the body of each kind must say besides the greeting and footer, in French then English. */
    private static final Map<NotificationKind, String[]> BODIES = new EnumMap<>(Map.ofEntries(
            Map.entry(NotificationKind.INTRODUCTION_PROPOSED,
                    new String[] {"Besoin de courses pour ma mère, 82 ans.", "Besoin de courses pour ma mère, 82 ans."}),
            Map.entry(NotificationKind.CONTACTS_SHARED, new String[] {"Élodie Martin", "Élodie Martin"}),
            Map.entry(NotificationKind.PROPOSAL_REMINDER,
                    new String[] {"La proposition expire le", "The proposal expires on"}),
            Map.entry(NotificationKind.PROPOSAL_EXPIRED, new String[] {"votre offre reste publiée",
                "your offer stays published"}),
            Map.entry(NotificationKind.OFFER_REMOVED, new String[] {"l'aide proposée était rémunérée",
                "the help offered was paid"}),
            Map.entry(NotificationKind.ERASURE_CONFIRMED, new String[] {"Seules des statistiques anonymes",
                "Only anonymous statistics"}),
            Map.entry(NotificationKind.REQUEST_REMOVED, new String[] {"l'aide proposée était rémunérée",
                "the help offered was paid"}),
            Map.entry(NotificationKind.CONTENT_APPROVED, new String[] {"elle est maintenant publiée",
                "it is now published"}),
            Map.entry(NotificationKind.MEMBER_SUSPENDED, new String[] {"des propos ou un comportement "
                + "irrespectueux", "disrespectful words or behaviour"}),
            Map.entry(NotificationKind.MEMBER_REINSTATED, new String[] {"vous pouvez de nouveau publier",
                "you can again publish"}),
            Map.entry(NotificationKind.INACTIVITY_WARNING, new String[] {"effacés à partir du jeudi 16 avril 2026 "
                + "à 11h00", "erased from Thursday 16 April 2026 at 11:00"}),
            Map.entry(NotificationKind.CRISIS_APPEAL, new String[] {"besoin de bras pour les courses des aînés",
                "we need hands for the elderly's groceries"})));

    @Test
    void everyKindHasASubjectAndABodyToCheck() {
        assertThat(SUBJECTS.keySet()).containsExactlyInAnyOrder(NotificationKind.values());
        assertThat(BODIES.keySet()).containsExactlyInAnyOrder(NotificationKind.values());
    }

    static Stream<Arguments> everyKindInBothLanguages() {
        return Stream.of(NotificationKind.values())
                .flatMap(k -> Stream.of(Arguments.of(k, Locale.FRENCH), Arguments.of(k, Locale.ENGLISH)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyKindInBothLanguages")
    void everyKindIsSentInTheRecipientsLanguageAsTextAndHtmlWithBrandedHeaders(NotificationKind kind, Locale locale)
            throws Exception {
        boolean en = locale.equals(Locale.ENGLISH);
        Notification n = Notices.of(kind, Notices.recipient("Camille Durand-Léger", locale));

        Received r = sendAndReceive("msg-" + kind.ordinal() + "-" + locale, n);

        MimeMessage m = r.message();
        assertThat(m.getSubject()).startsWith(en ? "Grenoble-Alpes Métropole: " : "Grenoble-Alpes Métropole : ")
                .contains(SUBJECTS.get(kind)[en ? 1 : 0]);
        assertThat(r.header("Subject")).as("encoded, not raw 8-bit").startsWith("=?UTF-8?");
        assertThat(r.header("Message-ID")).isEqualTo("<msg-" + kind.ordinal() + "-" + locale
                + "@grenoble-alpes-metropole.entraide>");
        InternetAddress from = (InternetAddress) m.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("entraide@grenoble.example");
        assertThat(from.getPersonal()).isEqualTo("Entraide Grenoble-Alpes Métropole");
        InternetAddress to = (InternetAddress) m.getAllRecipients()[0];
        assertThat(to.getAddress()).isEqualTo("camille.durand@example.org");
        assertThat(to.getPersonal()).isEqualTo("Camille Durand-Léger");
        assertThat(m.getAllRecipients()).hasSize(1);
        assertThat(((InternetAddress) m.getReplyTo()[0]).getAddress()).isEqualTo("moderation@grenoble.example");
        assertThat(r.header("Auto-Submitted")).isEqualTo("auto-generated");
        assertThat(r.header("List-Unsubscribe")).as("an appeal's own one-click link, else the territory's")
                .isEqualTo(kind == NotificationKind.CRISIS_APPEAL ? "<" + Notices.OPT_OUT_URL + ">"
                        : "<https://portal.example/entraide/desabonnement>");
        assertThat(r.header("Content-Language")).isEqualTo(en ? "en" : "fr");
        assertThat(m.getSentDate()).isNotNull();

        assertThat(r.text()).startsWith(en ? "Hello Camille Durand-Léger," : "Bonjour Camille Durand-Léger,")
                .contains("https://portal.example/entraide/confidentialite")
                .contains("Grenoble-Alpes Métropole, 3 rue Malakoff, 38000 Grenoble");
        assertThat(r.html()).contains("<html lang=\"" + (en ? "en" : "fr") + "\">")
                .contains("<meta charset=\"UTF-8\">")
                .contains(en ? "Hello Camille Durand-Léger," : "Bonjour Camille Durand-Léger,")
                .contains("href=\"https://portal.example/entraide/desabonnement\"");
        assertThat(r.text() + r.html()).as("contact details only in CONTACTS_SHARED")
                .satisfies(body -> assertThat(body.contains(COUNTERPART_EMAIL))
                        .isEqualTo(kind == NotificationKind.CONTACTS_SHARED));
        assertThat(r.text()).as("what the %s message says", kind).contains(BODIES.get(kind)[en ? 1 : 0]);
        assertThat(r.html()).as("what the %s message says, in HTML", kind)
                .contains(Html.escape(BODIES.get(kind)[en ? 1 : 0]));
        if (en) {
            assertThat(r.text()).doesNotContain("Bonjour", " : ");
        }
    }

    @Test
    void aProposedIntroductionCarriesAcceptAndDeclineLinksAndTheRequestButNoContactDetails() throws Exception {
        Received r = sendAndReceive("msg-1", Notices.proposed(Notices.recipient("Camille", Locale.FRENCH),
                "Besoin de courses pour ma mère, 82 ans.", true));

        assertThat(r.text())
                .contains("J'accepte d'aider : https://portal.example/entraide/introductions/intro-42/accept")
                .contains("Je ne peux pas cette fois : https://portal.example/entraide/introductions/intro-42/decline")
                .contains("Saint-Martin-d'Hères")
                .contains("\u00ab\u00a0Besoin de courses pour ma mère, 82 ans.\u00a0\u00bb")
                .contains("Quand : dès que possible")
                .contains("Urgence : aujourd'hui ou demain")
                .contains("la proposition expirera")
                .contains("jeudi 19 mars 2026 à 10h00")
                .contains("parent ou tuteur")
                .contains("aucun paiement")
                .doesNotContain("@example.org");
        assertThat(r.html())
                .contains("href=\"https://portal.example/entraide/introductions/intro-42/accept\"")
                .contains("href=\"https://portal.example/entraide/introductions/intro-42/decline\"")
                .contains("Saint-Martin-d&#39;Hères");
    }

    @Test
    void sharedContactsCarryTheCounterpartsDetailsAndTheSafetyGuidanceThatApplies() throws Exception {
        Received inPerson = sendAndReceive("msg-1",
                Notices.contacts(Notices.recipient("Camille", Locale.FRENCH), true, false));
        Received minorRemote = sendAndReceive("msg-2",
                Notices.contacts(Notices.recipient("Camille", Locale.ENGLISH), false, true));

        assertThat(inPerson.text()).contains("Nom : Élodie Martin", "E-mail : " + COUNTERPART_EMAIL,
                "Téléphone : +33 6 12 34 56 78", "coordonnées bancaires", "remise sans contact")
                .doesNotContain("mineure");
        assertThat(inPerson.html()).contains("<li><strong>E-mail</strong> : " + COUNTERPART_EMAIL + "</li>");
        assertThat(minorRemote.text()).contains("Name: Élodie Martin", "Never share your bank details",
                "never ask for or accept money", "a parent or guardian stays present")
                .doesNotContain("contactless");
    }

    @Test
    void everyUserSuppliedValueIsEscapedInTheHtmlPart() throws Exception {
        String script = "<script>alert(1)</script>";
        Received r = sendAndReceive("msg-1", Notices.proposed(Notices.recipient("Eve " + script, Locale.FRENCH),
                "Aidez-moi " + script + " & merci \"vraiment\"", false));

        assertThat(r.html()).doesNotContain("<script>")
                .contains("Bonjour Eve &lt;script&gt;alert(1)&lt;/script&gt;,")
                .contains("Aidez-moi &lt;script&gt;alert(1)&lt;/script&gt; &amp; merci &quot;vraiment&quot;");
        assertThat(r.text()).as("the text part shows the words as typed").contains("Aidez-moi " + script);
        assertThat(((InternetAddress) r.message().getAllRecipients()[0]).getPersonal()).isEqualTo("Eve " + script);
    }

    @Test
    void aLineBreakInAHeaderValueBuiltFromUserDataIsRefusedNotStripped() {
        List<Notification> injections = List.of(
                Notices.of(NotificationKind.ERASURE_CONFIRMED,
                        Notices.recipient("Jean\r\nBcc: victim@example.org", Locale.FRENCH)),
                Notices.of(NotificationKind.ERASURE_CONFIRMED,
                        new io.github.entraide.notification.Recipient("Jean", "jean@example.org\nBcc: x@y.org",
                                Locale.FRENCH)),
                new OfferRemovedNotice(GRENOBLE, Notices.recipient("Jean", Locale.FRENCH), OfferId.of("o-1"),
                        "Courses\r\nBcc: victim@example.org", "paid-help"));
        for (Notification n : injections) {
            assertThatThrownBy(() -> notifier().send("msg-1", n))
                    .isInstanceOfSatisfying(MailDeliveryException.class, e -> {
                        assertThat(e.isTransient()).isFalse();
                        assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class)
                                .hasMessageContaining("line break (CR or LF): refused")
                                .hasMessageNotContaining("victim");
                    });
        }
        assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void anInvalidRecipientAddressFailsPermanently() {
        Notification n = Notices.of(NotificationKind.ERASURE_CONFIRMED,
                new io.github.entraide.notification.Recipient("Jean", "jean@example.org, other@example.org",
                        Locale.FRENCH));
        assertThatThrownBy(() -> notifier().send("msg-1", n)).isInstanceOfSatisfying(MailDeliveryException.class,
                e -> {
                    assertThat(e.isTransient()).isFalse();
                    assertThat(e.getCause()).hasMessageContaining("not a valid e-mail address")
                            .hasMessageNotContaining("example.org").hasNoCause();
                });
    }

    @Test
    void concurrentSendersShareTheOneConnectionSafely() throws Exception {
        int threads = 4;
        int each = 5;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < each; i++) {
                        notifier().send("t" + thread + "-" + i, Notices.of(NotificationKind.ERASURE_CONFIRMED,
                                Notices.recipient("Membre " + i, Locale.FRENCH)));
                    }
                    return null;
                }));
            }
            notifier();
            go.countDown();
            for (java.util.concurrent.Future<?> f : done) {
                f.get(30, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(GREEN_MAIL.waitForIncomingEmail(5_000, threads * each)).isTrue();
        assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(threads * each);
        assertThat(notifier().connectionsOpened()).isEqualTo(1);
    }

    @Test
    void aBurstOfFiftyMessagesUsesOneConnection() throws Exception {
        for (int i = 0; i < 50; i++) {
            notifier().send("burst-" + i, Notices.of(NotificationKind.ERASURE_CONFIRMED,
                    Notices.recipient("Membre " + i, Locale.FRENCH)));
        }
        assertThat(GREEN_MAIL.waitForIncomingEmail(5_000, 50)).isTrue();
        assertThat(notifier().connectionsOpened()).isEqualTo(1);
    }

    @Test
    void aResendCarriesTheSameMessageId() throws Exception {
        Notification n = Notices.of(NotificationKind.PROPOSAL_REMINDER, Notices.recipient("Camille", Locale.FRENCH));
        Received first = sendAndReceive("outbox-7", n);
        Received second = sendAndReceive("outbox-7", n);
        assertThat(first.header("Message-ID")).isEqualTo(second.header("Message-ID"))
                .isEqualTo("<outbox-7@grenoble-alpes-metropole.entraide>");
    }

    @Test
    void theRemovalReasonIsReadableAndAnUnknownCodeFallsBack() throws Exception {
        Received fr = sendAndReceive("msg-1", Notices.of(NotificationKind.OFFER_REMOVED,
                Notices.recipient("Camille", Locale.FRENCH)));
        Received en = sendAndReceive("msg-2", new OfferRemovedNotice(GRENOBLE,
                Notices.recipient("Camille", Locale.ENGLISH), OfferId.of("o-1"), "Homework help", "spam-2026"));

        assertThat(fr.text()).contains("Motif : l'aide proposée était rémunérée");
        assertThat(en.text()).contains("Reason: unspecified reason (code \u201cspam-2026\u201d)");
        assertThat(MessageTemplates.defaults().withReason("spam-2026", "envoi massif", "bulk posting")
                .reason("spam-2026", Locale.ENGLISH)).isEqualTo("bulk posting");
    }

    @Test
    void anExpiredProposalTellsTheBeneficiaryAnotherHelperIsSought() throws Exception {
        Received r = sendAndReceive("msg-1", new ProposalExpiredNotice(GRENOBLE,
                Notices.recipient("Camille", Locale.ENGLISH), Notices.INTRO, MemberRole.BENEFICIARY,
                "Essential groceries"));
        assertThat(r.message().getSubject()).contains("we are looking for someone else to help you");
        assertThat(r.text()).contains("Your request stays open");
    }

    @Test
    void aTerritoryWithoutBrandingUsesTheDefaults() throws Exception {
        Notification n = new io.github.entraide.notification.ErasureConfirmedNotice(TerritoryId.of("meylan"),
                Notices.recipient("Camille", Locale.FRENCH));
        Received r = sendAndReceive("msg-1", n);
        assertThat(((InternetAddress) r.message().getFrom()[0]).getAddress()).isEqualTo("noreply@entraide.example");
        assertThat(r.message().getHeader("Reply-To")).isNull();
        assertThat(r.message().getHeader("List-Unsubscribe")).isNull();
        assertThat(r.header("Message-ID")).isEqualTo("<msg-1@meylan.entraide>");
        assertThat(r.message().getSubject()).isEqualTo("Entraide : vos données ont été effacées");
    }

    @Test
    void invalidConfigurationFailsWhenBuilt() {
        assertThatThrownBy(() -> IntroductionLinks.fromTemplate("https://portal.example/introductions/{introductionId}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{action}");
        assertThatThrownBy(() -> IntroductionLinks.fromTemplate("/introductions/{introductionId}/{action}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IntroductionLinks.fromTemplate("https://p.example/{introductionId}/{action}/{token}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TerritoryBranding.builder("Grenoble\r\nBcc: x@y.org").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TerritoryBranding.builder("Grenoble").privacyUrl("javascript:alert(1)").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SmtpNotifier.builder().host("localhost").from("a@b.example", "A").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("introductionUrlTemplate");
        assertThatThrownBy(() -> SmtpNotifier.builder().from("a@b.example\r\nBcc: x@y.org", "A"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
