package io.github.entraide.mail;

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
}
