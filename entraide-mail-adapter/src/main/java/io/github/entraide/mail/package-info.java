/**
 * E-mail notifications over SMTP: {@link io.github.entraide.mail.SmtpNotifier} implements the
 * core's {@link io.github.entraide.spi.Notifier} with Jakarta Mail (Eclipse Angus Mail at run
 * time), with French and English messages for every
 * {@link io.github.entraide.notification.NotificationKind}, per-territory
 * {@link io.github.entraide.mail.TerritoryBranding}, and {@link io.github.entraide.mail.MessageTemplates}
 * integrators can replace. Pair it with the core's {@link io.github.entraide.relay.OutboxRelay}.
 */
package io.github.entraide.mail;
