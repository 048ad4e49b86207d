package io.github.entraide.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.entraide.event.AppealEvent;
import io.github.entraide.event.DomainEvent;
import io.github.entraide.event.IntroductionEvent;
import io.github.entraide.event.MemberEvent;
import io.github.entraide.event.OfferEvent;
import io.github.entraide.event.RequestEvent;
import io.github.entraide.notification.ContactsSharedNotice;
import io.github.entraide.notification.ContentApprovedNotice;
import io.github.entraide.notification.CrisisAppealNotice;
import io.github.entraide.notification.InactivityWarningNotice;
import io.github.entraide.notification.MemberReinstatedNotice;
import io.github.entraide.notification.MemberSuspendedNotice;
import io.github.entraide.notification.RequestRemovedNotice;
import io.github.entraide.notification.ErasureConfirmedNotice;
import io.github.entraide.notification.IntroductionProposedNotice;
import io.github.entraide.notification.Notification;
import io.github.entraide.notification.NotificationKind;
import io.github.entraide.notification.OfferRemovedNotice;
import io.github.entraide.notification.ProposalExpiredNotice;
import io.github.entraide.notification.ProposalReminderNotice;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * JSON through Jackson for outbox payloads, events and notifications. Thread-safe. Not API.
 */
public final class Json {
    /** The shared mapper: ISO-8601 instants, Optionals as values or null, unknown fields ignored. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final Map<NotificationKind, Class<? extends Notification>> NOTIFICATIONS = Map.ofEntries(
            Map.entry(NotificationKind.INTRODUCTION_PROPOSED, IntroductionProposedNotice.class),
            Map.entry(NotificationKind.CONTACTS_SHARED, ContactsSharedNotice.class),
            Map.entry(NotificationKind.PROPOSAL_REMINDER, ProposalReminderNotice.class),
            Map.entry(NotificationKind.PROPOSAL_EXPIRED, ProposalExpiredNotice.class),
            Map.entry(NotificationKind.OFFER_REMOVED, OfferRemovedNotice.class),
            Map.entry(NotificationKind.ERASURE_CONFIRMED, ErasureConfirmedNotice.class),
            Map.entry(NotificationKind.REQUEST_REMOVED, RequestRemovedNotice.class),
            Map.entry(NotificationKind.CONTENT_APPROVED, ContentApprovedNotice.class),
            Map.entry(NotificationKind.MEMBER_SUSPENDED, MemberSuspendedNotice.class),
            Map.entry(NotificationKind.MEMBER_REINSTATED, MemberReinstatedNotice.class),
            Map.entry(NotificationKind.INACTIVITY_WARNING, InactivityWarningNotice.class),
            Map.entry(NotificationKind.CRISIS_APPEAL, CrisisAppealNotice.class));

    private Json() {
    }

    /**
     * Writes a value as JSON.
     *
     * @param value the value
     * @return the JSON text
     */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads JSON into a type.
     *
     * @param json the JSON text
     * @param type the type
     * @param <T> the type
     * @return the value
     */
    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The outbox type of a notification: {@code notification.} and its kind in lower case.
     *
     * @param kind the kind
     * @return the type
     */
    public static String notificationType(NotificationKind kind) {
        return "notification." + kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Reads a notification payload of an outbox type.
     *
     * @param type the outbox type, as from {@link #notificationType(NotificationKind)}
     * @param json the payload
     * @return the notification
     */
    public static Notification readNotification(String type, String json) {
        String kind = type.substring("notification.".length()).toUpperCase(java.util.Locale.ROOT);
        return read(json, NOTIFICATIONS.get(NotificationKind.valueOf(kind)));
    }

    /**
     * Reads an event payload of an outbox type.
     *
     * @param type the event's type, for example {@code offer.published}
     * @param json the payload
     * @return the event
     */
    public static DomainEvent readEvent(String type, String json) {
        String family = type.substring(0, type.indexOf('.'));
        switch (family) {
            case "member":
                return read(json, MemberEvent.class);
            case "offer":
                return read(json, OfferEvent.class);
            case "request":
                return read(json, RequestEvent.class);
            case "introduction":
                return read(json, IntroductionEvent.class);
            case "appeal":
                return read(json, AppealEvent.class);
            default:
                throw new IllegalArgumentException("unknown event type " + type);
        }
    }
}
