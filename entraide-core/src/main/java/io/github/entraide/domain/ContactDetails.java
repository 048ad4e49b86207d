package io.github.entraide.domain;

import io.github.entraide.internal.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach a member: an e-mail address and optionally a phone number. Personal data:
 * disclosed to another member only inside an accepted introduction, never logged. Immutable.
 *
 * @param email the e-mail address
 * @param phone the phone number, if given
 */
public record ContactDetails(String email, Optional<String> phone) {

    /**
     * Checks the details.
     *
     * @throws NullPointerException if a parameter is null
     * @throws IllegalArgumentException if the e-mail is blank or holds a line break
     */
    public ContactDetails {
        Checks.notBlank(email, "email");
        Objects.requireNonNull(phone, "phone");
        if (email.indexOf('\r') >= 0 || email.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("email must not hold a line break");
        }
    }

    /**
     * Contact details with an e-mail address only.
     *
     * @param email the e-mail address
     * @return the details
     */
    public static ContactDetails email(String email) {
        return new ContactDetails(email, Optional.empty());
    }

    @Override
    public String toString() {
        return "ContactDetails[redacted]";
    }
}
