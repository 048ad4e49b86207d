package io.github.entraide.mail;

import static io.github.entraide.mail.Notices.GRENOBLE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.entraide.notification.ErasureConfirmedNotice;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ConnectionReuseTest {

    private static void sendThree(SmtpNotifier notifier) {
        for (int i = 1; i <= 3; i++) {
            notifier.send("m-" + i, new ErasureConfirmedNotice(GRENOBLE, Notices.recipient("Camille", Locale.FRENCH)));
        }
    }

    @Test
    void withReuseTurnedOffEachMessageHasAConnectionOfItsOwnClosedOnceSent() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer();
                SmtpNotifier notifier = Notices.notifier(server.port()).reuseConnection(false).build()) {
            sendThree(notifier);

            assertThat(notifier.connectionsOpened()).isEqualTo(3);
            assertThat(server.connections()).isEqualTo(3);
            assertThat(server.acceptedMessageIds()).containsExactly(
                    "<m-1@grenoble-alpes-metropole.entraide>", "<m-2@grenoble-alpes-metropole.entraide>",
                    "<m-3@grenoble-alpes-metropole.entraide>");
        }
    }

    @Test
    void byDefaultABurstSharesOneConnection() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer();
                SmtpNotifier notifier = Notices.notifier(server.port()).build()) {
            sendThree(notifier);

            assertThat(notifier.connectionsOpened()).isEqualTo(1);
            assertThat(server.connections()).isEqualTo(1);
            assertThat(server.acceptedMessageIds()).hasSize(3);
        }
    }

    @Test
    void aUserValueShapedLikeTheBoundaryCannotSplitTheMessage() throws Exception {
        try (SmtpNotifier notifier = Notices.notifier(2525).build()) {
            MimeMessage composed = notifier.compose("m-1", new ErasureConfirmedNotice(GRENOBLE,
                    Notices.recipient("--=_entraide_m-1--", Locale.FRENCH)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            composed.writeTo(out);

            MimeMessage read = new MimeMessage(null, new ByteArrayInputStream(out.toByteArray()));
            MimeMultipart parts = (MimeMultipart) read.getContent();
            assertThat(parts.getCount()).isEqualTo(2);
            assertThat((String) parts.getBodyPart(0).getContent()).contains("Bonjour --=_entraide_m-1--,");
            assertThat(read.getMessageID()).isEqualTo("<m-1@grenoble-alpes-metropole.entraide>");
        }
    }
}
