package io.github.entraide.command;

/**
 * Patterns and message keys shared by the commands' constraints.
 */
public final class Constraints {
    /** An identifier: 1 to 64 ASCII letters, digits, '.', '_' or '-'. */
    public static final String IDENTIFIER = "[A-Za-z0-9._-]{1,64}";
    /** Message of {@link #IDENTIFIER}. */
    public static final String IDENTIFIER_MESSAGE = "{validation.Identifier}";
    /** A five-character INSEE commune code. */
    public static final String INSEE_CODE = "[0-9][0-9AB][0-9]{3}";
    /** Message of {@link #INSEE_CODE}. */
    public static final String INSEE_CODE_MESSAGE = "{validation.InseeCode}";
    /** French or English. */
    public static final String LANGUAGE = "fr|en";
    /** Message of {@link #LANGUAGE}. */
    public static final String LANGUAGE_MESSAGE = "{validation.Language}";
    /** An ISO 639 language code. */
    public static final String LANGUAGE_CODE = "[a-z]{2,3}";
    /** Message of {@link #LANGUAGE_CODE}. */
    public static final String LANGUAGE_CODE_MESSAGE = "{validation.LanguageCode}";
    /**
     * Text without control characters (C0, DEL, C1) except tab and line breaks (free texts), and
     * without unpaired UTF-16 surrogates (which no database can store as UTF-8: PostgreSQL would keep
     * a {@code ?} instead).
     */
    public static final String MULTILINE_TEXT = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\uD800-\\uDFFF]*";
    /**
     * Text without any control character, C0, DEL or C1 (names, single-line values), and without
     * unpaired UTF-16 surrogates.
     */
    public static final String SINGLE_LINE_TEXT = "[^\\x00-\\x1F\\x7F-\\x9F\\uD800-\\uDFFF]*";
    /** Message of {@link #MULTILINE_TEXT} and {@link #SINGLE_LINE_TEXT}. */
    public static final String NO_CONTROL_MESSAGE = "{validation.NoControlCharacters}";
    /** Longest free text, in characters. */
    public static final int MAX_FREE_TEXT = 2000;
    /** Longest name, in characters. */
    public static final int MAX_NAME = 80;

    private Constraints() {
    }
}
