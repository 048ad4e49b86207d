package io.github.entraide.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A request and a helper's offer put in contact (mise en relation). Immutable: changes return a
 * new instance and the storage adapter bumps {@link #version()}.
 */
public final class Introduction {
    private final IntroductionId id;
    private final TerritoryId territoryId;
    private final RequestId requestId;
    private final OfferId offerId;
    private final MemberId helperId;
    private final MemberId beneficiaryId;
    private final IntroductionStatus status;
    private final Instant proposedAt;
    private final Instant expiresAt;
    private final Optional<Instant> answeredAt;
    private final boolean helperConfirmed;
    private final boolean beneficiaryConfirmed;
    private final boolean helperRenews;
    private final boolean beneficiaryRenews;
    private final Optional<Instant> closedAt;
    private final Optional<String> helperFeedback;
    private final Optional<String> beneficiaryFeedback;
    private final long version;

    private Introduction(IntroductionId id, TerritoryId territoryId, RequestId requestId, OfferId offerId,
            MemberId helperId, MemberId beneficiaryId, IntroductionStatus status, Instant proposedAt,
            Instant expiresAt, Optional<Instant> answeredAt, boolean helperConfirmed, boolean beneficiaryConfirmed,
            boolean helperRenews, boolean beneficiaryRenews, Optional<Instant> closedAt, Optional<String> helperFeedback,
            Optional<String> beneficiaryFeedback, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.territoryId = Objects.requireNonNull(territoryId, "territoryId");
        this.requestId = Objects.requireNonNull(requestId, "requestId");
        this.offerId = Objects.requireNonNull(offerId, "offerId");
        this.helperId = Objects.requireNonNull(helperId, "helperId");
        this.beneficiaryId = Objects.requireNonNull(beneficiaryId, "beneficiaryId");
        this.status = Objects.requireNonNull(status, "status");
        this.proposedAt = Objects.requireNonNull(proposedAt, "proposedAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        this.answeredAt = Objects.requireNonNull(answeredAt, "answeredAt");
        this.helperConfirmed = helperConfirmed;
        this.beneficiaryConfirmed = beneficiaryConfirmed;
        this.helperRenews = helperRenews;
        this.beneficiaryRenews = beneficiaryRenews;
        this.closedAt = Objects.requireNonNull(closedAt, "closedAt");
        this.helperFeedback = Objects.requireNonNull(helperFeedback, "helperFeedback");
        this.beneficiaryFeedback = Objects.requireNonNull(beneficiaryFeedback, "beneficiaryFeedback");
        this.version = version;
    }

    /**
     * Proposes an introduction to a helper (consent-first), or makes it at once (direct mode:
     * {@code accepted} true).
     *
     * @param id the identifier
     * @param territoryId the territory
     * @param requestId the request
     * @param offerId the helper's offer
     * @param helperId the helper
     * @param beneficiaryId the member who filed the request
     * @param now when proposed
     * @param expiresAt when the proposal expires unanswered
     * @param accepted true in direct mode: the introduction starts accepted
     * @return the introduction
     */
    public static Introduction propose(IntroductionId id, TerritoryId territoryId, RequestId requestId,
            OfferId offerId, MemberId helperId, MemberId beneficiaryId, Instant now, Instant expiresAt,
            boolean accepted) {
        return new Introduction(id, territoryId, requestId, offerId, helperId, beneficiaryId,
                accepted ? IntroductionStatus.ACCEPTED : IntroductionStatus.PROPOSED, now, expiresAt,
                accepted ? Optional.of(now) : Optional.empty(), false, false, false, false, Optional.empty(),
                Optional.empty(), Optional.empty(), 0);
    }

    /**
     * Rebuilds an introduction from storage. For storage adapters.
     *
     * @param id the identifier
     * @param territoryId the territory
     * @param requestId the request
     * @param offerId the offer
     * @param helperId the helper
     * @param beneficiaryId the member who filed the request
     * @param status the status
     * @param proposedAt when proposed
     * @param expiresAt when the proposal expires
     * @param answeredAt when the helper answered
     * @param helperConfirmed whether the helper confirmed completion
     * @param beneficiaryConfirmed whether the beneficiary confirmed completion
     * @param helperRenews whether the helper agrees to renew a weekly request
     * @param beneficiaryRenews whether the beneficiary agrees to renew a weekly request
     * @param closedAt when it reached a final status
     * @param version the stored version
     * @return the introduction
     */
    public static Introduction reconstitute(IntroductionId id, TerritoryId territoryId, RequestId requestId,
            OfferId offerId, MemberId helperId, MemberId beneficiaryId, IntroductionStatus status, Instant proposedAt,
            Instant expiresAt, Optional<Instant> answeredAt, boolean helperConfirmed, boolean beneficiaryConfirmed,
            boolean helperRenews, boolean beneficiaryRenews, Optional<Instant> closedAt, long version) {
        return new Introduction(id, territoryId, requestId, offerId, helperId, beneficiaryId, status, proposedAt,
                expiresAt, answeredAt, helperConfirmed, beneficiaryConfirmed, helperRenews, beneficiaryRenews,
                closedAt, Optional.empty(), Optional.empty(), version);
    }

    /**
     * Rebuilds an introduction from storage, with the feedback each side left on completion. For
     * storage adapters.
     *
     * @param id the identifier
     * @param territoryId the territory
     * @param requestId the request
     * @param offerId the offer
     * @param helperId the helper
     * @param beneficiaryId the member who filed the request
     * @param status the status
     * @param proposedAt when proposed
     * @param expiresAt when the proposal expires
     * @param answeredAt when the helper answered
     * @param helperConfirmed whether the helper confirmed completion
     * @param beneficiaryConfirmed whether the beneficiary confirmed completion
     * @param helperRenews whether the helper agrees to renew a weekly request
     * @param beneficiaryRenews whether the beneficiary agrees to renew a weekly request
     * @param closedAt when it reached a final status
     * @param helperFeedback what the helper said when confirming, if anything
     * @param beneficiaryFeedback what the beneficiary said when confirming, if anything
     * @param version the stored version
     * @return the introduction
     * @throws NullPointerException if a parameter is null
     */
    public static Introduction reconstitute(IntroductionId id, TerritoryId territoryId, RequestId requestId,
            OfferId offerId, MemberId helperId, MemberId beneficiaryId, IntroductionStatus status, Instant proposedAt,
            Instant expiresAt, Optional<Instant> answeredAt, boolean helperConfirmed, boolean beneficiaryConfirmed,
            boolean helperRenews, boolean beneficiaryRenews, Optional<Instant> closedAt,
            Optional<String> helperFeedback, Optional<String> beneficiaryFeedback, long version) {
        return new Introduction(id, territoryId, requestId, offerId, helperId, beneficiaryId, status, proposedAt,
                expiresAt, answeredAt, helperConfirmed, beneficiaryConfirmed, helperRenews, beneficiaryRenews,
                closedAt, helperFeedback, beneficiaryFeedback, version);
    }

    /** @return the identifier */
    public IntroductionId id() {
        return id;
    }

    /** @return the territory */
    public TerritoryId territoryId() {
        return territoryId;
    }

    /** @return the request */
    public RequestId requestId() {
        return requestId;
    }

    /** @return the helper's offer */
    public OfferId offerId() {
        return offerId;
    }

    /** @return the helper */
    public MemberId helperId() {
        return helperId;
    }

    /** @return the member who filed the request (beneficiary or proxy) */
    public MemberId beneficiaryId() {
        return beneficiaryId;
    }

    /** @return the status */
    public IntroductionStatus status() {
        return status;
    }

    /** @return when proposed */
    public Instant proposedAt() {
        return proposedAt;
    }

    /** @return when an unanswered proposal expires */
    public Instant expiresAt() {
        return expiresAt;
    }

    /** @return when the helper answered */
    public Optional<Instant> answeredAt() {
        return answeredAt;
    }

    /** @return whether the helper confirmed that help was given */
    public boolean helperConfirmed() {
        return helperConfirmed;
    }

    /** @return whether the beneficiary confirmed that help was given */
    public boolean beneficiaryConfirmed() {
        return beneficiaryConfirmed;
    }

    /** @return whether the helper agrees to renew a weekly request */
    public boolean helperRenews() {
        return helperRenews;
    }

    /** @return whether the beneficiary agrees to renew a weekly request */
    public boolean beneficiaryRenews() {
        return beneficiaryRenews;
    }

    /** @return when it reached a final status */
    public Optional<Instant> closedAt() {
        return closedAt;
    }

    /**
     * What the helper said about the help when confirming it: for the platform (the helper's own
     * data, the territory's moderators), never shown or sent to the beneficiary.
     *
     * @return the helper's feedback, if they left one
     */
    public Optional<String> helperFeedback() {
        return helperFeedback;
    }

    /**
     * What the beneficiary said about the help when confirming it: for the platform (the
     * beneficiary's own data, the territory's moderators), never shown or sent to the helper.
     *
     * @return the beneficiary's feedback, if they left one
     */
    public Optional<String> beneficiaryFeedback() {
        return beneficiaryFeedback;
    }

    /**
     * The feedback one side left.
     *
     * @param member the helper or the beneficiary
     * @return that side's feedback; empty for anyone else or when they left none
     */
    public Optional<String> feedbackOf(MemberId member) {
        if (helperId.equals(member)) {
            return helperFeedback;
        }
        return beneficiaryId.equals(member) ? beneficiaryFeedback : Optional.empty();
    }

    /** @return the stored version */
    public long version() {
        return version;
    }

    /**
     * Whether a member is one of the two sides.
     *
     * @param member the member
     * @return true for the helper or the beneficiary
     */
    public boolean involves(MemberId member) {
        return helperId.equals(member) || beneficiaryId.equals(member);
    }

    private Introduction copy(IntroductionStatus newStatus, Optional<Instant> newAnswered, boolean hc, boolean bc,
            boolean hr, boolean br, Optional<Instant> newClosed, long newVersion) {
        return new Introduction(id, territoryId, requestId, offerId, helperId, beneficiaryId, newStatus, proposedAt,
                expiresAt, newAnswered, hc, bc, hr, br, newClosed, helperFeedback, beneficiaryFeedback, newVersion);
    }

    private void require(IntroductionStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("introduction " + id + " is " + status + ", not " + expected);
        }
    }

    /**
     * The helper accepts.
     *
     * @param now when
     * @return the accepted introduction
     * @throws IllegalStateException unless proposed
     */
    public Introduction accept(Instant now) {
        require(IntroductionStatus.PROPOSED);
        return copy(IntroductionStatus.ACCEPTED, Optional.of(now), false, false, false, false, Optional.empty(),
                version);
    }

    /**
     * The helper declines.
     *
     * @param now when
     * @return the declined introduction
     * @throws IllegalStateException unless proposed
     */
    public Introduction decline(Instant now) {
        require(IntroductionStatus.PROPOSED);
        return copy(IntroductionStatus.DECLINED, Optional.of(now), false, false, false, false, Optional.of(now),
                version);
    }

    /**
     * The proposal expires unanswered.
     *
     * @param now when
     * @return the expired introduction
     * @throws IllegalStateException unless proposed
     */
    public Introduction expire(Instant now) {
        require(IntroductionStatus.PROPOSED);
        return copy(IntroductionStatus.EXPIRED, answeredAt, false, false, false, false, Optional.of(now), version);
    }

    /**
     * One side, a moderator or the system cancels.
     *
     * @param now when
     * @return the cancelled introduction
     * @throws IllegalStateException unless proposed or accepted
     */
    public Introduction cancel(Instant now) {
        if (!status.isActive()) {
            throw new IllegalStateException("introduction " + id + " is " + status);
        }
        return copy(IntroductionStatus.CANCELLED, answeredAt, helperConfirmed, beneficiaryConfirmed, helperRenews,
                beneficiaryRenews, Optional.of(now), version);
    }

    /**
     * One side confirms that help was given; completed once both have.
     *
     * @param byHelper true for the helper, false for the beneficiary
     * @param renew whether this side agrees to renew a weekly request with the same people
     * @param now when
     * @return the changed introduction
     * @throws IllegalStateException unless accepted
     */
    public Introduction confirm(boolean byHelper, boolean renew, Instant now) {
        return confirm(byHelper, renew, Optional.empty(), now);
    }

    /**
     * One side confirms that help was given, with what it wants to say about it; completed once
     * both have. The text is stored as given: the use case checks and screens it first.
     *
     * @param byHelper true for the helper, false for the beneficiary
     * @param renew whether this side agrees to renew a weekly request with the same people
     * @param feedback this side's feedback, or empty to keep what it said before (if anything)
     * @param now when
     * @return the changed introduction
     * @throws IllegalStateException unless accepted
     * @throws NullPointerException if {@code feedback} or {@code now} is null
     */
    public Introduction confirm(boolean byHelper, boolean renew, Optional<String> feedback, Instant now) {
        Objects.requireNonNull(feedback, "feedback");
        Objects.requireNonNull(now, "now");
        require(IntroductionStatus.ACCEPTED);
        boolean hc = helperConfirmed || byHelper;
        boolean bc = beneficiaryConfirmed || !byHelper;
        boolean hr = byHelper ? renew : helperRenews;
        boolean br = byHelper ? beneficiaryRenews : renew;
        boolean done = hc && bc;
        Optional<String> hf = byHelper && feedback.isPresent() ? feedback : helperFeedback;
        Optional<String> bf = !byHelper && feedback.isPresent() ? feedback : beneficiaryFeedback;
        return new Introduction(id, territoryId, requestId, offerId, helperId, beneficiaryId,
                done ? IntroductionStatus.COMPLETED : IntroductionStatus.ACCEPTED, proposedAt, expiresAt, answeredAt,
                hc, bc, hr, br, done ? Optional.of(now) : Optional.empty(), hf, bf, version);
    }

    /**
     * This introduction without the feedback one side left, when that member is erased.
     *
     * @param member the side whose feedback goes
     * @return the introduction, unchanged if that side left none
     */
    public Introduction withoutFeedbackOf(MemberId member) {
        Optional<String> hf = helperId.equals(member) ? Optional.empty() : helperFeedback;
        Optional<String> bf = beneficiaryId.equals(member) ? Optional.empty() : beneficiaryFeedback;
        return new Introduction(id, territoryId, requestId, offerId, helperId, beneficiaryId, status, proposedAt,
                expiresAt, answeredAt, helperConfirmed, beneficiaryConfirmed, helperRenews, beneficiaryRenews,
                closedAt, hf, bf, version);
    }

    /**
     * This introduction with another version. For storage adapters.
     *
     * @param newVersion the version
     * @return the introduction
     */
    public Introduction withVersion(long newVersion) {
        return copy(status, answeredAt, helperConfirmed, beneficiaryConfirmed, helperRenews, beneficiaryRenews,
                closedAt, newVersion);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Introduction x && id.equals(x.id) && territoryId.equals(x.territoryId)
                && requestId.equals(x.requestId) && offerId.equals(x.offerId) && helperId.equals(x.helperId)
                && beneficiaryId.equals(x.beneficiaryId) && status == x.status && proposedAt.equals(x.proposedAt)
                && expiresAt.equals(x.expiresAt) && answeredAt.equals(x.answeredAt)
                && helperConfirmed == x.helperConfirmed && beneficiaryConfirmed == x.beneficiaryConfirmed
                && helperRenews == x.helperRenews && beneficiaryRenews == x.beneficiaryRenews
                && closedAt.equals(x.closedAt) && helperFeedback.equals(x.helperFeedback)
                && beneficiaryFeedback.equals(x.beneficiaryFeedback) && version == x.version;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, territoryId, version);
    }

    @Override
    public String toString() {
        return "Introduction[" + territoryId + "/" + id + ", request " + requestId + ", offer " + offerId + ", "
                + status + ", v" + version + "]";
    }
}
