package io.github.entraide.internal;

import io.github.entraide.NotAuthorizedException;
import io.github.entraide.domain.Actor;
import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.TerritoryId;

/**
 * Authorisation checks shared by the use cases: deny by default. Not API.
 */
public final class Access {
    private Access() {
    }

    /**
     * Whether the actor is this very member.
     *
     * @param actor the actor
     * @param territoryId the record's territory
     * @param memberId the record's member
     * @return true if so
     */
    public static boolean isMember(Actor actor, TerritoryId territoryId, MemberId memberId) {
        return actor instanceof Actor.Member m && m.territoryId().equals(territoryId) && m.memberId().equals(memberId);
    }

    /**
     * Whether the actor moderates the territory (a moderator of it, or an administrator).
     *
     * @param actor the actor
     * @param territoryId the territory
     * @return true if so
     */
    public static boolean moderates(Actor actor, TerritoryId territoryId) {
        return actor instanceof Actor.Moderator m && m.territoryId().equals(territoryId)
                || actor instanceof Actor.Administrator;
    }

    /**
     * Whether the actor is the system.
     *
     * @param actor the actor
     * @return true if so
     */
    public static boolean isSystem(Actor actor) {
        return actor instanceof Actor.System;
    }

    /**
     * Refuses unless a condition holds.
     *
     * @param allowed the condition
     * @param operation the operation's name, for the message
     * @throws NotAuthorizedException if not allowed
     */
    public static void require(boolean allowed, String operation) {
        if (!allowed) {
            throw new NotAuthorizedException(operation);
        }
    }

    /**
     * Refuses an actor of another territory before anything is looked up: a member or moderator
     * can only ever name records of their own territory.
     *
     * @param actor the actor
     * @param territoryId the territory named by the command
     * @param operation the operation's name
     * @throws NotAuthorizedException if the actor belongs to another territory
     */
    public static void requireSameTerritory(Actor actor, TerritoryId territoryId, String operation) {
        if (actor instanceof Actor.Member m && !m.territoryId().equals(territoryId)
                || actor instanceof Actor.Moderator mod && !mod.territoryId().equals(territoryId)) {
            throw new NotAuthorizedException(operation);
        }
    }
}
