/**
 * Notifications: what Entraide tells people (e-mail by the mail adapter), written to the outbox
 * with the change they announce and delivered by the relay.
 */
package io.github.entraide.notification;
