package io.github.entraide.service;

import java.util.Optional;

/**
 * How to reach the other side of an accepted introduction. Shown only inside an accepted (or
 * completed) introduction, to its two sides. {@link #toString()} hides it.
 *
 * @param name the other side's display name
 * @param email the other side's e-mail address
 * @param phone the other side's phone, if given
 * @param onBehalfOf the first name of the person helped, when the other side is a proxy
 */
public record ContactCard(String name, String email, Optional<String> phone, Optional<String> onBehalfOf) {

    @Override
    public String toString() {
        return "ContactCard[redacted]";
    }
}
