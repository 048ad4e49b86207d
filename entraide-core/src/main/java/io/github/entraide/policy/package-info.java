/**
 * Policies that keep Entraide a mutual-aid platform. The first one is the volunteer-only policy:
 * {@link io.github.entraide.policy.VolunteerOnlyPolicy} reads the free text of an offer or a
 * request (French or English) and returns a {@link io.github.entraide.policy.VolunteerOnlyAssessment}
 * &mdash; a value, never an exception &mdash; saying whether the text can be published
 * ({@link io.github.entraide.policy.VolunteerOnlyVerdict#ACCEPTED}), must be checked by a moderator
 * first ({@link io.github.entraide.policy.VolunteerOnlyVerdict#NEEDS_REVIEW}) or is refused because
 * it asks for or offers payment ({@link io.github.entraide.policy.VolunteerOnlyVerdict#REJECTED}),
 * with reasons a person can read in French or English.
 *
 * <p>{@link io.github.entraide.policy.SafeguardingPolicy} (help to minors, helpers' minimum ages and
 * verification) and {@link io.github.entraide.policy.RetentionPolicy} (how long personal data is
 * kept) are per-territory settings, held in {@link io.github.entraide.domain.TerritorySettings}.
 *
 * <p>Every type of this package is immutable and thread-safe.
 */
package io.github.entraide.policy;
