package io.github.entraide.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.github.entraide.MailDeliveryException;
import io.github.entraide.notification.NotificationKind;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SmtpsWithAuthenticationTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(smtpsSetup())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("entraide", "s3cret"));

    private static ServerSetup smtpsSetup() {
        ServerSetup setup = ServerSetupTest.SMTPS.dynamicPort();
        setup.setServerStartupTimeout(30_000); // the first TLS set-up of the JVM can be slow
        return setup;
    }

    private SmtpNotifier.Builder smtps() {
        // GreenMail's test certificate is self-signed: trust it for this loopback server only.
        return Notices.notifier(GREEN_MAIL.getSmtps().getPort()).security(SmtpSecurity.SMTPS)
                .property("mail.smtp.ssl.trust", "127.0.0.1")
                .property("mail.smtp.ssl.checkserveridentity", "false");
    }

    @Test
    void sendsOverTlsWithCredentials() throws Exception {
        try (SmtpNotifier notifier = smtps().credentials("entraide", "s3cret").build()) {
            notifier.send("msg-1", Notices.of(NotificationKind.ERASURE_CONFIRMED,
                    Notices.recipient("Camille", Locale.FRENCH)));
        }
        assertThat(GREEN_MAIL.waitForIncomingEmail(5_000, 1)).isTrue();
        assertThat(GREEN_MAIL.getReceivedMessages()[0].getMessageID())
                .isEqualTo("<msg-1@grenoble-alpes-metropole.entraide>");
    }

    @Test
    void wrongCredentialsAreATransientFailureTheOperatorFixes() {
        try (SmtpNotifier notifier = smtps().credentials("entraide", "wrong").build()) {
            assertThatThrownBy(() -> notifier.send("msg-1", Notices.of(NotificationKind.ERASURE_CONFIRMED,
                    Notices.recipient("Camille", Locale.FRENCH))))
                    .isInstanceOfSatisfying(MailDeliveryException.class, e -> assertThat(e.isTransient()).isTrue());
        }
        assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
    }
}
