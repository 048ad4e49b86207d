package io.github.entraide.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.entraide.domain.MemberStatus;
import io.github.entraide.domain.ModerationSubject;
import io.github.entraide.domain.OfferId;
import io.github.entraide.domain.RequestId;
import io.github.entraide.domain.TerritoryId;
import io.github.entraide.notification.ContentApprovedNotice;
import io.github.entraide.notification.InactivityWarningNotice;
import io.github.entraide.notification.MemberReinstatedNotice;
import io.github.entraide.notification.MemberSuspendedNotice;
import io.github.entraide.notification.Notification;
import io.github.entraide.notification.Recipient;
import io.github.entraide.notification.RequestRemovedNotice;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NewNotificationsRoundTripThroughJsonTest {
    private static final TerritoryId T = TerritoryId.of("t");
    private static final Recipient R = new Recipient("Camille", "camille@example.org", Locale.FRENCH);

    @Test
    void moderationAndRetentionNoticesAreReadBackAsWritten() {
        List<Notification> notices = List.of(
                new RequestRemovedNotice(T, R, RequestId.of("r-1"), "Courses", "paid-help"),
                new ContentApprovedNotice(T, R, ModerationSubject.offer(OfferId.of("o-1"))),
                new MemberSuspendedNotice(T, R, MemberStatus.BANNED, "threats"),
                new MemberReinstatedNotice(T, R),
                new InactivityWarningNotice(T, R, Instant.parse("2028-03-17T09:00:00Z")));
        for (Notification n : notices) {
            assertThat(Json.readNotification(Json.notificationType(n.kind()), Json.write(n))).isEqualTo(n);
        }
    }
}
