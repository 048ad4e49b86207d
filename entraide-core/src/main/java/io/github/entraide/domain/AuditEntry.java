package io.github.entraide.domain;

import io.github.entraide.internal.Checks;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a territory's append-only audit trail: who did what, when, to what, and why. Written
 * for every moderation decision and report, every read of personal data by a moderator or an
 * administrator, every data export, erasure and retention action.
 *
 * <p>An entry holds ids and stable codes only, never a name, an address or a free text, so it may be
 * kept after the member it concerns is erased. Immutable.
 *
 * @param id the entry's id
 * @param territoryId the territory
 * @param at when
 * @param actor who: {@link Actor#auditName()}
 * @param action what, as a stable code (e.g. {@code moderation.remove}, {@code privacy.export},
 *     {@code personal-data.read})
 * @param subject what it was done to
 * @param concernedMemberId the member whose data or standing it concerns, if any
 * @param reasonCode why, as a stable code, if any
 */
public record AuditEntry(String id, TerritoryId territoryId, Instant at, String actor, String action,
        ModerationSubject subject, Optional<MemberId> concernedMemberId, Optional<String> reasonCode) {

    /**
     * Checks the entry.
     *
     * @throws NullPointerException if a parameter is null
     * @throws IllegalArgumentException if an id or a code is malformed
     */
    public AuditEntry {
        Checks.identifier(id, "id");
        Objects.requireNonNull(territoryId, "territoryId");
        Objects.requireNonNull(at, "at");
        Checks.notBlank(actor, "actor");
        Checks.notBlank(action, "action");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(concernedMemberId, "concernedMemberId");
        Objects.requireNonNull(reasonCode, "reasonCode");
    }
}
