package io.github.entraide;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A command broke one or more constraints. Lists every violation; nothing was stored.
 */
public class InvalidCommandException extends EntraideException {
    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    /**
     * Creates the exception.
     *
     * @param command the command's simple name, for example {@code FileRequest}
     * @param violations every violation (at least one)
     */
    public InvalidCommandException(String command, List<Violation> violations) {
        super(ErrorCode.INVALID_COMMAND, "error.invalid-command", List.of(command, violations.size()), null);
        this.violations = List.copyOf(violations);
    }

    /**
     * Every violation, ordered by property path.
     *
     * @return the violations
     */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * The message followed by every violation, in a locale.
     *
     * @param locale the locale
     * @return the message
     */
    @Override
    public String message(Locale locale) {
        return super.message(locale) + violations.stream()
                .map(v -> "\n - " + v.property() + " : " + v.message(locale))
                .collect(Collectors.joining());
    }

    @Override
    public String getMessage() {
        return message(Locale.FRENCH);
    }
}
