package io.github.entraide.internal;

import io.github.entraide.NotFoundException;
import io.github.entraide.RuleRefusedException;
import io.github.entraide.domain.Actor;
import io.github.entraide.domain.AuditEntry;
import io.github.entraide.domain.HelpCategory;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.Introduction;
import io.github.entraide.domain.IntroductionId;
import io.github.entraide.domain.Member;
import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.OfferId;
import io.github.entraide.domain.ModerationSubject;
import io.github.entraide.domain.RequestId;
import io.github.entraide.domain.Territory;
import io.github.entraide.domain.TerritoryId;
import io.github.entraide.event.DomainEvent;
import io.github.entraide.notification.Notification;
import io.github.entraide.policy.OffensiveContentPolicy;
import io.github.entraide.policy.VolunteerOnlyPolicy;
import io.github.entraide.spi.IdGenerator;
import io.github.entraide.spi.OutboxMessage;
import io.github.entraide.spi.Storage;
import io.github.entraide.spi.StorageTransaction;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What every use case needs: storage, clock, ids, validation, and helpers to load records and
 * write outbox messages. Thread-safe. Not API.
 */
public final class Engine {
    private final Storage storage;
    private final Clock clock;
    private final IdGenerator ids;
    private final CommandValidator validator;
    private final Map<List<Set<String>>, VolunteerOnlyPolicy> volunteerPolicies = new ConcurrentHashMap<>();

    /**
     * Creates the engine.
     *
     * @param storage the storage
     * @param clock the clock
     * @param ids the id generator
     * @param validator the command validator
     */
    public Engine(Storage storage, Clock clock, IdGenerator ids, CommandValidator validator) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    /** @return the storage */
    public Storage storage() {
        return storage;
    }

    /** @return the clock */
    public Clock clock() {
        return clock;
    }

    /** @return the current instant */
    public Instant now() {
        return clock.instant();
    }

    /** @return a new identifier */
    public String newId() {
        return Checks.identifier(ids.next(), "generated id");
    }

    /**
     * Checks the actor is given and validates the command, before anything else.
     *
     * @param actor the actor
     * @param command the command
     * @param <T> the command's type
     * @return the command
     */
    public <T> T validate(Actor actor, T command) {
        Objects.requireNonNull(actor, "actor");
        return validator.validate(command);
    }

    /**
     * Runs work in a transaction.
     *
     * @param work the work
     * @param <T> the result's type
     * @return the result
     */
    public <T> T tx(Function<StorageTransaction, T> work) {
        return storage.inTransaction(work);
    }

    /**
     * Appends a domain event to the outbox of the transaction.
     *
     * @param tx the transaction
     * @param event the event
     */
    public void publish(StorageTransaction tx, DomainEvent event) {
        tx.outbox().append(OutboxMessage.pending(newId(), event.territoryId(), OutboxMessage.Kind.EVENT,
                event.type(), Json.write(event), now()));
    }

    /**
     * Appends a notification to the outbox of the transaction.
     *
     * @param tx the transaction
     * @param notification the notification
     */
    public void notify(StorageTransaction tx, Notification notification) {
        notify(tx, newId(), notification);
    }

    /**
     * Appends a notification to the outbox of the transaction under a given id, for a message that
     * must be written once: a second one with the same id is a conflict.
     *
     * @param tx the transaction
     * @param id the outbox message's id
     * @param notification the notification
     * @throws io.github.entraide.ConflictException if the outbox holds a message with this id
     */
    public void notify(StorageTransaction tx, String id, Notification notification) {
        tx.outbox().append(OutboxMessage.pending(id, notification.territoryId(),
                OutboxMessage.Kind.NOTIFICATION, Json.notificationType(notification.kind()),
                Json.write(notification), now()));
    }

    /**
     * Loads a territory.
     *
     * @param tx the transaction
     * @param id the territory
     * @return the territory
     * @throws NotFoundException if missing
     */
    public Territory territory(StorageTransaction tx, TerritoryId id) {
        return tx.territories().find(id).orElseThrow(() -> new NotFoundException("territory", id));
    }

    /**
     * Loads a member.
     *
     * @param tx the transaction
     * @param territoryId the territory
     * @param id the member
     * @return the member
     * @throws NotFoundException if missing
     */
    public Member member(StorageTransaction tx, TerritoryId territoryId, MemberId id) {
        return tx.members().find(territoryId, id).orElseThrow(() -> new NotFoundException("member", id));
    }

