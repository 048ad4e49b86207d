package io.github.entraide.mail;

import jakarta.mail.internet.InternetAddress;

/** Checks of values that go into mail headers. */
final class HeaderValues {
    private HeaderValues() {
    }

    /**
     * Refuses a value holding a line break: it could add headers (header injection). Never strips.
     *
     * @param value the value
     * @param what what it is, for the message (no personal data)
     * @return the value
     * @throws IllegalArgumentException if the value holds a CR or an LF
     */
    static String singleLine(String value, String what) {
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            throw new IllegalArgumentException(what + " holds a line break (CR or LF): refused, a header value "
                    + "must be a single line");
        }
        return value;
    }

    /**
     * Whether a header value must be encoded even though it may be plain ASCII: a value holding
     * {@code =?} would otherwise be read by mail clients as an RFC 2047 encoded-word and shown
     * decoded, as something else than what the user typed (a name shown as {@code Bcc: x@example.org}).
     *
     * @param value the value
     * @return true when it holds {@code =?}
     */
    static boolean looksEncoded(String value) {
        return value.contains("=?");
    }

    /**
     * The value as RFC 2047 encoded-words ({@code =?UTF-8?B?...?=}), each at most 75 characters and
     * never splitting a character, joined by {@code separator}; read back by any mail client as
     * exactly the value (a lone surrogate, which UTF-8 cannot carry, becomes {@code ?}).
     *
     * @param value the value
     * @param separator what goes between words: {@code " "}, or {@code "\r\n "} to fold a header
     * @return the encoded value
     */
    static String encodedWords(String value, String separator) {
        StringBuilder out = new StringBuilder();
        StringBuilder chunk = new StringBuilder();
        int chunkBytes = 0;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            int bytes = ch.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (chunkBytes + bytes > 45) {
                append(out, chunk, separator);
                chunk.setLength(0);
                chunkBytes = 0;
            }
            chunk.append(ch);
            chunkBytes += bytes;
            i += Character.charCount(cp);
        }
        append(out, chunk, separator);
        return out.toString();
    }

    private static void append(StringBuilder out, CharSequence chunk, String separator) {
        if (chunk.length() == 0 && out.length() > 0) {
            return;
        }
        if (out.length() > 0) {
            out.append(separator);
        }
        out.append("=?UTF-8?B?").append(java.util.Base64.getEncoder().encodeToString(
                chunk.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))).append("?=");
    }

    /** An address whose display name is always sent as encoded-words. */
    static final class EncodedNameAddress extends InternetAddress {
        private static final long serialVersionUID = 1L;

        EncodedNameAddress(String address, String name) {
            setAddress(address);
            this.personal = name;
            this.encodedPersonal = encodedWords(name, " ");
        }
    }
}
