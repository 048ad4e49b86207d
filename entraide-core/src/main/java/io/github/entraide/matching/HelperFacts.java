package io.github.entraide.matching;

import io.github.entraide.domain.Member;
import io.github.entraide.domain.MemberId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * What matching may know of a helper: a first name to show, whether a moderator verified them
 * and their year of birth. No contact details. Immutable.
 *
 * @param id the member
 * @param firstName the name shown on a candidate (the first word of the display name)
 * @param verified whether a moderator verified the helper
 * @param yearOfBirth the year of birth, if given
 */
public record HelperFacts(MemberId id, String firstName, boolean verified, Optional<Integer> yearOfBirth) {

    /** Age from which a helper counts as an adult for safeguarding. */
    public static final int ADULT_AGE = 18;

    /**
     * Checks the facts.
     *
     * @throws NullPointerException if a parameter is null
     */
    public HelperFacts {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(yearOfBirth, "yearOfBirth");
    }

    /**
     * The facts of a member.
     *
     * @param member the member
     * @return the facts
     */
    public static HelperFacts of(Member member) {
        Objects.requireNonNull(member, "member");
        String name = member.displayName().strip();
        int space = name.indexOf(' ');
        return new HelperFacts(member.id(), space < 0 ? name : name.substring(0, space), member.verified(),
                member.yearOfBirth());
    }

    /**
     * Whether the helper is certainly an adult at an instant. Only a year of birth is known, so a
     * helper counts as an adult when born more than {@value #ADULT_AGE} calendar years before: a
     * helper with no year of birth is not known to be an adult.
     *
     * @param now the instant
     * @param zone the time zone that gives the current year
     * @return true if certainly {@value #ADULT_AGE} or older
     */
    public boolean isCertainlyAdult(Instant now, ZoneId zone) {
        int year = now.atZone(zone).getYear();
        return yearOfBirth.map(y -> year - y > ADULT_AGE).orElse(false);
    }
}
