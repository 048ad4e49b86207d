package io.github.entraide.relay;

import io.github.entraide.domain.CategoryId;
import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.OfferId;
import io.github.entraide.domain.OfferStatus;
import io.github.entraide.domain.TerritoryId;
import io.github.entraide.event.OfferEvent;
import io.github.entraide.internal.Json;
import io.github.entraide.notification.ErasureConfirmedNotice;
import io.github.entraide.notification.Notification;
import io.github.entraide.notification.Recipient;
import io.github.entraide.spi.OutboxMessage;
import io.github.entraide.spi.StorageTransaction;
import java.time.Instant;
import java.util.Locale;

/** Builds outbox messages for relay tests. */
final class OutboxFixture {
    static final TerritoryId GRENOBLE = TerritoryId.of("grenoble-alpes-metropole");
    static final Instant T0 = Instant.parse("2026-03-17T09:00:00Z");

    private OutboxFixture() {
    }

    static Notification erasure(int n) {
        return new ErasureConfirmedNotice(GRENOBLE, new Recipient("Membre " + n, "membre" + n + "@example.org",
                Locale.FRENCH));
    }

    static OutboxMessage notification(String id, Notification n) {
        return OutboxMessage.pending(id, n.territoryId(), OutboxMessage.Kind.NOTIFICATION,
                Json.notificationType(n.kind()), Json.write(n), T0);
    }

    static OutboxMessage event(String id) {
        OfferEvent e = new OfferEvent("offer.published", GRENOBLE, OfferId.of("offer-" + id), MemberId.of("m-1"),
                CategoryId.of("groceries"), OfferStatus.PUBLISHED, T0);
        return OutboxMessage.pending(id, GRENOBLE, OutboxMessage.Kind.EVENT, e.type(), Json.write(e), T0);
    }

    static void append(StorageTransaction tx, OutboxMessage... messages) {
        for (OutboxMessage m : messages) {
            tx.outbox().append(m);
        }
    }
}
