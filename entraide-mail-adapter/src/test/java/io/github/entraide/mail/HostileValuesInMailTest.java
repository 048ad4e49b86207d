package io.github.entraide.mail;

import static io.github.entraide.mail.Notices.GRENOBLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.entraide.domain.CategoryId;
import io.github.entraide.domain.MemberRole;
import io.github.entraide.domain.OfferId;
import io.github.entraide.notification.ContactsSharedNotice;
import io.github.entraide.notification.IntroductionProposedNotice;
import io.github.entraide.notification.Notification;
import io.github.entraide.notification.OfferRemovedNotice;
import io.github.entraide.domain.Timing;
import io.github.entraide.domain.Urgency;
import io.github.entraide.testkit.generators.HostileStrings;
import jakarta.mail.Address;
import jakarta.mail.Header;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every hostile string of the test kit's catalogue in every user-supplied value of a message (the
 * recipient's name, which goes into the {@code To} header; a category name, which goes into the
 * subject; a free text, a counterpart's name and a commune name, which go into the body): a value
 * holding CR or LF that would reach a header is refused, never stripped; otherwise the message has
 * exactly the headers the adapter writes (no {@code Bcc}, no second {@code To}, the subject on one
 * line and read back as rendered), and the HTML part shows each value escaped, never raw.
 */
class HostileValuesInMailTest {
    private static final Set<String> HEADERS = Set.of("Date", "From", "To", "Reply-To", "Message-ID", "Subject",
            "MIME-Version", "Content-Type", "Auto-Submitted", "Content-Language", "List-Unsubscribe",
            "Content-Transfer-Encoding");

    private final SmtpNotifier notifier = Notices.notifier(2525).build();

    @AfterEach
    void close() {
        notifier.close();
    }

    @Test
    void hostileValuesAreEscapedInTheHtmlPartAndCannotAddHeaders() throws Exception {
        List<String> payloads = new ArrayList<>(HostileStrings.catalogue());
        payloads.add(HostileStrings.huge(10_000));
        int composed = 0;
        int refused = 0;
        for (int i = 0; i < payloads.size(); i++) {
            String payload = payloads.get(i);
            // French and English in turn: the templates differ by language, the escaping does not.
            for (Locale locale : List.of(i % 2 == 0 ? Locale.FRENCH : Locale.ENGLISH)) {
                var recipient = new io.github.entraide.notification.Recipient(payload, "camille@example.org", locale);
                var plain = Notices.recipient("Camille", locale);
                List<Notification> inHeaders = List.of(
                        new OfferRemovedNotice(GRENOBLE, plain, OfferId.of("offer-7"), payload, "paid-help"),
                        Notices.proposed(recipient, "Pain et lait.", false));
                List<Notification> inBody = List.of(
                        Notices.proposed(plain, payload, false),
                        new IntroductionProposedNotice(GRENOBLE, plain, Notices.INTRO, CategoryId.of("groceries"),
                                "Courses", payload, Timing.asSoonAsPossible(), Urgency.HIGH, "Pain.", true, false,
                                Notices.NOW.plusSeconds(86_400)),
                        new ContactsSharedNotice(GRENOBLE, plain, Notices.INTRO, CategoryId.of("groceries"), "Courses",
                                true, false, MemberRole.HELPER, payload, "elodie@example.org", Optional.empty(),
                                Optional.empty()));
                boolean lineBreak = payload.indexOf('\r') >= 0 || payload.indexOf('\n') >= 0;
                for (Notification n : inHeaders) {
                    Throwable thrown = catchThrowable(() -> notifier.compose("d-1", n));
                    if (lineBreak) {
                        assertThat(thrown).as("%s", HostileInputContractView.escaped(payload))
                                .isInstanceOf(IllegalArgumentException.class)
                                .hasMessageContaining("line break (CR or LF): refused");
                        refused++;
                    } else {
                        assertThat(thrown).as("%s", HostileInputContractView.escaped(payload)).isNull();
                        check(notifier.compose("d-1", n), payload, n);
                        composed++;
                    }
                }
                for (Notification n : inBody) {
                    check(notifier.compose("d-1", n), payload, n);
                    composed++;
                }
            }
        }
        String json = "{\"test\":\"HostileValuesInMailTest\",\"payloads\":" + payloads.size()
                + ",\"messages_composed\":" + composed + ",\"header_values_refused\":" + refused
                + ",\"injected_headers\":0,\"unescaped_html\":0}";
        Files.createDirectories(Path.of("target", "guarantees"));
        Files.writeString(Path.of("target", "guarantees", "HostileValuesInMailTest.json"), json + "\n");
        System.out.println("[guarantees] HostileValuesInMailTest: " + payloads.size() + " payloads, " + composed
                + " messages composed with no injected header and every value escaped in HTML, " + refused
                + " header values with CR/LF refused");
    }