    /**
     * Loads an offer.
     *
     * @param tx the transaction
     * @param territoryId the territory
     * @param id the offer
     * @return the offer
     * @throws NotFoundException if missing
     */
    public HelpOffer offer(StorageTransaction tx, TerritoryId territoryId, OfferId id) {
        return tx.offers().find(territoryId, id).orElseThrow(() -> new NotFoundException("offer", id));
    }

    /**
     * Loads a request.
     *
     * @param tx the transaction
     * @param territoryId the territory
     * @param id the request
     * @return the request
     * @throws NotFoundException if missing
     */
    public HelpRequest request(StorageTransaction tx, TerritoryId territoryId, RequestId id) {
        return tx.requests().find(territoryId, id).orElseThrow(() -> new NotFoundException("request", id));
    }

    /**
     * Loads an introduction.
     *
     * @param tx the transaction
     * @param territoryId the territory
     * @param id the introduction
     * @return the introduction
     * @throws NotFoundException if missing
     */
    public Introduction introduction(StorageTransaction tx, TerritoryId territoryId, IntroductionId id) {
        return tx.introductions().find(territoryId, id).orElseThrow(() -> new NotFoundException("introduction", id));
    }

    /**
     * A category of a territory's catalogue.
     *
     * @param territory the territory
     * @param id the category's id
     * @return the category
     * @throws RuleRefusedException if the catalogue has none with that id
     */
    public HelpCategory category(Territory territory, io.github.entraide.domain.CategoryId id) {
        return territory.catalogue().find(id).orElseThrow(() -> new RuleRefusedException("unknown-category", id));
    }

    /**
     * Appends an entry to the audit trail of the transaction.
     *
     * @param tx the transaction
     * @param territoryId the territory
     * @param actor who
     * @param action what (a stable code)
     * @param subject to what
     * @param concerned the member concerned, if any
     * @param reasonCode why (a stable code), if any
     */
    public void audit(StorageTransaction tx, TerritoryId territoryId, Actor actor, String action,
            ModerationSubject subject, Optional<MemberId> concerned, Optional<String> reasonCode) {
        tx.audit().append(new AuditEntry(newId(), territoryId, now(), actor.auditName(), action, subject, concerned,
                reasonCode));
    }

    /**
     * Audits a read of personal data when the actor is a moderator or an administrator.
     *
     * @param tx the transaction
     * @param territoryId the territory
     * @param actor who reads
     * @param subject what
     * @param concerned whose data
     */
    public void auditRead(StorageTransaction tx, TerritoryId territoryId, Actor actor, ModerationSubject subject,
            MemberId concerned) {
        if (actor instanceof Actor.Moderator || actor instanceof Actor.Administrator) {
            audit(tx, territoryId, actor, "personal-data.read", subject, Optional.of(concerned), Optional.empty());
        }
    }

    /**
     * The volunteer-only policy of a territory: the standard one plus the territory's terms. Cached
     * per set of terms.
     *
     * @param territory the territory
     * @return the policy
     */
    public VolunteerOnlyPolicy volunteerPolicy(Territory territory) {
        Set<String> rejected = territory.settings().volunteerRejectedTerms();
        Set<String> review = territory.settings().volunteerReviewTerms();
        if (rejected.isEmpty() && review.isEmpty()) {
            return VolunteerOnlyPolicy.standard();
        }
        return volunteerPolicies.computeIfAbsent(List.of(rejected, review),
                k -> VolunteerOnlyPolicy.standard().withTerms(rejected, review));
    }

    /**
     * The offensive-content screening of a territory. Territory-specific terms are not yet part of the
     * territory settings: every territory gets {@link OffensiveContentPolicy#standard()}; an integrator
     * who needs its own terms builds the policy with {@link OffensiveContentPolicy#withTerms}.
     *
     * @param territory the territory
     * @return the policy
     */
    public OffensiveContentPolicy offensivePolicy(Territory territory) {
        java.util.Objects.requireNonNull(territory, "territory");
        return OffensiveContentPolicy.standard();
    }

    /**
     * @param territory the territory
     * @return the current year in the territory's zone
     */
    public int currentYear(Territory territory) {
        return now().atZone(territory.settings().zone()).getYear();
    }

    /**
     * Records that a member was active now (for the retention policy's inactivity period). Writes at
     * most once a day per member, to spare versions and storage writes.
     *
     * @param tx the transaction
     * @param territoryId the territory
     * @param memberId the member
     */
    public void touch(StorageTransaction tx, TerritoryId territoryId, MemberId memberId) {
        Member m = member(tx, territoryId, memberId);
        Instant now = now();
        if (m.lastActiveAt().isBefore(now.minus(java.time.Duration.ofDays(1)))) {
            tx.members().update(m.touchedAt(now));
        }
    }
}
