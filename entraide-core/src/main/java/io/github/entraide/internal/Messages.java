package io.github.entraide.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Entraide's own French and English message bundles ({@code messages_fr.properties} and
 * {@code messages_en.properties} beside this class, UTF-8). Read directly rather than through
 * {@link java.util.ResourceBundle}, so that English never falls back to the JVM's default
 * locale. Not API.
 */
public final class Messages {
    private static final Properties FR = load("messages_fr.properties");
    private static final Properties EN = load("messages_en.properties");

    private Messages() {
    }

    private static Properties load(String name) {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing bundle " + name);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /**
     * The raw text of a key in a locale (English for {@code en}, French otherwise).
     *
     * @param locale the locale
     * @param key the key
     * @return the text, or the key itself when missing
     */
    public static String text(Locale locale, String key) {
        Properties bundle = locale != null && "en".equals(locale.getLanguage()) ? EN : FR;
        String value = bundle.getProperty(key);
        if (value == null) {
            value = FR.getProperty(key, key);
        }
        return value;
    }

    /**
     * Whether a key exists in the bundles.
     *
     * @param key the key
     * @return true if both bundles define it
     */
    public static boolean has(String key) {
        return FR.containsKey(key) && EN.containsKey(key);
    }

    /**
     * A message with positional arguments ({@code {0}}, {@code {1}}…), formatted with
     * {@link MessageFormat}.
     *
     * @param locale the locale
     * @param key the key
     * @param args the arguments
     * @return the message
     */
    public static String format(Locale locale, String key, Object... args) {
        String pattern = text(locale, key);
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern.replace("'", "''"), locale == null ? Locale.FRENCH : locale).format(args);
    }

    /**
     * A message with named arguments ({@code {min}}, {@code {max}}…).
     *
     * @param locale the locale
     * @param key the key
     * @param args the arguments by name
     * @return the message
     */
    public static String formatNamed(Locale locale, String key, Map<String, Object> args) {
        String text = text(locale, key);
        for (Map.Entry<String, Object> e : args.entrySet()) {
            text = text.replace("{" + e.getKey() + "}", String.valueOf(e.getValue()));
        }
        return text;
    }
}
