package io.github.entraide.domain;

import io.github.entraide.internal.Checks;
import java.time.Instant;
import java.util.Objects;

/**
 * A moderator's decision on a case.
 *
 * @param action what was decided
 * @param reasonCode a stable reason code the author is told (e.g. {@code paid-help}); never free text,
 *     so that no personal data lands in the audit trail
 * @param decidedBy the moderator's {@link Actor#auditName()}
 * @param decidedAt when
 */
public record ModerationDecision(ModerationAction action, String reasonCode, String decidedBy, Instant decidedAt) {

    /**
     * Checks the decision.
     *
     * @throws NullPointerException if a parameter is null
     * @throws IllegalArgumentException if the reason code is not an identifier
     */
    public ModerationDecision {
        Objects.requireNonNull(action, "action");
        Checks.identifier(reasonCode, "reasonCode");
        Checks.notBlank(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }
}
