package io.github.entraide.command;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One side confirms that help was given; the introduction completes once both have. For example
 * {@code ConfirmCompletion.of(t, introductionId).renewing().withFeedback("Merci, tout s'est bien passé")};
 * optional parts are simply left out.
 *
 * @param territoryId the territory
 * @param introductionId the introduction
 * @param renew for a weekly request: this side agrees to meet again next week
 * @param feedback what this side wants to say about the help, possibly empty (none), at most
 *     {@value #MAX_FEEDBACK} characters; screened like every free text, kept for the platform and
 *     never shown or sent to the other side
 */
public record ConfirmCompletion(@NotNull @Pattern(regexp = Constraints.IDENTIFIER, message = Constraints.IDENTIFIER_MESSAGE) String territoryId,
        @NotNull @Pattern(regexp = Constraints.IDENTIFIER, message = Constraints.IDENTIFIER_MESSAGE) String introductionId,
        boolean renew,
        @NotNull @Size(max = ConfirmCompletion.MAX_FEEDBACK) @Pattern(regexp = Constraints.MULTILINE_TEXT, message = Constraints.NO_CONTROL_MESSAGE) String feedback) {

    /** The longest feedback, in characters. */
    public static final int MAX_FEEDBACK = 1000;

    /**
     * A confirmation without feedback: the record's form before feedback existed, kept so that
     * existing calls still compile and link.
     *
     * @param territoryId the territory
     * @param introductionId the introduction
     * @param renew for a weekly request: this side agrees to meet again next week
     */
    public ConfirmCompletion(String territoryId, String introductionId, boolean renew) {
        this(territoryId, introductionId, renew, "");
    }

    /**
     * A confirmation that does not renew and says nothing more; add the rest with
     * {@link #renewing()} and {@link #withFeedback(String)}.
     *
     * @param territoryId the territory
     * @param introductionId the introduction
     * @return the command
     */
    public static ConfirmCompletion of(String territoryId, String introductionId) {
        return new ConfirmCompletion(territoryId, introductionId, false, "");
    }

    /**
     * This confirmation, agreeing to meet again next week (a weekly request only).
     *
     * @return a copy of this command that renews
     */
    public ConfirmCompletion renewing() {
        return new ConfirmCompletion(territoryId, introductionId, true, feedback);
    }

    /**
     * This confirmation with this side's feedback.
     *
     * @param text what this side wants to say about the help (blank: none)
     * @return a copy of this command with the feedback
     */
    public ConfirmCompletion withFeedback(String text) {
        return new ConfirmCompletion(territoryId, introductionId, renew, text);
    }
}
