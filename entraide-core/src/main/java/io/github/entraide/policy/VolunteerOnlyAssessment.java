package io.github.entraide.policy;

import java.util.List;
import java.util.Objects;

/**
 * The result of {@link VolunteerOnlyPolicy#assess(String)}: a verdict and the reasons behind it, in the
 * order they appear in the text.
 *
 * <p>The verdict is always the strictest verdict of the reasons, or {@link VolunteerOnlyVerdict#ACCEPTED}
 * when there is none; the constructor refuses any other combination.
 *
 * <p>Immutable and thread-safe.
 *
 * @param verdict the decision
 * @param reasons what was found; empty exactly when the verdict is {@code ACCEPTED}
 */
public record VolunteerOnlyAssessment(VolunteerOnlyVerdict verdict, List<VolunteerOnlyReason> reasons) {

    private static final VolunteerOnlyAssessment ACCEPTED_WITHOUT_REASON =
            new VolunteerOnlyAssessment(VolunteerOnlyVerdict.ACCEPTED, List.of());

    /**
     * Checks that the verdict is the one the reasons lead to and copies the reasons.
     *
     * @throws NullPointerException     if a component or a reason is null
     * @throws IllegalArgumentException if the verdict is not the strictest verdict of the reasons
     */
    public VolunteerOnlyAssessment {
        Objects.requireNonNull(verdict, "verdict");
        reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
        VolunteerOnlyVerdict expected = VolunteerOnlyVerdict.ACCEPTED;
        for (VolunteerOnlyReason reason : reasons) {
            expected = expected.stricter(reason.verdict());
        }
        if (expected != verdict) {
            throw new IllegalArgumentException("verdict " + verdict + " does not follow from the reasons (" + expected + ")");
        }
    }

    /**
     * An assessment whose verdict follows from the reasons.
     *
     * @param reasons what was found, possibly empty
     * @return the assessment
     */
    public static VolunteerOnlyAssessment of(List<VolunteerOnlyReason> reasons) {
        Objects.requireNonNull(reasons, "reasons");
        if (reasons.isEmpty()) {
            return ACCEPTED_WITHOUT_REASON;
        }
        VolunteerOnlyVerdict verdict = VolunteerOnlyVerdict.ACCEPTED;
        for (VolunteerOnlyReason reason : reasons) {
            verdict = verdict.stricter(Objects.requireNonNull(reason, "reason").verdict());
        }
        return new VolunteerOnlyAssessment(verdict, reasons);
    }

    /**
     * The assessment of a text in which nothing was found.
     *
     * @return an {@code ACCEPTED} assessment without reasons
     */
    public static VolunteerOnlyAssessment accepted() {
        return ACCEPTED_WITHOUT_REASON;
    }

    /**
     * Whether the text can be published as it is.
     *
     * @return {@code true} when the verdict is {@code ACCEPTED}
     */
    public boolean isAccepted() {
        return verdict == VolunteerOnlyVerdict.ACCEPTED;
    }

    /**
     * Whether a moderator must decide before publication.
     *
     * @return {@code true} when the verdict is {@code NEEDS_REVIEW}
     */
    public boolean requiresReview() {
        return verdict == VolunteerOnlyVerdict.NEEDS_REVIEW;
    }

    /**
     * Whether the text is refused.
     *
     * @return {@code true} when the verdict is {@code REJECTED}
     */
    public boolean isRejected() {
        return verdict == VolunteerOnlyVerdict.REJECTED;
    }
}
