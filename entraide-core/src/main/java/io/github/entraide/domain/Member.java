package io.github.entraide.domain;

import io.github.entraide.internal.Checks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A registered person: helper, beneficiary or both. Immutable: changes return a new instance,
 * and the storage adapter bumps {@link #version()} when it stores it.
 */
public final class Member {
    private final MemberId id;
    private final TerritoryId territoryId;
    private final String displayName;
    private final ContactDetails contact;
    private final Locale locale;
    private final CoarseLocation location;
    private final Set<MemberRole> roles;
    private final List<ConsentRecord> consents;
    private final Optional<Integer> yearOfBirth;
    private final boolean verified;
    private final MemberStatus status;
    private final Instant registeredAt;
    private final Instant lastActiveAt;
    private final long version;

    private Member(MemberId id, TerritoryId territoryId, String displayName, ContactDetails contact, Locale locale,
            CoarseLocation location, Set<MemberRole> roles, List<ConsentRecord> consents,
            Optional<Integer> yearOfBirth, boolean verified, MemberStatus status, Instant registeredAt,
            Instant lastActiveAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.territoryId = Objects.requireNonNull(territoryId, "territoryId");
        this.displayName = Checks.notBlank(displayName, "displayName");
        this.contact = Objects.requireNonNull(contact, "contact");
        this.locale = Locales.supported(locale);
        this.location = Objects.requireNonNull(location, "location");
        Checks.noNulls(roles, "roles");
        this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        this.consents = List.copyOf(Checks.noNulls(consents, "consents"));
        this.yearOfBirth = Objects.requireNonNull(yearOfBirth, "yearOfBirth");
        this.verified = verified;
        this.status = Objects.requireNonNull(status, "status");
        this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
        this.lastActiveAt = Objects.requireNonNull(lastActiveAt, "lastActiveAt");
        this.version = version;
    }

    /**
     * Registers a new member.
     *
     * @param id the identifier
     * @param territoryId the territory
     * @param displayName the name shown to others (a first name is enough)
     * @param contact the contact details
     * @param locale French or English
     * @param location the coarse location
     * @param roles helper and/or beneficiary (at least one)
     * @param consents the consents given at registration
     * @param yearOfBirth the year of birth, if given
     * @param now the registration instant
     * @return the member, active, unverified
     */
    public static Member register(MemberId id, TerritoryId territoryId, String displayName, ContactDetails contact,
            Locale locale, CoarseLocation location, Set<MemberRole> roles, List<ConsentRecord> consents,
            Optional<Integer> yearOfBirth, Instant now) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a member needs at least one role");
        }
        return new Member(id, territoryId, displayName, contact, locale, location, roles, consents, yearOfBirth, false,
                MemberStatus.ACTIVE, now, now, 0);
    }

    /**
     * Rebuilds a member from storage. For storage adapters.
     *
     * @param id the identifier
     * @param territoryId the territory
     * @param displayName the display name
     * @param contact the contact details
     * @param locale the locale
     * @param location the coarse location
     * @param roles the roles
     * @param consents the consent history
     * @param yearOfBirth the year of birth
     * @param verified whether a moderator verified the member
     * @param status the standing
     * @param registeredAt when registered
     * @param lastActiveAt when last active
     * @param version the stored version
     * @return the member
     */
    public static Member reconstitute(MemberId id, TerritoryId territoryId, String displayName,
            ContactDetails contact, Locale locale, CoarseLocation location, Set<MemberRole> roles,
            List<ConsentRecord> consents, Optional<Integer> yearOfBirth, boolean verified, MemberStatus status,
            Instant registeredAt, Instant lastActiveAt, long version) {
        return new Member(id, territoryId, displayName, contact, locale, location, roles, consents, yearOfBirth,
                verified, status, registeredAt, lastActiveAt, version);
    }

    /** @return the identifier */
    public MemberId id() {
        return id;
    }

    /** @return the territory */
    public TerritoryId territoryId() {
        return territoryId;
    }

    /** @return the name shown to others */
    public String displayName() {
        return displayName;
    }

    /** @return the contact details (personal data) */
    public ContactDetails contact() {
        return contact;
    }

    /** @return French or English */
    public Locale locale() {
        return locale;
    }

    /** @return the coarse location */
    public CoarseLocation location() {
        return location;
    }

    /** @return the roles */
    public Set<MemberRole> roles() {
        return roles;
    }

    /**
     * Whether the member has a role.
     *
     * @param role the role
     * @return true if so
     */
    public boolean hasRole(MemberRole role) {
        return roles.contains(role);
    }

    /** @return the consent history, oldest first */
    public List<ConsentRecord> consents() {
        return consents;
    }

    /**
     * Whether the latest consent record for a purpose grants it.
     *
     * @param purpose the purpose
     * @return true if consent is in force
     */
    public boolean hasConsented(ConsentPurpose purpose) {
        for (int i = consents.size() - 1; i >= 0; i--) {
            if (consents.get(i).purpose() == purpose) {
                return consents.get(i).granted();
            }
        }
        return false;
    }

    /** @return the year of birth, if given */
    public Optional<Integer> yearOfBirth() {
        return yearOfBirth;
    }

    /** @return whether a moderator verified this member (required by some territories for help to minors) */
    public boolean verified() {
        return verified;
    }

    /** @return the standing */
    public MemberStatus status() {
        return status;
    }

    /** @return whether the member may act (active) */
    public boolean isActive() {
        return status == MemberStatus.ACTIVE;
    }

    /** @return when registered */
    public Instant registeredAt() {
        return registeredAt;
    }

    /** @return when last active */
    public Instant lastActiveAt() {
        return lastActiveAt;
    }

    /** @return the stored version */
    public long version() {
        return version;
    }

    private Member copy(String newName, ContactDetails newContact, Locale newLocale, CoarseLocation newLocation,
            Set<MemberRole> newRoles, List<ConsentRecord> newConsents, Optional<Integer> newYear, boolean newVerified,
            MemberStatus newStatus, Instant newLastActive, long newVersion) {
        return new Member(id, territoryId, newName, newContact, newLocale, newLocation, newRoles, newConsents, newYear,
                newVerified, newStatus, registeredAt, newLastActive, newVersion);
    }

    /**
     * This member with a new profile.
     *
     * @param newName the display name
     * @param newContact the contact details
     * @param newLocale the locale
     * @param newLocation the coarse location
     * @param newRoles the roles (at least one)
     * @param now when the change happens
     * @return the changed member
     */
    public Member withProfile(String newName, ContactDetails newContact, Locale newLocale, CoarseLocation newLocation,
            Set<MemberRole> newRoles, Instant now) {
        if (newRoles.isEmpty()) {
            throw new IllegalArgumentException("a member needs at least one role");
        }
        return copy(newName, newContact, newLocale, newLocation, newRoles, consents, yearOfBirth, verified, status,
                now, version);
    }

    /**
     * This member with one more consent record.
     *
     * @param record the record
     * @return the changed member
     */
    public Member withConsent(ConsentRecord record) {
        List<ConsentRecord> list = new ArrayList<>(consents);
        list.add(Objects.requireNonNull(record, "record"));
        return copy(displayName, contact, locale, location, roles, list, yearOfBirth, verified, status,
                record.recordedAt(), version);
    }

    /**
     * This member verified (or not) by a moderator.
     *
     * @param isVerified the new flag
     * @return the changed member
     */
    public Member withVerified(boolean isVerified) {
        return copy(displayName, contact, locale, location, roles, consents, yearOfBirth, isVerified, status,
                lastActiveAt, version);
    }

    /**
     * This member with another standing.
     *
     * @param newStatus the standing
     * @return the changed member
     */
    public Member withStatus(MemberStatus newStatus) {
        return copy(displayName, contact, locale, location, roles, consents, yearOfBirth, verified, newStatus,
                lastActiveAt, version);
    }

    /**
     * This member, active at an instant.
     *
     * @param now the instant
     * @return the changed member
     */
    public Member touchedAt(Instant now) {
        return copy(displayName, contact, locale, location, roles, consents, yearOfBirth, verified, status, now,
                version);
    }

    /**
     * This member anonymised: every personal field replaced, the record kept for counts.
     *
     * @param now when erased
     * @return the erased member
     */
    public Member erased(Instant now) {
        String anon = "erased-" + id.value();
        return copy("—", ContactDetails.email(anon + "@invalid"), locale, CoarseLocation.commune(location.inseeCode()),
                roles, List.of(), Optional.empty(), false, MemberStatus.ERASED, now, version);
    }

    /**
     * This member with another version. For storage adapters.
     *
     * @param newVersion the version
     * @return the member
     */
    public Member withVersion(long newVersion) {
        return copy(displayName, contact, locale, location, roles, consents, yearOfBirth, verified, status,
                lastActiveAt, newVersion);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Member m && id.equals(m.id) && territoryId.equals(m.territoryId)
                && displayName.equals(m.displayName) && contact.equals(m.contact) && locale.equals(m.locale)
                && location.equals(m.location) && roles.equals(m.roles) && consents.equals(m.consents)
                && yearOfBirth.equals(m.yearOfBirth) && verified == m.verified && status == m.status
                && registeredAt.equals(m.registeredAt) && lastActiveAt.equals(m.lastActiveAt) && version == m.version;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, territoryId, version);
    }

    /** Names no personal data, so that a member can be logged safely. */
    @Override
    public String toString() {
        return "Member[" + territoryId + "/" + id + ", " + status + ", v" + version + "]";
    }
}
