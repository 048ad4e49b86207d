package io.github.entraide.privacy;

import io.github.entraide.internal.Json;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a territory stores about one member, as returned by
 * {@link io.github.entraide.service.PrivacyService#export}: the right of access and portability.
 * {@link #toJson()} writes it as JSON and {@link #fromJson(String)} reads it back to an equal value.
 *
 * <h2>JSON format (version 1)</h2>
 * <p>One object; instants are ISO-8601 UTC strings ({@code "2026-11-26T20:00:00Z"}); an absent
 * optional value is {@code null}; lists may be empty, never absent.
 * <pre>
 * {
 *   "formatVersion": 1,
 *   "territoryId": "grenoble-alpes",
 *   "exportedAt": "...",
 *   "profile": { "memberId", "displayName", "email", "phone", "language", "inseeCode", "roles": [...],
 *                "yearOfBirth", "verified", "status", "registeredAt", "lastActiveAt",
 *                "consents": [ { "purpose", "textVersion", "granted", "recordedAt" } ] },
 *   "offers": [ { "offerId", "categoryId", "radiusKm", "languages", "capacity", "freeText", "status",
 *                 "createdAt", "updatedAt" } ],
 *   "requests": [ { "requestId", "categoryId", "freeText", "onBehalfOfFirstName", "onBehalfOfRelationship",
 *                   "forMinor", "inseeCode", "urgency", "status", "createdAt", "updatedAt" } ],
 *   "introductions": [ { "introductionId", "requestId", "offerId", "role", "status", "proposedAt",
 *                        "answeredAt", "closedAt" } ],
 *   "moderationCases": [ { "caseId", "role", "subjectKind", "subjectId", "origin", "reasonCodes",
 *                          "status", "openedAt", "decision", "decisionReasonCode", "decidedAt" } ]
 * }
 * </pre>
 * <p>It holds the member's own data only: an introduction names the other side by no more than the
 * introduction's ids; a case about the member does not say who reported them, nor which moderator
 * decided ({@code role} is {@code CONCERNED} or {@code REPORTER}).
 *
 * @param formatVersion the format's version, 1
 * @param territoryId the territory
 * @param exportedAt when the export was made
 * @param profile the member's profile and consents
 * @param offers their offers
 * @param requests their requests
 * @param introductions the introductions they took part in
 * @param moderationCases the moderation cases about them or reported by them
 */
public record MemberExport(int formatVersion, String territoryId, Instant exportedAt, Profile profile,
        List<Offer> offers, List<Request> requests, List<Introduction> introductions,
        List<ModerationCase> moderationCases) {

    /** The current format version. */
    public static final int FORMAT_VERSION = 1;

    /** Checks the export. */
    public MemberExport {
        Objects.requireNonNull(territoryId, "territoryId");
        Objects.requireNonNull(exportedAt, "exportedAt");
        Objects.requireNonNull(profile, "profile");
        offers = List.copyOf(offers);
        requests = List.copyOf(requests);
        introductions = List.copyOf(introductions);
        moderationCases = List.copyOf(moderationCases);
    }

    /** @return this export as JSON (UTF-8 text) */
    public String toJson() {
        return Json.write(this);
    }

    /**
     * Reads an export back.
     *
     * @param json an export written by {@link #toJson()}
     * @return the export
     * @throws java.io.UncheckedIOException if the text is not an export
     */
    public static MemberExport fromJson(String json) {
        return Json.read(Objects.requireNonNull(json, "json"), MemberExport.class);
    }

    @Override
    public String toString() {
        return "MemberExport[" + territoryId + ", redacted]";
    }

    /**
     * The profile.
     *
     * @param memberId the member's id
     * @param displayName the display name
     * @param email the contact e-mail
     * @param phone the phone, if given
     * @param language {@code fr} or {@code en}
     * @param inseeCode the commune
     * @param roles {@code HELPER}, {@code BENEFICIARY}
     * @param yearOfBirth the year of birth, if given
     * @param verified whether a moderator verified them
     * @param status {@code ACTIVE}, {@code SUSPENDED}, {@code BANNED} or {@code ERASED}
     * @param registeredAt when they registered
     * @param lastActiveAt when they were last active
     * @param consents every consent recorded, oldest first
     */
    public record Profile(String memberId, String displayName, String email, Optional<String> phone,
            String language, String inseeCode, List<String> roles, Optional<Integer> yearOfBirth, boolean verified,
            String status, Instant registeredAt, Instant lastActiveAt, List<Consent> consents) {
        /** Copies the lists. */
        public Profile {
            roles = List.copyOf(roles);
            consents = List.copyOf(consents);
        }
    }

    /**
     * A consent.
     *
     * @param purpose what for
     * @param textVersion the version of the text consented to
     * @param granted granted or withdrawn
     * @param recordedAt when
     */
    public record Consent(String purpose, String textVersion, boolean granted, Instant recordedAt) {
    }

    /**
     * An offer.
     *
     * @param offerId id
     * @param categoryId category
     * @param radiusKm radius for in-person help
     * @param languages languages
     * @param capacity capacity
     * @param freeText free text
     * @param status status
     * @param createdAt created
     * @param updatedAt last changed
     */
    public record Offer(String offerId, String categoryId, double radiusKm, List<String> languages, int capacity,
            String freeText, String status, Instant createdAt, Instant updatedAt) {
        /** Copies the list. */
        public Offer {
            languages = List.copyOf(languages);
        }
    }

    /**
     * A request.
     *
     * @param requestId id
     * @param categoryId category
     * @param freeText free text
     * @param onBehalfOfFirstName first name of the person helped, when filed on someone's behalf
     * @param onBehalfOfRelationship the proxy's relationship to them
     * @param forMinor whether for a minor
     * @param inseeCode commune
     * @param urgency urgency
     * @param status status
     * @param createdAt filed
     * @param updatedAt last changed
     */
    public record Request(String requestId, String categoryId, String freeText, Optional<String> onBehalfOfFirstName,
            Optional<String> onBehalfOfRelationship, boolean forMinor, String inseeCode, String urgency,
            String status, Instant createdAt, Instant updatedAt) {
    }

    /**
     * An introduction the member took part in.
     *
     * @param introductionId id
     * @param requestId the request
     * @param offerId the offer
     * @param role the member's side: {@code HELPER} or {@code BENEFICIARY}
     * @param status status
     * @param proposedAt proposed
     * @param answeredAt answered by the helper
     * @param closedAt closed
     * @param feedback what the member said about the help when confirming it, if anything
     */
    public record Introduction(String introductionId, String requestId, String offerId, String role, String status,
            Instant proposedAt, Optional<Instant> answeredAt, Optional<Instant> closedAt, Optional<String> feedback) {

        /**
         * An introduction without feedback: the record's form before feedback existed, kept so
         * that existing calls still compile and link.
         *
         * @param introductionId id
         * @param requestId the request
         * @param offerId the offer
         * @param role the member's side: {@code HELPER} or {@code BENEFICIARY}
         * @param status status
         * @param proposedAt proposed
         * @param answeredAt answered by the helper
         * @param closedAt closed
         */
        public Introduction(String introductionId, String requestId, String offerId, String role, String status,
                Instant proposedAt, Optional<Instant> answeredAt, Optional<Instant> closedAt) {
            this(introductionId, requestId, offerId, role, status, proposedAt, answeredAt, closedAt, Optional.empty());
        }
    }

    /**
     * A moderation case about the member or reported by them.
     *
     * @param caseId id
     * @param role {@code CONCERNED} (about them) or {@code REPORTER} (reported by them)
     * @param subjectKind {@code OFFER}, {@code REQUEST} or {@code MEMBER}
     * @param subjectId the subject's id
     * @param origin why it was opened
     * @param reasonCodes what was found or reported
     * @param status {@code OPEN} or {@code DECIDED}
     * @param openedAt opened
     * @param decision the moderator's decision, if decided
     * @param decisionReasonCode the decision's reason code, if decided
     * @param decidedAt when decided
     */
    public record ModerationCase(String caseId, String role, String subjectKind, String subjectId, String origin,
            List<String> reasonCodes, String status, Instant openedAt, Optional<String> decision,
            Optional<String> decisionReasonCode, Optional<Instant> decidedAt) {
        /** Copies the list. */
        public ModerationCase {
            reasonCodes = List.copyOf(reasonCodes);
        }
    }
}
