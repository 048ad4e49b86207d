package io.github.entraide.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.BodyPart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AlternativeBodyTest {
    private static final String BOUNDARY = "=_entraide_msg-1";

    private static String read(String text, String html, int part) throws Exception {
        byte[] body = AlternativeBody.encode(BOUNDARY, text, html);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        raw.write(("MIME-Version: 1.0\r\nContent-Type: " + AlternativeBody.contentType(BOUNDARY)
                + "\r\nContent-Transfer-Encoding: 7bit\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        raw.write(body);
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.toByteArray()));
        MimeMultipart mp = (MimeMultipart) m.getContent();
        assertThat(mp.getCount()).isEqualTo(2);
        BodyPart p = mp.getBodyPart(part);
        assertThat(p.getContentType())
                .isEqualToIgnoringCase(part == 0 ? "text/plain; charset=UTF-8" : "text/html; charset=UTF-8");
        return (String) p.getContent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Bonjour Élodie,\n\nVotre compte est supprimé. «\u00a0merci\u00a0» — 😀",
        "trailing space \nand tab\t\nand at the very end ",
        "=_entraide_msg-1\n--=_entraide_msg-1--\n=3D = =\n",
        ".\n.. a line of dots\n.",
        "a very long line without any break that goes on and on well past the seventy-six characters"
                + " that quoted-printable allows on one line, with accents é à ü and = signs",
        "windows\r\nline\rends\n",
        ""
    })
    void bothPartsComeBackExactlyThroughJakartaMail(String value) throws Exception {
        String expected = value.replace("\r\n", "\n").replace('\r', '\n');
        assertThat(read(value, "<p>" + value + "</p>", 0).replace("\r\n", "\n")).isEqualTo(expected);
        assertThat(read(value, "<p>" + value + "</p>", 1).replace("\r\n", "\n")).isEqualTo("<p>" + expected + "</p>");
    }

    @Test
    void theBodyIsSevenBitWithShortLinesAndNeverHoldsTheBoundaryPrefix() {
        String value = "x=_y ".repeat(100) + "é".repeat(200) + "\n" + " ".repeat(300) + "\n=_" + BOUNDARY;
        byte[] body = AlternativeBody.encode(BOUNDARY, value, value);
        String s = new String(body, StandardCharsets.US_ASCII);
        for (byte b : body) {
            assertThat(b & 0xff).isLessThan(128);
        }
        for (String line : s.split("\r\n", -1)) {
            assertThat(line.length()).as(line).isLessThanOrEqualTo(76);
        }
        // The boundary appears only on its delimiter lines: two opening ones and the closing one.
        assertThat(s.split("=_", -1)).hasSize(4);
        assertThat(s).doesNotContain("\n\n").doesNotContainPattern("[^\r]\n");
    }

    @Test
    void aBoundaryThatQuotedPrintableCouldProduceIsRefused() {
        assertThatThrownBy(() -> AlternativeBody.encode("entraide", "a", "b"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("=_");
    }
}
