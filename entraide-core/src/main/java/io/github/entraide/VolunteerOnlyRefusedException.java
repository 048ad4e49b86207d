package io.github.entraide;

import io.github.entraide.policy.VolunteerOnlyAssessment;
import io.github.entraide.policy.VolunteerOnlyReason;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The volunteer-only policy rejected a free text (an offer, a request or an edit): it asks for or
 * offers payment. Nothing was stored. The message lists, in the reader's language, every reason
 * the policy found ({@link #reasons()}), so the person can fix their text. Reason
 * {@code volunteer-only}, message key {@code rule.volunteer-only}.
 */
public class VolunteerOnlyRefusedException extends RuleRefusedException {
    private static final long serialVersionUID = 1L;

    private final transient VolunteerOnlyAssessment assessment;

    /**
     * Creates the exception.
     *
     * @param assessment the policy's assessment, {@code REJECTED}
     */
    public VolunteerOnlyRefusedException(VolunteerOnlyAssessment assessment) {
        super("volunteer-only", "rule.volunteer-only", List.of(describe(assessment, Locale.FRENCH)));
        this.assessment = assessment;
    }

    private static String describe(VolunteerOnlyAssessment assessment, Locale locale) {
        Objects.requireNonNull(assessment, "assessment");
        return assessment.reasons().stream().map(r -> r.message(locale)).collect(Collectors.joining(" "));
    }

    /** @return the policy's assessment */
    public VolunteerOnlyAssessment assessment() {
        return assessment;
    }

    /** @return what the policy found, each with a French and an English message */
    public List<VolunteerOnlyReason> reasons() {
        return assessment.reasons();
    }

    @Override
    public String message(Locale locale) {
        return io.github.entraide.internal.Messages.format(locale, messageKey(), describe(assessment, locale));
    }
}
