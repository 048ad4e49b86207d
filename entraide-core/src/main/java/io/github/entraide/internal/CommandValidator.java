package io.github.entraide.internal;

import io.github.entraide.InvalidCommandException;
import io.github.entraide.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Validates commands with Hibernate Validator before anything else, and turns violations into
 * one {@link InvalidCommandException} whose messages come from Entraide's French and English
 * bundles. Thread-safe. Not API.
 */
public final class CommandValidator {
    private static final String BUILT_IN_PREFIX = "{jakarta.validation.constraints.";
    private static final Set<String> SHOWN_ATTRIBUTES = Set.of("min", "max", "value");

    private final Validator validator;

    /** Builds the validator (no expression language needed). */
    public CommandValidator() {
        ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        this.validator = factory.getValidator();
    }

    /**
     * Validates a command.
     *
     * @param command the command
     * @param <T> its type
     * @return the command, if valid
     * @throws NullPointerException if the command is null
     * @throws InvalidCommandException listing every violation
     */
    public <T> T validate(T command) {
        Objects.requireNonNull(command, "command");
        Set<ConstraintViolation<T>> violations = validator.validate(command);
        if (violations.isEmpty()) {
            return command;
        }
        List<Violation> list = violations.stream()
                .map(CommandValidator::toViolation)
                .sorted(Comparator.comparing(Violation::property).thenComparing(Violation::constraint))
                .collect(Collectors.toList());
        throw new InvalidCommandException(command.getClass().getSimpleName(), list);
    }

    private static Violation toViolation(ConstraintViolation<?> v) {
        String constraint = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        String template = v.getMessageTemplate();
        String key;
        if (template.startsWith("{validation.") && template.endsWith("}")) {
            key = template.substring(1, template.length() - 1);
        } else if (template.startsWith(BUILT_IN_PREFIX) || Messages.has("validation." + constraint)) {
            key = "validation." + constraint;
        } else {
            key = "validation.unknown";
        }
        if (!Messages.has(key)) {
            key = "validation.unknown";
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        v.getConstraintDescriptor().getAttributes().forEach((name, value) -> {
            if (SHOWN_ATTRIBUTES.contains(name)) {
                attributes.put(name, value);
            }
        });
        String path = v.getPropertyPath().toString();
        return new Violation(path.isEmpty() ? "(command)" : path, constraint, key, attributes);
    }
}
