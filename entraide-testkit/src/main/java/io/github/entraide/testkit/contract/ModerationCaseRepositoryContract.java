package io.github.entraide.testkit.contract;

import static io.github.entraide.testkit.contract.ContractFixtures.MEYLAN;
import static io.github.entraide.testkit.contract.ContractFixtures.METROPOLE;
import static io.github.entraide.testkit.contract.ContractFixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.entraide.ConflictException;
import io.github.entraide.domain.CaseOrigin;
import io.github.entraide.domain.CaseStatus;
import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.ModerationAction;
import io.github.entraide.domain.ModerationCase;
import io.github.entraide.domain.ModerationCaseId;
import io.github.entraide.domain.ModerationDecision;
import io.github.entraide.domain.ModerationSubject;
import io.github.entraide.domain.OfferId;
import io.github.entraide.domain.ReportReason;
import io.github.entraide.domain.RequestId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link io.github.entraide.spi.ModerationCaseRepository}: round trip of every
 * field, versions, the queue's filters and order (urgent first, then oldest, then id), the finders,
 * the report count for rate limits, territory isolation. Extend it and implement
 * {@link #newStorage()}.
 */
public abstract class ModerationCaseRepositoryContract extends StorageContractSupport {

    private static final ModerationSubject OFFER_1 = ModerationSubject.offer(OfferId.of("o1"));
    private static final ModerationSubject REQUEST_1 = ModerationSubject.request(RequestId.of("r1"));
    private static final ModerationSubject MEMBER_H1 = ModerationSubject.member(MemberId.of("h1"));

    /** Creates the suite. */
    protected ModerationCaseRepositoryContract() {
    }

    /** Stores the fixture territories. */
    @BeforeEach
    protected void seed() {
        seedTerritories();
    }

    private static List<String> ids(List<ModerationCase> cases) {
        return cases.stream().map(c -> c.territoryId() + "/" + c.id()).toList();
    }

    private static List<String> metropole(String... ids) {
        return java.util.Arrays.stream(ids).map(id -> METROPOLE + "/" + id).toList();
    }

    private long reportsSince(io.github.entraide.domain.TerritoryId territory, MemberId reporter,
            java.time.Instant since) {
        return tx(t -> t.moderationCases().reportsSince(territory, reporter, since));
    }

    private static ModerationDecision approve() {
        return new ModerationDecision(ModerationAction.APPROVE, "fine", "moderator:m-mod", at(50));
    }

    /** Rule: a decided, urgent report (reporter, reason, comment, reason codes, decision) round-trips at version 1. */
    @Test
    public void caseWithEveryOptionalFieldRoundTrips() {
        ModerationCase full = ContractFixtures.decidedReport(METROPOLE, "c-full");
        assertEquals(full.withVersion(1), tx(t -> t.moderationCases().insert(full)));
        assertEquals(Optional.of(full.withVersion(1)), tx(t -> t.moderationCases().find(METROPOLE, full.id())));
    }

    /** Rule: an open flagged case (no reporter, no reason, empty comment, no decision) round-trips; so does empty reason codes. */
    @Test
    public void caseWithoutOptionalFieldsRoundTrips() {
        ModerationCase flagged = ContractFixtures.flaggedCase(METROPOLE, "c-flag", OFFER_1, "h1", at(1));
        ModerationCase premoderated = ModerationCase.flag(ModerationCaseId.of("c-pre"), METROPOLE, REQUEST_1,
                MemberId.of("b1"), CaseOrigin.PRE_MODERATION, List.of(), at(2));
        run(t -> {
            t.moderationCases().insert(flagged);
            t.moderationCases().insert(premoderated);
        });
        assertEquals(Optional.of(flagged.withVersion(1)), tx(t -> t.moderationCases().find(METROPOLE, flagged.id())));
        assertEquals(Optional.of(premoderated.withVersion(1)),
                tx(t -> t.moderationCases().find(METROPOLE, premoderated.id())));
    }

    /** Rule: inserting a case whose id is taken in the territory is a ConflictException; the stored case is unchanged. */
    @Test
    public void insertingATakenIdIsAConflict() {
        ModerationCase stored = tx(t -> t.moderationCases().insert(
                ContractFixtures.flaggedCase(METROPOLE, "c1", OFFER_1, "h1", at(1))));
        assertThrows(ConflictException.class, () -> tx(t -> t.moderationCases().insert(
                ContractFixtures.reportCase(METROPOLE, "c1", MEMBER_H1, "h1", "b1", ReportReason.SPAM, at(2)))));
        assertEquals(Optional.of(stored), tx(t -> t.moderationCases().find(METROPOLE, stored.id())));
    }

    /**
     * Rule: update stores the change (a decision, a cleared comment) at the next version; an update
     * at a stale version, or of a case never stored, is a conflict and changes nothing.
     */
    @Test
    public void staleUpdateIsAConflictAndChangesNothing() {
        ModerationCase read = tx(t -> t.moderationCases().insert(
                ContractFixtures.reportCase(METROPOLE, "c1", OFFER_1, "h1", "b1", ReportReason.PAYMENT, at(1))));
        ModerationCase decided = tx(t -> t.moderationCases().update(read.decide(approve())));
        assertEquals(read.decide(approve()).withVersion(2), decided);
        ModerationCase erased = tx(t -> t.moderationCases().update(decided.withoutComment()));
        assertEquals("", erased.comment());
        assertEquals(3, erased.version());
        assertThrows(ConflictException.class, () -> tx(t -> t.moderationCases().update(read.withoutComment())));
        assertThrows(ConflictException.class, () -> tx(t -> t.moderationCases().update(
                ContractFixtures.flaggedCase(METROPOLE, "never", OFFER_1, "h1", at(1)).withVersion(1))));
        assertEquals(Optional.of(erased), tx(t -> t.moderationCases().find(METROPOLE, read.id())));
        assertTrue(tx(t -> t.moderationCases().find(METROPOLE, ModerationCaseId.of("never"))).isEmpty());
    }

    /** Rule: the queue lists urgent cases first, then the oldest first (to the nanosecond), then by id. */
    @Test
    public void queueListsUrgentFirstThenOldestThenById() {
        run(t -> {
            t.moderationCases().insert(ContractFixtures.flaggedCase(METROPOLE, "old", OFFER_1, "h1", at(-100)));
            t.moderationCases().insert(ContractFixtures.flaggedCase(METROPOLE, "b-same", OFFER_1, "h1", at(5)));
            t.moderationCases().insert(ContractFixtures.flaggedCase(METROPOLE, "a-same", REQUEST_1, "b1", at(5)));
            t.moderationCases().insert(ContractFixtures.flaggedCase(METROPOLE, "later", OFFER_1, "h1",
                    at(5).plusNanos(1)));
            t.moderationCases().insert(ContractFixtures.reportCase(METROPOLE, "urgent-new", MEMBER_H1, "h1", "b1",
                    ReportReason.SAFETY, at(500)));
            t.moderationCases().insert(ContractFixtures.reportCase(METROPOLE, "urgent-old", MEMBER_H1, "h1", "b2",
                    ReportReason.SAFETY, at(400)));
            t.moderationCases().insert(ContractFixtures.reportCase(MEYLAN, "elsewhere", MEMBER_H1, "h1", "b1",
                    ReportReason.SAFETY, at(-1000)));
        });
        assertEquals(metropole("urgent-old", "urgent-new", "old", "a-same", "b-same", "later"),
                ids(tx(t -> t.moderationCases().queue(METROPOLE, Optional.empty(), Optional.empty(),
                        Optional.empty()))));
    }

    /** Rule: the queue's status, subject kind and origin filters each narrow it, and combine (all must match). */
    @Test
    public void queueFiltersByStatusKindAndOrigin() {
        run(t -> {
            t.moderationCases().insert(ContractFixtures.flaggedCase(METROPOLE, "flag-offer", OFFER_1, "h1", at(1)));
            t.moderationCases().insert(ContractFixtures.flaggedCase(METROPOLE, "flag-request", REQUEST_1, "b1",
                    at(2)));
            t.moderationCases().insert(ContractFixtures.reportCase(METROPOLE, "report-offer", OFFER_1, "h1", "b1",
                    ReportReason.SPAM, at(3)));
            t.moderationCases().insert(ContractFixtures.reportCase(METROPOLE, "report-member", MEMBER_H1, "h1", "b1",
                    ReportReason.OTHER, at(4)).decide(approve()));
        });
        assertEquals(metropole("flag-offer", "flag-request", "report-offer"), ids(tx(t -> t.moderationCases()
                .queue(METROPOLE, Optional.of(CaseStatus.OPEN), Optional.empty(), Optional.empty()))));
        assertEquals(metropole("report-member"), ids(tx(t -> t.moderationCases()
                .queue(METROPOLE, Optional.of(CaseStatus.DECIDED), Optional.empty(), Optional.empty()))));
        assertEquals(metropole("flag-offer", "report-offer"), ids(tx(t -> t.moderationCases()
                .queue(METROPOLE, Optional.empty(), Optional.of(ModerationSubject.Kind.OFFER), Optional.empty()))));
        assertEquals(metropole("report-offer", "report-member"), ids(tx(t -> t.moderationCases()
                .queue(METROPOLE, Optional.empty(), Optional.empty(), Optional.of(CaseOrigin.MEMBER_REPORT)))));
        assertEquals(metropole("report-offer"), ids(tx(t -> t.moderationCases().queue(METROPOLE,
                Optional.of(CaseStatus.OPEN), Optional.of(ModerationSubject.Kind.OFFER),
                Optional.of(CaseOrigin.MEMBER_REPORT)))));
        assertEquals(List.of(), tx(t -> t.moderationCases().queue(METROPOLE, Optional.of(CaseStatus.DECIDED),
                Optional.of(ModerationSubject.Kind.REQUEST), Optional.empty())));
    }

    /** Rule: bySubject lists the cases about exactly that subject (kind and id), ordered by id. */
    @Test
    public void bySubjectMatchesKindAndIdOrderedById() {
        run(t -> {
            t.moderationCases().insert(ContractFixtures.reportCase(METROPOLE, "c3", OFFER_1, "h1", "b1",
                    ReportReason.SPAM, at(1)));
            t.moderationCases().insert(ContractFixtures.flaggedCase(METROPOLE, "c1", OFFER_1, "h1", at(2)));
            t.moderationCases().insert(ContractFixtures.flaggedCase(METROPOLE, "c2",
                    new ModerationSubject(ModerationSubject.Kind.REQUEST, "o1"), "h1", at(3)));
            t.moderationCases().insert(ContractFixtures.flaggedCase(METROPOLE, "c0",
                    ModerationSubject.offer(OfferId.of("o2")), "h1", at(4)));
        });
        assertEquals(metropole("c1", "c3"), ids(tx(t -> t.moderationCases().bySubject(METROPOLE, OFFER_1))));
    }

    /** Rule: involving lists the cases where the member is the concerned member or the reporter, ordered by id. */
    @Test
    public void involvingMatchesConcernedMemberOrReporter() {
        run(t -> {
            t.moderationCases().insert(ContractFixtures.flaggedCase(METROPOLE, "c2", OFFER_1, "m1", at(1)));
            t.moderationCases().insert(ContractFixtures.reportCase(METROPOLE, "c1", MEMBER_H1, "h1", "m1",
                    ReportReason.SPAM, at(2)));
            t.moderationCases().insert(ContractFixtures.reportCase(METROPOLE, "c3", MEMBER_H1, "h1", "m2",
                    ReportReason.SPAM, at(3)));
        });
        assertEquals(metropole("c1", "c2"), ids(tx(t -> t.moderationCases().involving(METROPOLE, MemberId.of("m1")))));
        assertEquals(metropole("c1", "c3"), ids(tx(t -> t.moderationCases().involving(METROPOLE, MemberId.of("h1")))));
        assertEquals(List.of(), tx(t -> t.moderationCases().involving(METROPOLE, MemberId.of("nobody"))));
    }

    /** Rule: reportsSince counts the reporter's reports opened at or after the instant (inclusive), in the territory only. */
    @Test
    public void reportsSinceCountsTheReportersReportsFromTheInstantOn() {
        run(t -> {
            t.moderationCases().insert(ContractFixtures.reportCase(METROPOLE, "before", OFFER_1, "h1", "r",
                    ReportReason.SPAM, at(10).minusNanos(1)));
            t.moderationCases().insert(ContractFixtures.reportCase(METROPOLE, "at", OFFER_1, "h1", "r",
                    ReportReason.SPAM, at(10)));
            t.moderationCases().insert(ContractFixtures.reportCase(METROPOLE, "after", MEMBER_H1, "h1", "r",
                    ReportReason.SAFETY, at(20)));
            t.moderationCases().insert(ContractFixtures.reportCase(METROPOLE, "other-reporter", OFFER_1, "h1", "x",
                    ReportReason.SPAM, at(20)));
            t.moderationCases().insert(ContractFixtures.flaggedCase(METROPOLE, "authored", OFFER_1, "r", at(20)));
            t.moderationCases().insert(ContractFixtures.reportCase(MEYLAN, "elsewhere", OFFER_1, "h1", "r",
                    ReportReason.SPAM, at(20)));
        });
        assertEquals(2L, reportsSince(METROPOLE, MemberId.of("r"), at(10)));
        assertEquals(3L, reportsSince(METROPOLE, MemberId.of("r"), at(-10)));
        assertEquals(0L, reportsSince(METROPOLE, MemberId.of("r"), at(21)));
    }

    /** Rule: a case inserted in a transaction that fails is not stored. */
    @Test
    public void caseOfARolledBackTransactionIsNotStored() {
        assertThrows(IllegalStateException.class, () -> run(t -> {
            t.moderationCases().insert(ContractFixtures.flaggedCase(METROPOLE, "c1", OFFER_1, "h1", at(1)));
            throw new IllegalStateException("the use case fails after the insert");
        }));
        assertTrue(tx(t -> t.moderationCases().find(METROPOLE, ModerationCaseId.of("c1"))).isEmpty());
    }

    /** Rule: a case of one territory is invisible through another (find, queue, bySubject, involving, reportsSince). */
    @Test
    public void caseIsInvisibleThroughAnotherTerritory() {
        ModerationCase stored = tx(t -> t.moderationCases().insert(
                ContractFixtures.reportCase(METROPOLE, "c1", OFFER_1, "h1", "b1", ReportReason.SPAM, at(1))));
        assertTrue(tx(t -> t.moderationCases().find(MEYLAN, stored.id())).isEmpty());
        assertEquals(List.of(), tx(t -> t.moderationCases().queue(MEYLAN, Optional.empty(), Optional.empty(),
                Optional.empty())));
        assertEquals(List.of(), tx(t -> t.moderationCases().bySubject(MEYLAN, OFFER_1)));
        assertEquals(List.of(), tx(t -> t.moderationCases().involving(MEYLAN, MemberId.of("b1"))));
        assertEquals(0L, reportsSince(MEYLAN, MemberId.of("b1"), at(-100)));
    }
}
