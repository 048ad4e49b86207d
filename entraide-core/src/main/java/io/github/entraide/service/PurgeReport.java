package io.github.entraide.service;

/**
 * What {@link MaintenanceService#purgeExpired(io.github.entraide.domain.Actor)} did.
 *
 * @param requestsPurged closed requests whose free text and proxy first name were purged
 * @param notificationsPurged sent notifications deleted from the outbox
 * @param membersWarned inactive members warned of their coming erasure
 * @param membersErased inactive members erased
 */
public record PurgeReport(int requestsPurged, int notificationsPurged, int membersWarned, int membersErased) {
}
