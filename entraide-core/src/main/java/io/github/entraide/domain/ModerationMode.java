package io.github.entraide.domain;

/**
 * When a territory's moderators see new offers and requests.
 */
public enum ModerationMode {
    /**
     * Post-moderation (default): what the volunteer-only policy accepts is published at once; only
     * doubtful texts and member reports reach the moderators' queue.
     */
    POST,
    /**
     * Pre-moderation: every new or edited offer and request waits in the queue, pending review,
     * until a moderator approves it.
     */
    PRE
}
