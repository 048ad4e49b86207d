package io.github.entraide.service;

import io.github.entraide.ConflictException;
import io.github.entraide.NotFoundException;
import io.github.entraide.RateLimitedException;
import io.github.entraide.RuleRefusedException;
import io.github.entraide.VolunteerOnlyRefusedException;
import io.github.entraide.command.SendAppeal;
import io.github.entraide.domain.Actor;
import io.github.entraide.domain.Appeal;
import io.github.entraide.domain.AppealId;
import io.github.entraide.domain.AppealStatus;
import io.github.entraide.domain.CategoryId;
import io.github.entraide.domain.ConsentPurpose;
import io.github.entraide.domain.ConsentRecord;
import io.github.entraide.domain.GeoCircle;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.Member;
import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.MemberRole;
import io.github.entraide.domain.MemberStatus;
import io.github.entraide.domain.Territory;
import io.github.entraide.domain.TerritoryId;
import io.github.entraide.event.AppealEvent;
import io.github.entraide.event.MemberEvent;
import io.github.entraide.internal.Access;
import io.github.entraide.internal.Checks;
import io.github.entraide.internal.Engine;
import io.github.entraide.notification.CrisisAppealNotice;
import io.github.entraide.notification.Recipient;
import io.github.entraide.policy.OffensiveContentAssessment;
import io.github.entraide.policy.VolunteerOnlyAssessment;
import io.github.entraide.spi.StorageTransaction;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Crisis appeals: when a crisis starts, a moderator of a territory sends a short text, in French and
 * in English, to the helpers who opted in ({@link ConsentPurpose#CRISIS_APPEALS}, not given by
 * default), optionally only to those offering a category, living in some communes or within a
 * circle. Thread-safe.
 *
 * <p>Rules:
 * <ul>
 *   <li>Only a moderator of the territory, or an administrator, sends appeals and lists them.</li>
 *   <li>Both texts are assessed like any free text: a clear payment is refused with
 *       {@link VolunteerOnlyRefusedException}; a doubtful text (volunteer-only review, or offensive
 *       words) is refused with {@link RuleRefusedException} {@code appeal-needs-review}, naming the
 *       reason codes, so that the moderator rephrases it at once: an appeal is urgent and is never
 *       held in a queue. Nothing is stored when refused.</li>
 *   <li>A territory sends at most {@link io.github.entraide.domain.TerritorySettings#appealsPerDay()}
 *       appeals in any 24 hours (default 3); beyond, {@link RateLimitedException}
 *       {@code appeals.send}. The limit holds under concurrent sends, on one node or several: the
 *       count and the new appeal commit together with the territory's row written back at the
 *       version read, so that of two sends counted at once one conflicts, counts again and is
 *       refused.</li>
 *   <li>Recipients: active helpers of the territory who opted in, with a published offer in the
 *       category when one is given, living in one of the communes when some are given, whose coarse
 *       location lies in the circle when one is given.</li>
 *   <li>E-mails are written to the outbox in batches of {@link #BATCH_SIZE} recipients (in the order
 *       of their ids), one transaction per batch, each with an {@link AppealEvent} naming the
 *       batch's recipients (ids only) for the portal's own channels. The appeal counts the helpers it
 *       reached; it never lists them. A recipient who opted out or left between batches is skipped.
 *       Each batch records the appeal's progress with it, so that a sending stopped midway is
 *       resumed by {@link #resume(Actor, TerritoryId, AppealId)} without writing any helper's e-mail
 *       twice.</li>
 *   <li>Each e-mail carries the helper's opt-out token: {@link #optOut(String)} withdraws the
 *       consent in one click, without a signed-in member.</li>
 * </ul>
 */
public final class AppealService {
    /** How many recipients' e-mails are written per transaction. */
    public static final int BATCH_SIZE = 500;
    /** The consent text version recorded when a helper opts out through an appeal's link. */
    public static final String OPT_OUT_TEXT_VERSION = "appeal-opt-out-link";

    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private static final int TOKEN_RANDOM_LENGTH = 26;
    private static final char TOKEN_SEPARATOR = '~';

    private final Engine engine;
    private final SecureRandom random = new SecureRandom();

    /**
     * For {@link io.github.entraide.Entraide}.
     *
     * @param engine the engine
     */
    public AppealService(Engine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /**
     * A moderator sends a crisis appeal (see the rules above). The appeal is stored
     * {@link io.github.entraide.domain.AppealStatus#SENDING}, its e-mails written batch by batch, and
     * it ends {@link io.github.entraide.domain.AppealStatus#SENT} with the number of helpers reached.
     *
     * @param actor a moderator of the territory, or an administrator
     * @param command the appeal
     * @return the stored appeal, sent, with its reached count
     * @throws io.github.entraide.NotAuthorizedException if the actor may not send appeals there
     * @throws VolunteerOnlyRefusedException if a text asks for or offers payment
     * @throws RuleRefusedException {@code appeal-needs-review} for a doubtful text,
     *     {@code unknown-category}, {@code unknown-commune}
     * @throws RateLimitedException if the territory sent as many appeals in the last 24 hours
     * @throws io.github.entraide.ConflictException if the appeal lost the race for the daily count
     *     twice, or a batch lost a race twice (another appeal giving
     *     the same helpers their first opt-out token); the appeal then stays
     *     {@link io.github.entraide.domain.AppealStatus#SENDING} with the count reached so far, and
     *     {@link #resume(Actor, TerritoryId, AppealId)} finishes it
     */
    public Appeal send(Actor actor, SendAppeal command) {
        engine.validate(actor, command);
        TerritoryId territoryId = TerritoryId.of(command.territoryId());
        Access.require(Access.moderates(actor, territoryId), "appeals.send");
        Prepared prepared;
        try {
            prepared = engine.tx(tx -> prepare(tx, actor, territoryId, command));
        } catch (ConflictException e) {
            // Another appeal (or a change of the territory's settings) was stored meanwhile: counted
            // again, this one is sent or refused by the limit.
            prepared = engine.tx(tx -> prepare(tx, actor, territoryId, command));
        }
        return deliver(territoryId, prepared.appeal, prepared.recipients);
    }

    /**
     * Resumes an appeal whose sending stopped midway (a node stopped or a storage failed between two
     * batches; it is still {@link io.github.entraide.domain.AppealStatus#SENDING}): its recipients are
     * found again with its filters, and the batches are written from the one after the last written
     * ({@link Appeal#resumeAfter()}). No helper receives the same appeal twice: each batch moves the
     * appeal's progress in its own transaction, and each e-mail's outbox id is derived from the appeal
     * and the helper ({@link #messageId(AppealId, MemberId)}), so that a batch written twice conflicts
     * instead. A helper who opted in since the appeal was sent and whose id falls before the progress
     * is not reached. Resuming a sent appeal returns it unchanged; resuming while another node is still
     * sending it writes each batch once (the slower one conflicts, reads the progress again).
     *
     * @param actor a moderator of the territory, or an administrator
     * @param territoryId the territory
     * @param appealId the appeal
     * @return the appeal, sent, with its reached count
     * @throws io.github.entraide.NotAuthorizedException if the actor may not send appeals there
     * @throws NotFoundException if the territory has no such appeal
     * @throws io.github.entraide.ConflictException if a batch lost a race twice; resume again
     */
    public Appeal resume(Actor actor, TerritoryId territoryId, AppealId appealId) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(territoryId, "territoryId");
        Objects.requireNonNull(appealId, "appealId");
        Access.require(Access.moderates(actor, territoryId), "appeals.resume");
        Prepared prepared = engine.tx(tx -> {
            Territory territory = engine.territory(tx, territoryId);
            Appeal appeal = tx.appeals().find(territoryId, appealId)
                    .orElseThrow(() -> new NotFoundException("appeal", appealId));
            List<MemberId> recipients = appeal.status() == AppealStatus.SENT ? List.of()
                    : recipients(tx, territory, appeal.categoryId(), appeal.communes(), appeal.area());
            return new Prepared(appeal, recipients);
        });
        return deliver(territoryId, prepared.appeal, prepared.recipients);
    }

    /**
     * The outbox id of an appeal's e-mail to a helper: the same for the same appeal and helper, so
     * that writing it twice is a conflict.
     *
     * @param appealId the appeal
     * @param memberId the helper
     * @return a name-based UUID, as text
     */
    static String messageId(AppealId appealId, MemberId memberId) {
        return java.util.UUID.nameUUIDFromBytes(("entraide-appeal:" + appealId.value() + "/" + memberId.value())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    /** Writes the batches after the appeal's progress until it is sent; a batch that lost a race is tried once more. */
    private Appeal deliver(TerritoryId territoryId, Appeal stored, List<MemberId> recipients) {
        Appeal appeal = stored;
        AppealId id = stored.id();
        while (appeal.status() != AppealStatus.SENT) {
            try {
                appeal = engine.tx(tx -> sendBatch(tx, territoryId, id, recipients));
            } catch (ConflictException e) {
                // Another appeal gave one of these helpers their opt-out token meanwhile, or another node
                // wrote this batch: it rolled back whole, and a second try reads the token and progress.
                appeal = engine.tx(tx -> sendBatch(tx, territoryId, id, recipients));
            }
        }
        return appeal;
    }

    /**
     * The appeals of a territory, newest first, each with how many helpers it reached (never who).
     *
     * @param actor a moderator of the territory, or an administrator
     * @param territoryId the territory
     * @return the appeals
     * @throws io.github.entraide.NotAuthorizedException if the actor may not read them
     */
    public List<Appeal> list(Actor actor, TerritoryId territoryId) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(territoryId, "territoryId");
        Access.require(Access.moderates(actor, territoryId), "appeals.list");
        return engine.tx(tx -> {
            engine.territory(tx, territoryId);
            return tx.appeals().all(territoryId);
        });
    }

    /**
     * A helper stops receiving crisis appeals, through the link of an appeal's e-mail: their
     * {@link ConsentPurpose#CRISIS_APPEALS} consent is withdrawn. The token is the authority: no
     * signed-in member is needed; a suspended helper may opt out too. Idempotent: a helper who opted out already (or was erased) is left
     * as is. They can opt in again from their profile ({@link MemberService#recordConsent}).
     *
     * @param token the opt-out token of the e-mail's link
     * @throws NullPointerException if {@code token} is null
     * @throws NotFoundException if no member has this token (a malformed or mistyped link)
     */
    public void optOut(String token) {
        TerritoryId territoryId = territoryOf(token);
        engine.tx(tx -> {
            MemberId memberId = memberOf(tx, territoryId, token);
            Optional<Member> member = tx.members().find(territoryId, memberId);
            // A suspended member may opt out too; an erased one has nothing left to withdraw.
            if (member.isPresent() && member.get().status() != MemberStatus.ERASED
                    && member.get().hasConsented(ConsentPurpose.CRISIS_APPEALS)) {
                Instant now = engine.now();
                Member stored = tx.members().update(member.get().withConsent(
                        new ConsentRecord(ConsentPurpose.CRISIS_APPEALS, OPT_OUT_TEXT_VERSION, false, now)));
                engine.publish(tx, new MemberEvent("member.updated", territoryId, memberId, stored.status().name(), now));
            }
            return null;
        });
    }

    /**
     * Checks an opt-out link before its confirmation page is shown; changes nothing. The token is the
     * authority, as for {@link #optOut(String)}: no signed-in member is needed.
     *
     * @param token the opt-out token of the e-mail's link
     * @throws NullPointerException if {@code token} is null
     * @throws NotFoundException if no member has this token (a malformed, mistyped or erased link)
     */
    public void checkOptOut(String token) {
        TerritoryId territoryId = territoryOf(token);
        engine.tx(tx -> memberOf(tx, territoryId, token));
    }

    private static TerritoryId territoryOf(String token) {
        Objects.requireNonNull(token, "token");
        int separator = token.indexOf(TOKEN_SEPARATOR);
        if (separator <= 0 || !wellFormed(token.substring(0, separator), token.substring(separator + 1))) {
            throw new NotFoundException("appeal opt-out link", "-");
        }
        return TerritoryId.of(token.substring(0, separator));
    }

    private static MemberId memberOf(StorageTransaction tx, TerritoryId territoryId, String token) {
        return tx.appeals().optOutMember(territoryId, token)
                .orElseThrow(() -> new NotFoundException("appeal opt-out link", "-"));
    }

    private static boolean wellFormed(String territory, String random) {
        if (!territory.matches(io.github.entraide.command.Constraints.IDENTIFIER)
                || random.length() != TOKEN_RANDOM_LENGTH) {
            return false;
        }
        for (int i = 0; i < random.length(); i++) {
            if (new String(ALPHABET).indexOf(random.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The stored appeal and its recipients, from the first transaction. */
    private record Prepared(Appeal appeal, List<MemberId> recipients) {
    }

    private Prepared prepare(StorageTransaction tx, Actor actor, TerritoryId territoryId, SendAppeal command) {
        Territory territory = engine.territory(tx, territoryId);
        Optional<CategoryId> categoryId = command.categoryId().map(CategoryId::of);
        categoryId.ifPresent(id -> engine.category(territory, id));
        for (String insee : command.communes()) {
            if (territory.commune(insee).isEmpty()) {
                throw new RuleRefusedException("unknown-commune", insee);
            }
        }
        String textFr = command.textFr().strip();
        String textEn = command.textEn().strip();
        screen(territory, textFr);
        screen(territory, textEn);
        Instant now = engine.now();
        int limit = territory.settings().appealsPerDay();
        if (tx.appeals().createdSince(territoryId, now.minus(Duration.ofDays(1)).plusNanos(1)) >= limit) {
            throw new RateLimitedException("appeals.send", limit);
        }
        // The territory's row is the counter's lock: writing it back at the version read above makes
        // two sends counted at once (two moderators, two nodes) conflict, instead of both passing a
        // limit they reach together. Its content is unchanged.
        tx.territories().update(territory);
        List<MemberId> recipients = recipients(tx, territory, categoryId, command.communes(), command.within());
        Appeal appeal = Appeal.create(AppealId.of(engine.newId()), territoryId, actor.auditName(), textFr, textEn,
                categoryId, command.communes(), command.within(), now);
        if (recipients.isEmpty()) {
            appeal = appeal.sent();
        }
        return new Prepared(tx.appeals().insert(appeal), recipients);
    }

    private void screen(Territory territory, String text) {
        VolunteerOnlyAssessment assessment = engine.volunteerPolicy(territory).assess(text);
        if (assessment.isRejected()) {
            throw new VolunteerOnlyRefusedException(assessment);
        }
        OffensiveContentAssessment offensive = engine.offensivePolicy(territory).assess(text);
        if (assessment.requiresReview() || offensive.requiresReview()) {
            String codes = Stream.concat(assessment.reasons().stream().map(r -> r.code().name()),
                    offensive.reasons().stream().map(r -> "OFFENSIVE_" + r.code().name()))
                    .distinct().collect(Collectors.joining(", "));
            throw new RuleRefusedException("appeal-needs-review", codes);
        }
    }

    private List<MemberId> recipients(StorageTransaction tx, Territory territory, Optional<CategoryId> categoryId,
            Set<String> communes, Optional<GeoCircle> within) {
        TerritoryId territoryId = territory.id();
        Optional<Set<MemberId>> offering = categoryId.map(id -> tx.offers().published(territoryId, id).stream()
                .map(HelpOffer::helperId).collect(Collectors.toCollection(HashSet::new)));
        List<MemberId> ids = new ArrayList<>();
        for (Member m : tx.members().all(territoryId)) {
            if (reachable(m) && offering.map(set -> set.contains(m.id())).orElse(true)
                    && (communes.isEmpty() || communes.contains(m.location().inseeCode()))
                    && within.map(circle -> circle.contains(m.location().resolve(territory))).orElse(true)) {
                ids.add(m.id());
            }
        }
        ids.sort(java.util.Comparator.comparing(MemberId::value));
        return ids;
    }

    private static boolean reachable(Member m) {
        return m.isActive() && m.hasRole(MemberRole.HELPER) && m.hasConsented(ConsentPurpose.CRISIS_APPEALS);
    }

    /**
     * Writes the next batch: the recipients (sorted by id) after the appeal's progress. The appeal's
     * new progress, its count and, after the last batch, its status commit with the batch's e-mails.
     */
    private Appeal sendBatch(StorageTransaction tx, TerritoryId territoryId, AppealId appealId,
            List<MemberId> recipients) {
        Appeal appeal = tx.appeals().find(territoryId, appealId)
                .orElseThrow(() -> new NotFoundException("appeal", appealId));
        if (appeal.status() == AppealStatus.SENT) {
            return appeal;
        }
        int from = 0;
        if (appeal.resumeAfter().isPresent()) {
            String after = appeal.resumeAfter().get().value();
            while (from < recipients.size() && recipients.get(from).value().compareTo(after) <= 0) {
                from++;
            }
        }
        List<MemberId> batch = recipients.subList(from, Math.min(recipients.size(), from + BATCH_SIZE));
        boolean last = from + BATCH_SIZE >= recipients.size();
        Map<MemberId, String> tokens = new java.util.HashMap<>(tx.appeals().optOutTokens(territoryId, batch));
        List<MemberId> reached = new ArrayList<>();
        for (MemberId id : batch) {
            Optional<Member> member = tx.members().find(territoryId, id);
            if (member.isEmpty() || !reachable(member.get())) {
                continue;
            }
            Member m = member.get();
            String token = tokens.get(id);
            if (token == null) {
                token = newToken(territoryId);
                tx.appeals().insertOptOutToken(territoryId, id, token);
            }
            engine.notify(tx, messageId(appealId, id), new CrisisAppealNotice(territoryId,
                    new Recipient(m.displayName(), m.contact().email(), m.locale()), appealId,
                    appeal.text(m.locale()), token));
            reached.add(id);
        }
        Instant now = engine.now();
        if (!reached.isEmpty()) {
            engine.publish(tx, new AppealEvent(AppealEvent.SENT, territoryId, appealId, reached, now));
        }
        Appeal changed = batch.isEmpty() ? appeal : appeal.batchWritten(reached.size(), batch.get(batch.size() - 1));
        return tx.appeals().update(last ? changed.sent() : changed);
    }

    private String newToken(TerritoryId territoryId) {
        char[] out = new char[TOKEN_RANDOM_LENGTH];
        for (int i = 0; i < out.length; i++) {
            out[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return Checks.notBlank(territoryId.value(), "territoryId") + TOKEN_SEPARATOR + new String(out);
    }
}
