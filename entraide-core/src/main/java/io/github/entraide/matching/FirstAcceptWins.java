package io.github.entraide.matching;

import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.RequestId;
import io.github.entraide.domain.TerritoryId;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Arbitrates {@link MatchingMode#NOTIFY_NEAREST}: many notified helpers may accept the same request
 * at once, and exactly one wins. Each request holds at most one claim, taken by an atomic
 * {@link ConcurrentHashMap#putIfAbsent}: the first claim wins, every later one (from any thread)
 * sees the winner.
 *
 * <p>This arbiter lives in one JVM. With a shared database, storages enforce the same rule with a
 * versioned update of the request (open → introduced, at the version read): of two nodes accepting
 * at once, one update succeeds and the other fails with a conflict; the service layer uses both,
 * this arbiter to answer quickly and the versioned update to be right across nodes.
 *
 * <p>Thread-safe and lock-free.
 */
public final class FirstAcceptWins {
    private final ConcurrentHashMap<Key, MemberId> claims = new ConcurrentHashMap<>();

    /** An arbiter with no claim. */
    public FirstAcceptWins() {
    }

    /** The answer to a claim. */
    public sealed interface Outcome {
        /** @return the helper who holds the request */
        MemberId winner();

        /** @return whether the claimant won (or had already won) */
        boolean won();
    }

    /**
     * The claimant holds the request: they were first, or are claiming again.
     *
     * @param winner the claimant
     */
    public record Won(MemberId winner) implements Outcome {
        @Override
        public boolean won() {
            return true;
        }
    }

    /**
     * Another helper accepted first.
     *
     * @param winner the helper who holds the request
     */
    public record AlreadyTaken(MemberId winner) implements Outcome {
        @Override
        public boolean won() {
            return false;
        }
    }

    /**
     * A helper accepts a request: the first acceptance wins.
     *
     * @param territoryId the request's territory
     * @param requestId the request
     * @param helperId the accepting helper
     * @return {@link Won} for the first claimant (and for them again), {@link AlreadyTaken} for others
     */
    public Outcome accept(TerritoryId territoryId, RequestId requestId, MemberId helperId) {
        Objects.requireNonNull(helperId, "helperId");
        MemberId previous = claims.putIfAbsent(new Key(territoryId, requestId), helperId);
        if (previous == null || previous.equals(helperId)) {
            return new Won(helperId);
        }
        return new AlreadyTaken(previous);
    }

    /**
     * Who holds a request.
     *
     * @param territoryId the territory
     * @param requestId the request
     * @return the winner, or empty if nobody accepted yet
     */
    public Optional<MemberId> winner(TerritoryId territoryId, RequestId requestId) {
        return Optional.ofNullable(claims.get(new Key(territoryId, requestId)));
    }

    /**
     * Frees a request again (the winner withdrew, or the request was closed), only if that helper
     * still holds it.
     *
     * @param territoryId the territory
     * @param requestId the request
     * @param helperId the helper expected to hold it
     * @return true if the claim was released
     */
    public boolean release(TerritoryId territoryId, RequestId requestId, MemberId helperId) {
        return claims.remove(new Key(territoryId, requestId), Objects.requireNonNull(helperId, "helperId"));
    }

    private record Key(TerritoryId territoryId, RequestId requestId) {
        Key {
            Objects.requireNonNull(territoryId, "territoryId");
            Objects.requireNonNull(requestId, "requestId");
        }
    }
}
