package io.github.entraide;

import io.github.entraide.internal.Messages;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One broken constraint of a command. Holds no submitted value (it may be personal data).
 *
 * @param property the property path, for example {@code freeText} or {@code availability.slots[0].to}
 * @param constraint the constraint's simple name, for example {@code NotBlank} or {@code Size}
 * @param messageKey the key of the message in Entraide's bundles
 * @param attributes the constraint's attributes used by the message (for example {@code min}, {@code max})
 */
public record Violation(String property, String constraint, String messageKey, Map<String, Object> attributes) {

    /**
     * Checks the parameters.
     *
     * @throws NullPointerException if a parameter is null
     */
    public Violation {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(constraint, "constraint");
        Objects.requireNonNull(messageKey, "messageKey");
        attributes = Map.copyOf(Objects.requireNonNull(attributes, "attributes"));
    }

    /**
     * The message in a locale: English for {@code en}, French otherwise.
     *
     * @param locale the locale
     * @return the message
     */
    public String message(Locale locale) {
        return Messages.formatNamed(locale, messageKey, attributes);
    }
}
