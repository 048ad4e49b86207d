package io.github.entraide.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long a territory keeps personal data (GDPR storage limitation), applied by
 * {@link io.github.entraide.service.MaintenanceService#purgeExpired(io.github.entraide.domain.Actor)}.
 *
 * <ul>
 *   <li>The free text and the {@code OnBehalfOf} first name of a <em>closed</em> request (fulfilled,
 *       cancelled, expired), and sent notifications (which carry contact details), are purged
 *       {@code closedRequests} after the request was closed or the notification created (default 90
 *       days).</li>
 *   <li>A member inactive for {@code inactiveMembers} (default 24 months, counted as 730 days) is
 *       erased; they are warned by e-mail {@code warningLead} before (default 30 days). A member is
 *       never erased less than {@code warningLead} after their warning.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param closedRequests delay after which closed requests' free texts and contact data are purged
 * @param inactiveMembers inactivity after which a member is erased
 * @param warningLead how long before erasure an inactive member is warned
 */
public record RetentionPolicy(Duration closedRequests, Duration inactiveMembers, Duration warningLead) {

    /**
     * Checks the delays.
     *
     * @throws IllegalArgumentException if a delay is not positive or the lead is not shorter than the
     *     inactivity period
     */
    public RetentionPolicy {
        positive(closedRequests, "closedRequests");
        positive(inactiveMembers, "inactiveMembers");
        positive(warningLead, "warningLead");
        if (warningLead.compareTo(inactiveMembers) >= 0) {
            throw new IllegalArgumentException("warningLead must be shorter than inactiveMembers");
        }
    }

    private static void positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + d);
        }
    }

    /** @return the defaults: 90 days, 730 days (24 months), warned 30 days before */
    public static RetentionPolicy standard() {
        return new RetentionPolicy(Duration.ofDays(90), Duration.ofDays(730), Duration.ofDays(30));
    }

    /**
     * @param now the current instant
     * @return requests closed before this instant have their texts purged
     */
    public Instant closedRequestsPurgedBefore(Instant now) {
        return now.minus(closedRequests);
    }

    /**
     * @param now the current instant
     * @return members inactive since before this instant are warned
     */
    public Instant warnInactiveBefore(Instant now) {
        return now.minus(inactiveMembers).plus(warningLead);
    }

    /**
     * @param now the current instant
     * @return members inactive since before this instant, and warned at least {@code warningLead}
     *     ago, are erased
     */
    public Instant eraseInactiveBefore(Instant now) {
        return now.minus(inactiveMembers);
    }
}
