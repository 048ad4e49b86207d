package io.github.entraide.domain;

import io.github.entraide.internal.Checks;
import java.util.Objects;

/**
 * Who calls a use case. The portal authenticates people and passes the matching actor; every
 * use case refuses what that actor may not do (deny by default): a member acts on their own
 * records, a moderator within their territory only, an administrator manages territories, and
 * the system runs scheduled work (expiry, retention, relays).
 */
public sealed interface Actor permits Actor.Member, Actor.Moderator, Actor.Administrator, Actor.System {

    /**
     * A registered member acting for themself.
     *
     * @param territoryId the member's territory
     * @param memberId the member
     * @return the actor
     */
    static Actor member(TerritoryId territoryId, MemberId memberId) {
        return new Member(territoryId, memberId);
    }

    /**
     * A moderator (or municipal agent, dispatcher) of one territory.
     *
     * @param territoryId the territory they moderate
     * @param moderatorId the portal's identifier for the moderator, for the audit trail
     * @return the actor
     */
    static Actor moderator(TerritoryId territoryId, String moderatorId) {
        return new Moderator(territoryId, moderatorId);
    }

    /**
     * An administrator of the platform: creates and configures territories.
     *
     * @param administratorId the portal's identifier for the administrator, for the audit trail
     * @return the actor
     */
    static Actor administrator(String administratorId) {
        return new Administrator(administratorId);
    }

    /**
     * The system itself: scheduled jobs and the portal's sign-up flow.
     *
     * @return the actor
     */
    static Actor system() {
        return System.INSTANCE;
    }

    /**
     * A short description for the audit trail: kind and identifier, no personal data.
     *
     * @return for example {@code member:grenoble-alpes-metropole/m-1}
     */
    String auditName();

    /**
     * A member acting for themself.
     *
     * @param territoryId the member's territory
     * @param memberId the member
     */
    record Member(TerritoryId territoryId, MemberId memberId) implements Actor {
        /** Checks the parameters. */
        public Member {
            Objects.requireNonNull(territoryId, "territoryId");
            Objects.requireNonNull(memberId, "memberId");
        }

        @Override
        public String auditName() {
            return "member:" + territoryId + "/" + memberId;
        }
    }

    /**
     * A moderator of one territory.
     *
     * @param territoryId the territory
     * @param moderatorId the portal's identifier for the moderator
     */
    record Moderator(TerritoryId territoryId, String moderatorId) implements Actor {
        /** Checks the parameters. */
        public Moderator {
            Objects.requireNonNull(territoryId, "territoryId");
            Checks.identifier(moderatorId, "moderatorId");
        }

        @Override
        public String auditName() {
            return "moderator:" + territoryId + "/" + moderatorId;
        }
    }

    /**
     * An administrator of the platform.
     *
     * @param administratorId the portal's identifier for the administrator
     */
    record Administrator(String administratorId) implements Actor {
        /** Checks the parameters. */
        public Administrator {
            Checks.identifier(administratorId, "administratorId");
        }

        @Override
        public String auditName() {
            return "administrator:" + administratorId;
        }
    }

    /** The system itself. */
    final class System implements Actor {
        private static final System INSTANCE = new System();

        private System() {
        }

        @Override
        public String auditName() {
            return "system";
        }

        @Override
        public String toString() {
            return "Actor.System";
        }
    }
}
