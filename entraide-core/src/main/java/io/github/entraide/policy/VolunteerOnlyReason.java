package io.github.entraide.policy;

import java.util.Locale;
import java.util.Objects;

/**
 * One thing the {@link VolunteerOnlyPolicy} found in a text: what it is ({@link #code()}), the part of
 * the original text that matched ({@link #excerpt()}), and how serious it is ({@link #verdict()},
 * either {@link VolunteerOnlyVerdict#REJECTED} or {@link VolunteerOnlyVerdict#NEEDS_REVIEW}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param code    stable code of the reason
 * @param excerpt the matched words as the person wrote them, never blank
 * @param verdict the verdict this reason alone leads to; never {@link VolunteerOnlyVerdict#ACCEPTED}
 */
public record VolunteerOnlyReason(VolunteerOnlyReasonCode code, String excerpt, VolunteerOnlyVerdict verdict) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if the excerpt is blank or the verdict is {@code ACCEPTED}
     */
    public VolunteerOnlyReason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(excerpt, "excerpt");
        Objects.requireNonNull(verdict, "verdict");
        if (excerpt.isBlank()) {
            throw new IllegalArgumentException("excerpt must not be blank");
        }
        if (verdict == VolunteerOnlyVerdict.ACCEPTED) {
            throw new IllegalArgumentException("a reason is REJECTED or NEEDS_REVIEW, never ACCEPTED");
        }
    }

    /**
     * A sentence a person can read, saying what was found and why it matters, in English when the
     * locale's language is English and in French otherwise (French is the default language).
     *
     * <p>Example: {@code Le texte mentionne un montant (« 10 € ») : l'entraide est gratuite.} /
     * {@code The text mentions an amount ("10 €"): mutual aid is free.}
     *
     * @param locale the reader's locale, not null
     * @return the message, never blank
     */
    public String message(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        String quoted = english ? " (\"" + excerpt + "\")" : " (« " + excerpt + " »)";
        return code.lead(english) + quoted + tail(english);
    }

    /**
     * The French message, see {@link #message(Locale)}.
     *
     * @return the message in French
     */
    public String message() {
        return message(Locale.FRENCH);
    }

    private String tail(boolean english) {
        if (verdict == VolunteerOnlyVerdict.NEEDS_REVIEW) {
            if (code == VolunteerOnlyReasonCode.LIKELY_PAYMENT) {
                return english ? ": a moderator will read it." : " : un modérateur le lira.";
            }
            if (code == VolunteerOnlyReasonCode.REIMBURSEMENT_AMOUNT) {
                return english ? ": a moderator will check that it only covers the goods bought."
                        : " : un modérateur vérifiera qu'il ne couvre que les achats.";
            }
            return english ? ": a moderator will check that it is not a payment."
                    : " : un modérateur vérifiera qu'il ne s'agit pas d'un paiement.";
        }
        if (code == VolunteerOnlyReasonCode.PAYMENT_MEANS || code == VolunteerOnlyReasonCode.OFFER_TO_PAY) {
            return english ? ": mutual aid is free; only the groceries themselves may be reimbursed, on the receipt."
                    : " : l'entraide est gratuite ; seules les courses peuvent être remboursées, sur ticket.";
        }
        return english ? ": mutual aid is free." : " : l'entraide est gratuite.";
    }
}
