package io.github.entraide.service;

import io.github.entraide.domain.ConsentRecord;
import io.github.entraide.domain.Member;
import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.MemberRole;
import io.github.entraide.domain.MemberStatus;
import io.github.entraide.domain.TerritoryId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A member's profile as the member themself (or a moderator) sees it. Personal data:
 * {@link #toString()} hides it.
 *
 * @param id the member
 * @param territoryId the territory
 * @param displayName the name shown to others
 * @param email the e-mail address
 * @param phone the phone, if given
 * @param locale French or English
 * @param inseeCode the commune
 * @param roles helper and/or beneficiary
 * @param status the standing
 * @param verified whether a moderator verified the member
 * @param consents the consent history
 */
public record MemberView(MemberId id, TerritoryId territoryId, String displayName, String email,
        Optional<String> phone, Locale locale, String inseeCode, Set<MemberRole> roles, MemberStatus status,
        boolean verified, List<ConsentRecord> consents) {

    /**
     * The view of a member.
     *
     * @param m the member
     * @return the view
     */
    public static MemberView of(Member m) {
        return new MemberView(m.id(), m.territoryId(), m.displayName(), m.contact().email(), m.contact().phone(),
                m.locale(), m.location().inseeCode(), m.roles(), m.status(), m.verified(), m.consents());
    }

    @Override
    public String toString() {
        return "MemberView[" + territoryId + "/" + id + ", " + status + "]";
    }
}
