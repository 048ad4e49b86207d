package io.github.entraide.policy;

import java.util.List;
import java.util.Objects;

/**
 * The result of {@link OffensiveContentPolicy#assess(String)}: what was found, in the order it appears
 * in the text. A text with any reason goes to a moderator; it is never rejected silently.
 *
 * <p>Immutable and thread-safe.
 *
 * @param reasons what was found; empty when the text is clear
 */
public record OffensiveContentAssessment(List<OffensiveContentReason> reasons) {

    private static final OffensiveContentAssessment CLEAR = new OffensiveContentAssessment(List.of());

    /**
     * Copies the reasons.
     *
     * @throws NullPointerException if the list or a reason is null
     */
    public OffensiveContentAssessment {
        reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
    }

    /**
     * The assessment of a text in which nothing was found.
     *
     * @return a clear assessment
     */
    public static OffensiveContentAssessment clear() {
        return CLEAR;
    }

    /**
     * Whether a moderator must look at the text before it is published or sent.
     *
     * @return {@code true} when there is at least one reason
     */
    public boolean requiresReview() {
        return !reasons.isEmpty();
    }
}
