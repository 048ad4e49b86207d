package io.github.entraide.notification;

import io.github.entraide.domain.Locales;
import io.github.entraide.internal.Checks;
import java.util.Locale;

/**
 * Who receives a notification. Personal data: never logged ({@link #toString()} hides it).
 *
 * @param name the display name
 * @param email the e-mail address
 * @param locale French or English
 */
public record Recipient(String name, String email, Locale locale) {

    /** Checks the parameters. */
    public Recipient {
        Checks.notBlank(name, "name");
        Checks.notBlank(email, "email");
        locale = Locales.supported(locale);
    }

    @Override
    public String toString() {
        return "Recipient[redacted, " + locale + "]";
    }
}
