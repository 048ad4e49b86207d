package io.github.entraide.examples.portal;

import io.github.entraide.MailDeliveryException;
import io.github.entraide.notification.ContactsSharedNotice;
import io.github.entraide.notification.IntroductionProposedNotice;
import io.github.entraide.notification.Notification;
import io.github.entraide.spi.Notifier;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.Properties;

/**
 * A stand-in for the mail adapter's {@code SmtpNotifier} until it lands: plain-text mails in the
 * recipient's language, with the accept and decline links into the portal, sent with Jakarta Mail.
 * Thread-safe (one connection per message; the demo sends few).
 */
final class InterimSmtpNotifier implements Notifier {
    private final Session session;
    private final String baseUrl;

    InterimSmtpNotifier(String host, int port, String baseUrl) {
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", host);
        p.setProperty("mail.smtp.port", Integer.toString(port));
        p.setProperty("mail.smtp.connectiontimeout", "3000");
        p.setProperty("mail.smtp.timeout", "5000");
        p.setProperty("mail.smtp.writetimeout", "5000");
        p.setProperty("mail.smtp.localhost", "localhost"); // no reverse DNS lookup per message
        this.session = Session.getInstance(p);
        this.baseUrl = baseUrl;
    }

    @Override
    public void send(String deliveryId, Notification notification) {
        boolean en = "en".equals(notification.recipient().locale().getLanguage());
        String subject;
        StringBuilder body = new StringBuilder();
        body.append(en ? "Hello " : "Bonjour ").append(notification.recipient().name()).append(",\n\n");
        if (notification instanceof IntroductionProposedNotice n) {
            subject = (en ? "Someone needs help: " : "Quelqu’un a besoin d’aide : ") + n.categoryName() + " — " + n.communeName();
            body.append(en ? "A neighbour in " : "Une personne à ").append(n.communeName())
                    .append(en ? " asks for help (" : " demande de l’aide (").append(n.categoryName()).append(").\n\n")
                    .append("« ").append(n.requestText()).append(" »\n\n");
            if (n.onBehalf()) {
                body.append(en ? "Filed on behalf of someone by a relative or social worker.\n"
                        : "Demande faite pour quelqu’un par un proche ou un travailleur social.\n");
            }
            String link = baseUrl + "/introductions/" + n.introductionId().value();
            body.append(en ? "Accept: " : "Accepter : ").append(link).append("/accept\n")
                    .append(en ? "Decline: " : "Refuser : ").append(link).append("/decline\n\n")
                    .append(en ? "Contact details are exchanged only if you accept. All help is unpaid.\n"
                            : "Les coordonnées ne sont échangées que si vous acceptez. Toute aide est bénévole.\n");
        } else if (notification instanceof ContactsSharedNotice n) {
            subject = (en ? "Introduction accepted: " : "Mise en relation acceptée : ") + n.categoryName();
            body.append(en ? "Here is how to reach " : "Voici comment joindre ").append(n.counterpartName()).append(" :\n")
                    .append(n.counterpartEmail()).append('\n');
            n.counterpartPhone().ifPresent(p -> body.append(p).append('\n'));
            n.onBehalfOf().ifPresent(o -> body.append(en ? "Help for: " : "Aide pour : ").append(o).append('\n'));
            body.append('\n').append(en ? "Never share bank details. Help is always unpaid.\n"
                    : "Ne communiquez jamais de coordonnées bancaires. L’aide est toujours bénévole.\n");
            if (n.inPerson()) {
                body.append(en ? "Hand groceries over without contact.\n" : "Remettez les courses sans contact.\n");
            }
        } else {
            subject = (en ? "Entraide: " : "Entraide : ") + notification.kind().name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', ' ');
            body.append(en ? "Please see your introductions on the portal: " : "Voir vos mises en relation sur le portail : ")
                    .append(baseUrl).append("/introductions\n");
        }
        body.append("\n— Entraide, ").append(baseUrl).append('\n');
        try {
            MimeMessage message = new MimeMessage(session) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", "<" + deliveryId + "@" + notification.territoryId().value() + ".entraide>");
                }
            };
            message.setFrom(new InternetAddress("entraide@localhost", "Entraide", "UTF-8"));
            message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(notification.recipient().email(),
                    notification.recipient().name(), "UTF-8"));
            message.setSubject(subject, "UTF-8");
            message.setText(body.toString(), "UTF-8");
            message.setSentDate(new Date());
            Transport.send(message);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailDeliveryException(deliveryId, true, e);
        }
    }
}
