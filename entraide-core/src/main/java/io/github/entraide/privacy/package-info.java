/**
 * Personal data rights (GDPR, CNIL guidance for local authorities): the documented JSON export of
 * everything about a member ({@link io.github.entraide.privacy.MemberExport}), produced and erased
 * by {@link io.github.entraide.service.PrivacyService}.
 */
package io.github.entraide.privacy;
