package io.github.entraide.policy;

/**
 * The decision of the {@link VolunteerOnlyPolicy} on one text, from the mildest to the strictest.
 *
 * <p>The constant names are part of the stable API: portals and adapters may store them.
 */
public enum VolunteerOnlyVerdict {
    /** Nothing in the text suggests payment: it can be published. */
    ACCEPTED,
    /** The text contains a doubtful element: a moderator decides before publication. */
    NEEDS_REVIEW,
    /** The text clearly asks for, states or offers payment: it is refused with its reasons. */
    REJECTED;

    /**
     * Returns the stricter of this verdict and {@code other}.
     *
     * @param other the other verdict, not null
     * @return the stricter verdict
     */
    public VolunteerOnlyVerdict stricter(VolunteerOnlyVerdict other) {
        java.util.Objects.requireNonNull(other, "other");
        return compareTo(other) >= 0 ? this : other;
    }
}