    @Test
    void anEncodedWordTypedInANameOrACategoryIsShownAsTypedNotDecoded() throws Exception {
        String typed = "=?utf-8?q?Bcc=3A_victim=40example=2Eorg?=";
        MimeMessage toName = roundTrip(notifier.compose("d-1", Notices.proposed(
                new io.github.entraide.notification.Recipient(typed, "camille@example.org", Locale.FRENCH),
                "Pain.", false)));
        assertThat(((InternetAddress) toName.getRecipients(MimeMessage.RecipientType.TO)[0]).getPersonal())
                .isEqualTo(typed);
        assertThat(toName.getHeader("To")[0]).doesNotContain(typed).contains("=?UTF-8?B?");

        MimeMessage inSubject = roundTrip(notifier.compose("d-1", new OfferRemovedNotice(GRENOBLE,
                Notices.recipient("Camille", Locale.FRENCH), OfferId.of("offer-7"), typed, "paid-help")));
        assertThat(inSubject.getSubject()).contains(typed).doesNotContain("Bcc: victim");
    }

    private static MimeMessage roundTrip(MimeMessage message) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        message.writeTo(bytes);
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes.toByteArray()));
    }

    private static void check(MimeMessage composed, String typed, Notification n) throws Exception {
        // The parts travel as UTF-8: what UTF-8 cannot encode (a lone surrogate, which the core's
        // validation refuses anyway) reads back as '?'.
        String payload = utf8(typed);
        String html = (String) ((MimeMultipart) composed.getContent()).getBodyPart(1).getContent();
        String text = (String) ((MimeMultipart) composed.getContent()).getBodyPart(0).getContent();
        String what = n.kind() + " with " + HostileInputContractView.escaped(typed);
        assertThat(html).as(what).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
                .doesNotContainIgnoringCase("<svg").doesNotContainIgnoringCase("<iframe")
                .doesNotContainIgnoringCase("</textarea");
        if (payload.indexOf('\r') < 0 && payload.indexOf('\n') < 0) {
            assertThat(html).as(what).contains(Html.escape(payload));
        }
        if (payload.contains("<") || payload.contains("\"")) {
            assertThat(html).as(what).doesNotContain(payload);
        }
        assertThat(text).as(what).contains(payload.replace("\r\n", "\n").strip().lines().findFirst().orElse(""));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        composed.writeTo(bytes);
        MimeMessage read = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(bytes.toByteArray()));
        Set<String> names = new TreeSet<>();
        for (Header h : Collections.list(read.getAllHeaders())) {
            names.add(h.getName());
        }
        assertThat(names).as(what).isSubsetOf(HEADERS);
        assertThat(read.getHeader("Bcc")).as(what).isNull();
        assertThat(read.getHeader("Cc")).as(what).isNull();
        Address[] to = read.getRecipients(MimeMessage.RecipientType.TO);
        assertThat(to).as(what).hasSize(1);
        assertThat(((InternetAddress) to[0]).getAddress()).isEqualTo(n.recipient().email());
        assertThat(((InternetAddress) to[0]).getPersonal()).as(what).isEqualTo(utf8(n.recipient().name()));
        assertThat(read.getSubject()).as(what).isEqualTo(utf8(composed.getSubject()));
        assertThat(read.getSubject()).doesNotContain("\r").doesNotContain("\n");
        String headerSection = new String(bytes.toByteArray(), StandardCharsets.ISO_8859_1).split("\r\n\r\n", 2)[0];
        assertThat(headerSection.lines().filter(l -> l.regionMatches(true, 0, "Bcc:", 0, 4))).as(what).isEmpty();
    }

    /** What a string becomes once encoded in UTF-8 and decoded (a lone surrogate turns into '?'). */
    private static String utf8(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    /** Escapes invisible characters for failure messages. */
    private static final class HostileInputContractView {
        static String escaped(String s) {
            StringBuilder out = new StringBuilder();
            s.chars().limit(200).forEach(c -> out.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c)
                    : String.format("\\u%04X", c)));
            return out.toString();
        }
    }
}
