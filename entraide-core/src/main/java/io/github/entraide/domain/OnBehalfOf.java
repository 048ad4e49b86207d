package io.github.entraide.domain;

import io.github.entraide.internal.Checks;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * The person a request is filed for, when the member filing it is a proxy (a relative, social
 * worker, municipal agent or guardian) for someone without e-mail. Contact goes through the
 * proxy. Immutable. Its constraints are checked with the command that carries it (the first name
 * is a name: at most 80 characters, no control character).
 *
 * @param firstName the first name of the person helped (personal data)
 * @param relationship how the proxy relates to them
 * @param minor whether the person helped is a minor (then the proxy must be a parent or guardian)
 */
public record OnBehalfOf(
        @Size(max = 80) @Pattern(regexp = "[^\\x00-\\x1F\\x7F-\\x9F\\uD800-\\uDFFF]*", message = "{validation.NoControlCharacters}")
        String firstName,
        ProxyRelationship relationship,
        boolean minor) {

    /**
     * Checks the proxy relation.
     *
     * @throws NullPointerException if a parameter is null
     * @throws IllegalArgumentException if the first name is blank
     */
    public OnBehalfOf {
        Checks.notBlank(firstName, "firstName");
        Objects.requireNonNull(relationship, "relationship");
    }

    /** Names no personal data. */
    @Override
    public String toString() {
        return "OnBehalfOf[" + relationship + (minor ? ", minor" : "") + "]";
    }
}
