package io.github.entraide.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.github.entraide.MailDeliveryException;
import io.github.entraide.notification.CrisisAppealNotice;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A crisis appeal's e-mail, in each language, with its one-click opt-out link (RFC 8058). */
class CrisisAppealMailTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private record Received(MimeMessage message, String text, String html) {
    }

    private static Received send(SmtpNotifier.Builder builder, String id, CrisisAppealNotice notice) throws Exception {
        int before = GREEN_MAIL.getReceivedMessages().length;
        try (SmtpNotifier notifier = builder.build()) {
            notifier.send(id, notice);
        }
        assertThat(GREEN_MAIL.waitForIncomingEmail(5_000, before + 1)).isTrue();
        MimeMessage m = GREEN_MAIL.getReceivedMessages()[before];
        MimeMultipart mp = (MimeMultipart) m.getContent();
        return new Received(m, (String) mp.getBodyPart(0).getContent(), (String) mp.getBodyPart(1).getContent());
    }

    @Test
    void aFrenchAppealQuotesTheTextEscapedAndCarriesTheOneClickOptOutLink() throws Exception {
        CrisisAppealNotice notice = Notices.appeal(Notices.recipient("Camille", Locale.FRENCH),
                "Confinement dès demain <b>&</b> « courses » des aînés : besoin de vous !");

        Received r = send(Notices.notifier(GREEN_MAIL.getSmtp().getPort()), "appeal-fr", notice);

        assertThat(r.message().getSubject()).isEqualTo("Grenoble-Alpes Métropole : appel aux bénévoles");
        assertThat(r.message().getHeader("List-Unsubscribe")).containsExactly("<" + Notices.OPT_OUT_URL + ">");
        assertThat(r.message().getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(r.text()).startsWith("Bonjour Camille,")
                .contains("\u00ab\u00a0Confinement dès demain <b>&</b> « courses » des aînés : besoin de vous !")
                .contains("Ne plus recevoir d'appels : " + Notices.OPT_OUT_URL)
                .contains("aucun paiement");
        assertThat(r.html()).contains("<html lang=\"fr\">")
                .contains("Confinement dès demain &lt;b&gt;&amp;&lt;/b&gt;")
                .doesNotContain("<b>&</b>")
                .contains("href=\"" + Notices.OPT_OUT_URL + "\"")
                .contains("Ne plus recevoir d&#39;appels");
    }

    @Test
    void anEnglishAppealIsInEnglishWithTheSameLink() throws Exception {
        CrisisAppealNotice notice = Notices.appeal(Notices.recipient("Camille", Locale.ENGLISH),
                "Lockdown starts tomorrow: we need hands for groceries.");

        Received r = send(Notices.notifier(GREEN_MAIL.getSmtp().getPort()), "appeal-en", notice);

        assertThat(r.message().getSubject()).isEqualTo("Grenoble-Alpes Métropole: a call for volunteers");
        assertThat(r.message().getHeader("Content-Language")).containsExactly("en");
        assertThat(r.message().getHeader("List-Unsubscribe")).containsExactly("<" + Notices.OPT_OUT_URL + ">");
        assertThat(r.message().getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(r.text()).startsWith("Hello Camille,")
                .contains("\u201cLockdown starts tomorrow: we need hands for groceries.\u201d")
                .contains("Stop receiving appeals: " + Notices.OPT_OUT_URL)
                .doesNotContain("Bonjour");
        assertThat(r.html()).contains("<html lang=\"en\">").contains("href=\"" + Notices.OPT_OUT_URL + "\"");
    }

    @Test
    void anAppealIsNeverSentWithoutItsOptOutLink() {
        SmtpNotifier.Builder withoutTemplate = SmtpNotifier.builder().host("127.0.0.1")
                .port(GREEN_MAIL.getSmtp().getPort()).security(SmtpSecurity.NONE).heloName("entraide.test")
                .from("noreply@entraide.example", "Entraide").introductionUrlTemplate(Notices.URL_TEMPLATE);
        int before = GREEN_MAIL.getReceivedMessages().length;

        assertThatThrownBy(() -> {
            try (SmtpNotifier notifier = withoutTemplate.build()) {
                notifier.send("appeal-x", Notices.appeal(Notices.recipient("Camille", Locale.FRENCH), "Aidez-nous."));
            }
        }).isInstanceOf(MailDeliveryException.class);
        assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(before);
    }

    @Test
    void theTemplateMustHoldTheTokenPlaceholderAndBeAWebAddress() {
        assertThatThrownBy(() -> AppealOptOutLinks.fromTemplate("https://portal.example/opt-out"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AppealOptOutLinks.fromTemplate("ftp://portal.example/{token}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AppealOptOutLinks.fromTemplate("https://portal.example/{token}/{other}"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
