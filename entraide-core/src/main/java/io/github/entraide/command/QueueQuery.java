package io.github.entraide.command;

import io.github.entraide.domain.CaseOrigin;
import io.github.entraide.domain.CaseStatus;
import io.github.entraide.domain.ModerationSubject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;

/**
 * Which part of a territory's moderation queue to read. An empty filter matches everything. The
 * queue is ordered urgent first (safety reports), then oldest first.
 *
 * @param territoryId the territory
 * @param status the cases' status (usually {@code OPEN}), or empty for any
 * @param kind the subject's kind, or empty for any
 * @param origin the origin, or empty for any
 */
public record QueueQuery(@NotNull @Pattern(regexp = Constraints.IDENTIFIER, message = Constraints.IDENTIFIER_MESSAGE) String territoryId,
        @NotNull Optional<CaseStatus> status,
        @NotNull Optional<ModerationSubject.Kind> kind,
        @NotNull Optional<CaseOrigin> origin) {

    /**
     * The open cases of a territory, whatever their kind and origin.
     *
     * @param territoryId the territory
     * @return the query
     */
    public static QueueQuery open(String territoryId) {
        return new QueueQuery(territoryId, Optional.of(CaseStatus.OPEN), Optional.empty(), Optional.empty());
    }
}
