package io.github.entraide.domain;

/** Why a member reports content or another member. */
public enum ReportReason {
    /** Payment asked or offered: the help is not voluntary. */
    PAYMENT,
    /** Insulting, discriminating or otherwise inappropriate. */
    INAPPROPRIATE,
    /** Advertising or spam. */
    SPAM,
    /** Someone's safety is at risk (urgent: first in the queue). */
    SAFETY,
    /** Anything else. */
    OTHER;

    /** @return whether the case goes first in the moderators' queue */
    public boolean isUrgent() {
        return this == SAFETY;
    }
}
