package io.github.entraide;

import io.github.entraide.internal.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Root of every exception Entraide throws for a refused use case or a failed infrastructure.
 * Each carries a stable {@link #code()} and a message a portal can show in French (the default,
 * also {@link #getMessage()}) or English ({@link #message(Locale)}). Messages never hold personal
 * data.
 */
public class EntraideException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final String messageKey;
    private final transient List<Object> arguments;

    /**
     * Creates an exception.
     *
     * @param code the stable code
     * @param messageKey the key of the message in Entraide's French and English bundles
     * @param arguments the message's arguments (ids, codes, numbers: no personal data)
     * @param cause the cause, or null
     */
    protected EntraideException(ErrorCode code, String messageKey, List<?> arguments, Throwable cause) {
        super(Messages.format(Locale.FRENCH, messageKey, arguments.toArray()), cause);
        this.code = Objects.requireNonNull(code, "code");
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
        this.arguments = List.copyOf(arguments);
    }

    /**
     * The stable code.
     *
     * @return the code
     */
    public ErrorCode code() {
        return code;
    }

    /**
     * The key of the message, for portals that keep their own translations.
     *
     * @return the key, for example {@code error.not-found}
     */
    public String messageKey() {
        return messageKey;
    }

    /**
     * The message in a locale: English for {@code en}, French otherwise.
     *
     * @param locale the locale
     * @return the message
     */
    public String message(Locale locale) {
        return Messages.format(locale, messageKey, arguments.toArray());
    }
}
