package io.github.entraide.matching;

/**
 * How a territory turns candidates into an introduction. The application services wire each mode;
 * the policy and candidate source are the same in all of them.
 */
public enum MatchingMode {
    /**
     * The beneficiary (or their proxy, or the portal on their behalf) sees the best candidates as
     * {@link CandidateView}s and chooses one; an introduction to that helper is proposed. The
     * default: it leaves the choice to the person helped.
     */
    BENEFICIARY_CHOOSES,
    /**
     * The system proposes the best candidate at once (the first of the ranking); if that helper
     * declines or the proposal expires, the next one is proposed. Batches of open requests may be
     * assigned together with {@link BatchAssigner}.
     */
    AUTOMATIC,
    /**
     * The N best (nearest, under the standard policy) helpers are notified together and the first to
     * accept wins; the others are told the request is taken. Acceptance is arbitrated so that exactly
     * one helper wins: {@link FirstAcceptWins} in memory, a versioned update of the request in storage.
     */
    NOTIFY_NEAREST,
    /**
     * A dispatcher (a moderator or municipal agent of the territory) sees the candidates and assigns
     * a helper by hand, for example for people without e-mail reached by phone.
     */
    DISPATCHER
}
