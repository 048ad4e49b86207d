package io.github.entraide.mail;

import io.github.entraide.notification.Notification;

/**
 * Turns a notification into a message. Replace it to change the wording or the layout; delegate
 * to {@link #defaults()} for the kinds you keep:
 *
 * <pre>{@code
 * MessageTemplates mine = (notification, context) -> notification instanceof OfferRemovedNotice n
 *         ? myOfferRemoved(n, context)
 *         : MessageTemplates.defaults().render(notification, context);
 * }</pre>
 *
 * <p>Contract: pass every value that comes from people (names, free texts, communes, category
 * names) through {@link Html#escape(String)} in the HTML part; return a subject on one line (the
 * notifier refuses a line break rather than strip it); never show contact details except in a
 * {@link io.github.entraide.notification.ContactsSharedNotice}. Implementations must be
 * thread-safe; an exception makes the delivery fail permanently (a dead letter a moderator can
 * retry once the template is fixed).
 */
@FunctionalInterface
public interface MessageTemplates {

    /**
     * Renders a notification.
     *
     * @param notification the notification
     * @param context the language, branding and links
     * @return the message
     */
    RenderedMessage render(Notification notification, MessageContext context);

    /**
     * Entraide's templates, in French and English, for every kind of notification.
     *
     * @return the default templates
     */
    static DefaultMessageTemplates defaults() {
        return DefaultMessageTemplates.INSTANCE;
    }
}
