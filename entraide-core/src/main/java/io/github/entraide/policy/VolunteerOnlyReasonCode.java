package io.github.entraide.policy;

/**
 * Stable code of one reason found by the {@link VolunteerOnlyPolicy}. Codes never change meaning:
 * portals may store them, count them or map them to their own wording.
 */
public enum VolunteerOnlyReasonCode {
    /** An amount of money: {@code 10 €}, {@code €10}, {@code dix euros}, {@code a fiver}, {@code 5 balles}. */
    AMOUNT("Le texte mentionne un montant", "The text mentions an amount"),
    /** An amount per unit of time or service: {@code 15 €/h}, {@code 20 la séance}, {@code $15 per walk}. */
    RATE("Le texte indique un tarif (à l'heure ou à la prestation)", "The text states a rate (per hour or per service)"),
    /** A word that speaks of payment: {@code payant}, {@code rémunéré}, {@code tarif}, {@code fee}, {@code I charge}. */
    PAYMENT_WORD("Le texte parle de paiement", "The text speaks of payment"),
    /** A means of payment outside a reimbursement of groceries: {@code Lydia}, {@code PayPal}, {@code espèces}, {@code CESU}. */
    PAYMENT_MEANS("Le texte mentionne un moyen de paiement", "The text mentions a means of payment"),
    /** The author offers to pay the other person: {@code je vous paierai}, {@code I'll pay you}, {@code un petit billet}. */
    OFFER_TO_PAY("Le texte propose de payer la personne", "The text offers to pay the person"),
    /** Compensation or a contribution to costs: {@code dédommagement}, {@code participation aux frais}, {@code petrol money}. */
    COMPENSATION("Le texte évoque un dédommagement ou une participation aux frais",
            "The text mentions compensation or a contribution to costs"),
    /** An amount next to a reimbursement, that may cover more than the goods bought. */
    REIMBURSEMENT_AMOUNT("Le texte mentionne un montant à côté d'un remboursement",
            "The text mentions an amount alongside a reimbursement"),
    /** A term added by the territory ({@link VolunteerOnlyPolicy.Builder}). */
    TERRITORY_TERM("Le texte contient un terme signalé par votre territoire",
            "The text contains a term flagged by your territory"),
    /**
     * The learned arbiter judged that the text may ask for payment though no rule fired; the excerpt is the word or
     * pair of words that weighed most. Always {@code NEEDS_REVIEW}, never {@code REJECTED}.
     */
    LIKELY_PAYMENT("Le texte pourrait demander un paiement", "The text may ask for payment");

    private final String french;
    private final String english;

    VolunteerOnlyReasonCode(String french, String english) {
        this.french = french;
        this.english = english;
    }

    String lead(boolean inEnglish) {
        return inEnglish ? english : french;
    }
}
