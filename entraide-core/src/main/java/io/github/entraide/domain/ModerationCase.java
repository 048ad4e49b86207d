package io.github.entraide.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A case in a territory's moderation queue: a flagged offer or request (doubtful text, or
 * pre-moderation), or a member's report about content or another member. A moderator decides it
 * once; the decision is also written to the {@link AuditEntry audit trail}.
 *
 * <p>A case holds ids and stable codes; its only free text is the reporter's optional comment, which
 * erasure of the reporter or of the concerned member clears. Immutable.
 */
public final class ModerationCase {
    private final ModerationCaseId id;
    private final TerritoryId territoryId;
    private final ModerationSubject subject;
    private final MemberId concernedMemberId;
    private final CaseOrigin origin;
    private final List<String> reasonCodes;
    private final Optional<MemberId> reporterId;
    private final Optional<ReportReason> reportReason;
    private final String comment;
    private final boolean urgent;
    private final CaseStatus status;
    private final Instant openedAt;
    private final Optional<ModerationDecision> decision;
    private final long version;

    private ModerationCase(ModerationCaseId id, TerritoryId territoryId, ModerationSubject subject,
            MemberId concernedMemberId, CaseOrigin origin, List<String> reasonCodes, Optional<MemberId> reporterId,
            Optional<ReportReason> reportReason, String comment, boolean urgent, CaseStatus status, Instant openedAt,
            Optional<ModerationDecision> decision, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.territoryId = Objects.requireNonNull(territoryId, "territoryId");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.concernedMemberId = Objects.requireNonNull(concernedMemberId, "concernedMemberId");
        this.origin = Objects.requireNonNull(origin, "origin");
        this.reasonCodes = List.copyOf(reasonCodes);
        this.reporterId = Objects.requireNonNull(reporterId, "reporterId");
        this.reportReason = Objects.requireNonNull(reportReason, "reportReason");
        this.comment = Objects.requireNonNull(comment, "comment");
        this.urgent = urgent;
        this.status = Objects.requireNonNull(status, "status");
        this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
        this.decision = Objects.requireNonNull(decision, "decision");
        this.version = version;
        if ((status == CaseStatus.DECIDED) != decision.isPresent()) {
            throw new IllegalArgumentException("a case has a decision exactly when it is decided");
        }
        if (origin == CaseOrigin.MEMBER_REPORT && (reporterId.isEmpty() || reportReason.isEmpty())) {
            throw new IllegalArgumentException("a report has a reporter and a reason");
        }
    }

    /**
     * Opens a case about content the volunteer-only policy or pre-moderation held back.
     *
     * @param id the case's id
     * @param territoryId the territory
     * @param subject the offer or request
     * @param authorId its author
     * @param origin {@link CaseOrigin#VOLUNTEER_POLICY} or {@link CaseOrigin#PRE_MODERATION}
     * @param reasonCodes what the policy found (its reason codes), empty for pre-moderation
     * @param now when
     * @return the open case
     */
    public static ModerationCase flag(ModerationCaseId id, TerritoryId territoryId, ModerationSubject subject,
            MemberId authorId, CaseOrigin origin, List<String> reasonCodes, Instant now) {
        if (origin == CaseOrigin.MEMBER_REPORT) {
            throw new IllegalArgumentException("use report() for a member's report");
        }
        return new ModerationCase(id, territoryId, subject, authorId, origin, reasonCodes, Optional.empty(),
                Optional.empty(), "", false, CaseStatus.OPEN, now, Optional.empty(), 0);
    }

    /**
     * Opens a case about a member for a text of theirs that is neither an offer nor a request (the
     * feedback left on confirming an introduction), which a policy doubts or finds offensive: there
     * is nothing to hold, so the moderators get the text itself, as the case's comment (cleared when
     * the member is erased), and decide about its author.
     *
     * @param id the case's id
     * @param territoryId the territory
     * @param authorId the text's author, the case's subject
     * @param reasonCodes what the policies found (their reason codes)
     * @param text the text
     * @param now when
     * @return the open case, of origin {@link CaseOrigin#VOLUNTEER_POLICY}
     * @throws NullPointerException if a parameter is null
     */
    public static ModerationCase flagText(ModerationCaseId id, TerritoryId territoryId, MemberId authorId,
            List<String> reasonCodes, String text, Instant now) {
        return new ModerationCase(id, territoryId, ModerationSubject.member(authorId), authorId,
                CaseOrigin.VOLUNTEER_POLICY, reasonCodes, Optional.empty(), Optional.empty(),
                java.util.Objects.requireNonNull(text, "text"), false, CaseStatus.OPEN, now, Optional.empty(), 0);
    }

