package io.github.entraide.domain;

import io.github.entraide.internal.Checks;
import java.util.Objects;

/**
 * What a moderation case or an audit entry is about: an offer, a request or a member, by id.
 *
 * @param kind what kind of record
 * @param id the record's id
 */
public record ModerationSubject(Kind kind, String id) {

    /** The kinds of record moderators act on. */
    public enum Kind {
        /** A help offer. */
        OFFER,
        /** A help request. */
        REQUEST,
        /** A member. */
        MEMBER
    }

    /**
     * Checks the subject.
     *
     * @throws NullPointerException if a parameter is null
     * @throws IllegalArgumentException if the id is not an identifier
     */
    public ModerationSubject {
        Objects.requireNonNull(kind, "kind");
        Checks.identifier(id, "id");
    }

    /**
     * @param id the offer
     * @return the subject
     */
    public static ModerationSubject offer(OfferId id) {
        return new ModerationSubject(Kind.OFFER, id.value());
    }

    /**
     * @param id the request
     * @return the subject
     */
    public static ModerationSubject request(RequestId id) {
        return new ModerationSubject(Kind.REQUEST, id.value());
    }

    /**
     * @param id the member
     * @return the subject
     */
    public static ModerationSubject member(MemberId id) {
        return new ModerationSubject(Kind.MEMBER, id.value());
    }
}
