package io.github.entraide.mail;

import java.net.URI;
import java.util.List;

/**
 * Writes the plain-text and HTML parts of a message side by side, escaping every value in the
 * HTML part: templates never concatenate HTML by hand, so no value can slip through unescaped.
 * Not thread-safe; one per message.
 */
final class MailBody {
    private final boolean english;
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder html = new StringBuilder();

    MailBody(MessageContext context, String title) {
        this.english = context.english();
        html.append("<!DOCTYPE html>\n<html lang=\"").append(english ? "en" : "fr").append("\">\n<head>\n")
                .append("<meta charset=\"UTF-8\">\n<title>").append(Html.escape(title)).append("</title>\n")
                .append("</head>\n<body style=\"font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;\">\n");
    }

    private static String escapeLines(String value) {
        return Html.escape(value).replace("\r\n", "\n").replace("\n", "<br>\n");
    }

    private String separator() {
        return english ? ": " : " : ";
    }

    MailBody paragraph(String value) {
        text.append(value).append("\n\n");
        html.append("<p>").append(escapeLines(value)).append("</p>\n");
        return this;
    }

    MailBody quote(String value) {
        text.append(english ? "\u201c" : "\u00ab\u00a0").append(value).append(english ? "\u201d" : "\u00a0\u00bb")
                .append("\n\n");
        html.append("<blockquote style=\"border-left: 4px solid #ccc; margin: 0 0 1em 0; padding-left: 1em;\">")
                .append(escapeLines(value)).append("</blockquote>\n");
        return this;
    }

    /** Label and value pairs, for example contact details. */
    MailBody fields(List<String[]> fields) {
        html.append("<ul>\n");
        for (String[] f : fields) {
            text.append("- ").append(f[0]).append(separator()).append(f[1]).append('\n');
            html.append("<li><strong>").append(Html.escape(f[0])).append("</strong>")
                    .append(Html.escape(separator())).append(Html.escape(f[1])).append("</li>\n");
        }
        text.append('\n');
        html.append("</ul>\n");
        return this;
    }

    MailBody bullets(String title, List<String> items) {
        text.append(title).append('\n');
        html.append("<p><strong>").append(Html.escape(title)).append("</strong></p>\n<ul>\n");
        for (String item : items) {
            text.append("- ").append(item).append('\n');
            html.append("<li>").append(Html.escape(item)).append("</li>\n");
        }
        text.append('\n');
        html.append("</ul>\n");
        return this;
    }

    MailBody action(String label, URI url) {
        text.append(label).append(separator()).append(url).append("\n\n");
        html.append("<p><a href=\"").append(Html.escape(url.toString()))
                .append("\" style=\"display: inline-block; padding: 0.5em 1em; border: 1px solid #1a5fb4; "
                        + "border-radius: 4px; color: #1a5fb4; text-decoration: none;\">")
                .append(Html.escape(label)).append("</a></p>\n");
        return this;
    }

    MailBody footer(TerritoryBranding branding) {
        text.append("-- \n");
        html.append("<hr>\n<footer style=\"font-size: 0.85em; color: #555;\">\n");
        String automatic = english
                ? "This is an automatic message from the mutual-aid service of " + branding.displayName() + "."
                : "Ce message automatique vous est envoyé par le service d'entraide de " + branding.displayName() + ".";
        text.append(automatic).append('\n');
        html.append("<p>").append(Html.escape(automatic)).append("</p>\n");
        branding.footer().ifPresent(f -> {
            text.append(f).append('\n');
            html.append("<p>").append(escapeLines(f)).append("</p>\n");
        });
        branding.privacyUrl().ifPresent(u -> link(english ? "Privacy" : "Confidentialité", u));
        branding.unsubscribeUrl().ifPresent(u -> link(english ? "Unsubscribe" : "Se désabonner", u));
        html.append("</footer>\n");
        return this;
    }

    private void link(String label, URI url) {
        text.append(label).append(separator()).append(url).append('\n');
        html.append("<p><a href=\"").append(Html.escape(url.toString())).append("\">").append(Html.escape(label))
                .append("</a></p>\n");
    }

    RenderedMessage build(String subject) {
        html.append("</body>\n</html>\n");
        return new RenderedMessage(subject, text.toString(), html.toString());
    }
}
