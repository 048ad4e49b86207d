package io.github.entraide.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.github.entraide.MailDeliveryException;
import io.github.entraide.notification.NotificationKind;
import java.io.InputStream;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link SmtpNotifier.Builder#sslContext} makes the notifier trust a certificate the JVM does not:
 * GreenMail's self-signed test certificate, given as the only trusted one.
 */
class TlsContextTrustsPrivateCertificateTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(smtpsSetup());

    private static ServerSetup smtpsSetup() {
        ServerSetup setup = ServerSetupTest.SMTPS.dynamicPort();
        setup.setServerStartupTimeout(30_000); // the first TLS set-up of the JVM can be slow
        return setup;
    }

    /** A context whose only trusted certificate is GreenMail's (from its jar). */
    private static SSLContext trustingGreenMail() throws Exception {
        KeyStore greenMail = KeyStore.getInstance("PKCS12");
        try (InputStream in = GreenMailExtension.class.getClassLoader().getResourceAsStream("greenmail.p12")) {
            assertThat(in).as("greenmail.p12 in GreenMail's jar").isNotNull();
            greenMail.load(in, "changeit".toCharArray());
        }
        Certificate certificate = greenMail.getCertificate(greenMail.aliases().nextElement());
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("greenmail", certificate);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context;
    }

    private static SmtpNotifier.Builder smtps() {
        // GreenMail's certificate names no host, so only the name check is off here; the chain is
        // still verified (the second test shows it).
        return Notices.notifier(GREEN_MAIL.getSmtps().getPort()).security(SmtpSecurity.SMTPS)
                .property("mail.smtp.ssl.checkserveridentity", "false");
    }

    @Test
    void aContextTrustingTheServersCertificateLetsTheMessageThrough() throws Exception {
        try (SmtpNotifier notifier = smtps().sslContext(trustingGreenMail()).build()) {
            notifier.send("msg-1", Notices.of(NotificationKind.ERASURE_CONFIRMED,
                    Notices.recipient("Camille", Locale.FRENCH)));
        }
        assertThat(GREEN_MAIL.waitForIncomingEmail(5_000, 1)).isTrue();
        assertThat(GREEN_MAIL.getReceivedMessages()[0].getMessageID())
                .isEqualTo("<msg-1@grenoble-alpes-metropole.entraide>");
    }

    @Test
    void withoutItTheSelfSignedCertificateIsRefused() {
        try (SmtpNotifier notifier = smtps().build()) {
            assertThatThrownBy(() -> notifier.send("msg-1", Notices.of(NotificationKind.ERASURE_CONFIRMED,
                    Notices.recipient("Camille", Locale.FRENCH))))
                    .isInstanceOf(MailDeliveryException.class);
        }
        assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void aContextIsRequired() {
        assertThatThrownBy(() -> SmtpNotifier.builder().sslContext(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("context");
    }
}
