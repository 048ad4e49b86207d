package io.github.entraide.mail;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes the body of a {@code multipart/alternative} message (a plain-text part and an HTML part,
 * UTF-8, quoted-printable) straight to bytes, ready to be sent as they are. Building the MIME tree
 * through Jakarta Mail's {@code MimeMultipart} costs a data-handler lookup, a content-type parse and
 * a scan of every part to choose its encoding, for every message; the parts here are always text,
 * so their encoding is known. Quoted-printable output holds only 7-bit characters, lines of at
 * most 76 characters, and never the sequence {@code "=_"}, so a boundary starting with
 * {@code "=_"} cannot occur in a part. Stateless and thread-safe.
 */
final class AlternativeBody {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    /** RFC 2045: encoded lines are at most 76 characters long, the soft line break's "=" included. */
    private static final int MAX_LINE = 76;

    private AlternativeBody() {
    }

    /**
     * The {@code Content-Type} header value for a body written with this boundary.
     *
     * @param boundary the boundary, starting with {@code "=_"}
     * @return the header value
     */
    static String contentType(String boundary) {
        return "multipart/alternative; boundary=\"" + boundary + "\"";
    }

    /**
     * Writes the body.
     *
     * @param boundary the boundary, starting with {@code "=_"} and made of 7-bit characters allowed in a boundary
     * @param text the plain-text part
     * @param html the HTML part
     * @return the body, lines ending with CRLF
     */
    static byte[] encode(String boundary, String text, String html) {
        if (!boundary.startsWith("=_")) {
            throw new IllegalArgumentException("the boundary must start with =_");
        }
        Bytes out = new Bytes(text.length() + html.length() + (text.length() + html.length()) / 4 + 512);
        part(out, boundary, "plain", text);
        part(out, boundary, "html", html);
        out.ascii("--").ascii(boundary).ascii("--\r\n");
        return out.toArray();
    }

    private static void part(Bytes out, String boundary, String subtype, String content) {
        out.ascii("--").ascii(boundary).ascii("\r\nContent-Type: text/").ascii(subtype)
                .ascii("; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n");
        quotedPrintable(out, content.getBytes(StandardCharsets.UTF_8));
        out.ascii("\r\n");
    }

    /**
     * Quoted-printable (RFC 2045 section 6.7): line breaks ({@code \n}, {@code \r\n} or a lone
     * {@code \r}) become CRLF, a space or tab before a line break or at the end is encoded, lines
     * are broken softly before 76 characters.
     */
    static void quotedPrintable(Bytes out, byte[] in) {
        int line = 0;
        for (int i = 0; i < in.length; i++) {
            int b = in[i] & 0xff;
            if (b == '\r' || b == '\n') {
                if (b == '\r' && i + 1 < in.length && in[i + 1] == '\n') {
                    i++;
                }
                out.ascii("\r\n");
                line = 0;
                continue;
            }
            boolean lastOnLine = i + 1 == in.length || in[i + 1] == '\n' || in[i + 1] == '\r';
            boolean literal = (b >= 33 && b <= 126 && b != '=') || ((b == ' ' || b == '\t') && !lastOnLine);
            int width = literal ? 1 : 3;
            // Keep room for the soft break's "=" unless this is the line's last character.
            int room = lastOnLine ? MAX_LINE : MAX_LINE - 1;
            if (line + width > room) {
                out.ascii("=\r\n");
                line = 0;
            }
            if (literal) {
                out.add(b);
            } else {
                out.add('=').add(HEX[b >> 4]).add(HEX[b & 0xf]);
            }
            line += width;
        }
    }

    /** A growable byte buffer without the locking of {@code ByteArrayOutputStream}. */
    static final class Bytes {
        private byte[] buf;
        private int size;

        Bytes(int capacity) {
            buf = new byte[Math.max(16, capacity)];
        }

        Bytes add(int b) {
            if (size == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            buf[size++] = (byte) b;
            return this;
        }

        Bytes ascii(String s) {
            for (int i = 0; i < s.length(); i++) {
                add(s.charAt(i));
            }
            return this;
        }

        byte[] toArray() {
            return Arrays.copyOf(buf, size);
        }
    }
}
