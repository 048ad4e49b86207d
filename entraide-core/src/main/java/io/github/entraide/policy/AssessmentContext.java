package io.github.entraide.policy;

import java.util.Objects;

/**
 * What the {@link VolunteerOnlyPolicy} knows about a text besides its words: the kind of help it was
 * filed under. Homework and administrative help speak of money by nature (a lesson on percentages, a bill to
 * pay online), so in those categories money words without a clear payment to the author never reject a text.
 *
 * <p>The policy does not depend on the catalogue: the use cases map a category to its {@link Kind} (see
 * {@code ModerationService}); a category a territory adds maps to its parent's kind, or {@link Kind#OTHER}.
 * Immutable and thread-safe.
 *
 * @param kind the kind of help, {@link Kind#UNKNOWN} when the caller does not know it
 */
public record AssessmentContext(Kind kind) {

    private static final AssessmentContext UNKNOWN = new AssessmentContext(Kind.UNKNOWN);

    /**
     * The kinds of help of the default catalogue, as far as the volunteer-only rule cares.
     *
     * <p>The constant names are stable: they may be stored or configured.
     */
    public enum Kind {
        /** Homework help: money is a subject of the lessons (prices, percentages, history of money). */
        HOMEWORK,
        /** Administrative help: bills, taxes, forms and banks, money paid to third parties. */
        ADMINISTRATIVE_HELP,
        /** IT help: payment apps, online banking and shops are tools to learn. */
        IT_HELP,
        /** Groceries: money changes hands for the goods, reimbursed on the receipt. */
        GROCERIES,
        /** Conversation. */
        CONVERSATION,
        /** Any other kind of help (pet walking, masks, printing, a territory's own categories). */
        OTHER,
        /** Not known: the text is read on its own words, as by {@link VolunteerOnlyPolicy#assess(String)}. */
        UNKNOWN;

        /**
         * Whether money is a subject of this kind of help by nature.
         *
         * @return true for homework and administrative help
         */
        public boolean moneyIsASubject() {
            return this == HOMEWORK || this == ADMINISTRATIVE_HELP;
        }
    }

    /**
     * Checks the kind.
     *
     * @throws NullPointerException if {@code kind} is null
     */
    public AssessmentContext {
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * A context of a known kind of help.
     *
     * @param kind the kind
     * @return the context
     * @throws NullPointerException if {@code kind} is null
     */
    public static AssessmentContext of(Kind kind) {
        return new AssessmentContext(kind);
    }

    /**
     * No context: the text is judged on its words alone.
     *
     * @return the shared unknown context
     */
    public static AssessmentContext unknown() {
        return UNKNOWN;
    }
}