    /**
     * Opens a case for a member's report.
     *
     * @param id the case's id
     * @param territoryId the territory
     * @param subject what is reported
     * @param concernedMemberId the author of the content, or the reported member
     * @param reporterId who reports
     * @param reason why
     * @param comment the reporter's comment, possibly empty
     * @param now when
     * @return the open case; urgent when the reason is
     */
    public static ModerationCase report(ModerationCaseId id, TerritoryId territoryId, ModerationSubject subject,
            MemberId concernedMemberId, MemberId reporterId, ReportReason reason, String comment, Instant now) {
        return new ModerationCase(id, territoryId, subject, concernedMemberId, CaseOrigin.MEMBER_REPORT,
                List.of(reason.name()), Optional.of(reporterId), Optional.of(reason), comment, reason.isUrgent(),
                CaseStatus.OPEN, now, Optional.empty(), 0);
    }

    /**
     * Rebuilds a stored case, for storage adapters.
     *
     * @param id the id
     * @param territoryId the territory
     * @param subject the subject
     * @param concernedMemberId the member concerned
     * @param origin the origin
     * @param reasonCodes the reason codes
     * @param reporterId the reporter of a report
     * @param reportReason the reason of a report
     * @param comment the reporter's comment, possibly empty
     * @param urgent whether urgent
     * @param status the status
     * @param openedAt when opened
     * @param decision the decision of a decided case
     * @param version the stored version
     * @return the case
     */
    public static ModerationCase reconstitute(ModerationCaseId id, TerritoryId territoryId, ModerationSubject subject,
            MemberId concernedMemberId, CaseOrigin origin, List<String> reasonCodes, Optional<MemberId> reporterId,
            Optional<ReportReason> reportReason, String comment, boolean urgent, CaseStatus status, Instant openedAt,
            Optional<ModerationDecision> decision, long version) {
        return new ModerationCase(id, territoryId, subject, concernedMemberId, origin, reasonCodes, reporterId,
                reportReason, comment, urgent, status, openedAt, decision, version);
    }

    /** @return the id */
    public ModerationCaseId id() {
        return id;
    }

    /** @return the territory */
    public TerritoryId territoryId() {
        return territoryId;
    }

    /** @return what the case is about */
    public ModerationSubject subject() {
        return subject;
    }

    /** @return the author of the content, or the reported member */
    public MemberId concernedMemberId() {
        return concernedMemberId;
    }

    /** @return why the case was opened */
    public CaseOrigin origin() {
        return origin;
    }

    /** @return stable codes of what was found or reported */
    public List<String> reasonCodes() {
        return reasonCodes;
    }

    /** @return the reporter of a report */
    public Optional<MemberId> reporterId() {
        return reporterId;
    }

    /** @return the reason of a report */
    public Optional<ReportReason> reportReason() {
        return reportReason;
    }

    /** @return the reporter's comment, possibly empty */
    public String comment() {
        return comment;
    }

    /** @return whether the case goes first in the queue */
    public boolean urgent() {
        return urgent;
    }

    /** @return the status */
    public CaseStatus status() {
        return status;
    }

    /** @return when the case was opened */
    public Instant openedAt() {
        return openedAt;
    }

    /** @return the decision of a decided case */
    public Optional<ModerationDecision> decision() {
        return decision;
    }

    /** @return the stored version */
    public long version() {
        return version;
    }

    /**
     * @param d the decision
     * @return the decided case
     * @throws IllegalStateException if already decided
     */
    public ModerationCase decide(ModerationDecision d) {
        if (status == CaseStatus.DECIDED) {
            throw new IllegalStateException("case " + id + " is already decided");
        }
        return new ModerationCase(id, territoryId, subject, concernedMemberId, origin, reasonCodes, reporterId,
                reportReason, comment, urgent, CaseStatus.DECIDED, openedAt, Optional.of(d), version);
    }

    /** @return this case without the reporter's comment (erasure) */
    public ModerationCase withoutComment() {
        return new ModerationCase(id, territoryId, subject, concernedMemberId, origin, reasonCodes, reporterId,
                reportReason, "", urgent, status, openedAt, decision, version);
    }

    /**
     * @param newVersion the stored version
     * @return a copy with that version, for storage adapters
     */
    public ModerationCase withVersion(long newVersion) {
        return new ModerationCase(id, territoryId, subject, concernedMemberId, origin, reasonCodes, reporterId,
                reportReason, comment, urgent, status, openedAt, decision, newVersion);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModerationCase c && id.equals(c.id) && territoryId.equals(c.territoryId)
                && subject.equals(c.subject) && concernedMemberId.equals(c.concernedMemberId) && origin == c.origin
                && reasonCodes.equals(c.reasonCodes) && reporterId.equals(c.reporterId)
                && reportReason.equals(c.reportReason) && comment.equals(c.comment) && urgent == c.urgent
                && status == c.status && openedAt.equals(c.openedAt) && decision.equals(c.decision)
                && version == c.version;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, territoryId, version);
    }

    @Override
    public String toString() {
        return "ModerationCase[" + territoryId + "/" + id + ", " + subject.kind() + " " + subject.id() + ", " + origin
                + ", " + status + ", v" + version + "]";
    }
}
