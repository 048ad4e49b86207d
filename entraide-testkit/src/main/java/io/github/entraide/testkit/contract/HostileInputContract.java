package io.github.entraide.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.entraide.EntraideException;
import io.github.entraide.ErrorCode;
import io.github.entraide.spi.Storage;
import io.github.entraide.testkit.generators.HostileStrings;
import io.github.entraide.testkit.property.Gen;
import io.github.entraide.testkit.property.Gens;
import io.github.entraide.testkit.property.Pair;
import io.github.entraide.testkit.property.Property;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Hostile input, for every command of {@code io.github.entraide.command}: every text field (every
 * {@code String} component, optional string, set of strings, and string of a nested record such as
 * {@code OnBehalfOf} or {@code Commune}) of a valid command is replaced by a hostile string
 * ({@link HostileStrings}: SQL, HTML and JavaScript, mail-header injection, format strings, path
 * traversal, Unicode edge cases, control characters, strings just over the field's limit and of a
 * megabyte), and the command is run through the public services by an actor who may run it. The
 * outcome is one of:
 *
 * <ul>
 *   <li>a refusal: an {@link EntraideException} (never another exception type, never
 *       {@link ErrorCode#STORAGE_FAILURE}) with a stable code and a message in French and in
 *       English that holds no stack trace, and the storage exactly as it was (no partial write);
 *   <li>success, and the value is stored verbatim, after the documented normalisation only:
 *       leading and trailing white space removed ({@link String#strip()}) from names, e-mail
 *       addresses, phone numbers, free texts, report comments and the first name of a person
 *       helped; territory and commune names and identifiers unchanged;
 *   <li>a refusal by the domain's value object before any service is called (an
 *       {@link IllegalArgumentException} or {@link NullPointerException} from a record such as
 *       {@code Commune}), which is how value objects validate.
 * </ul>
 *
 * <p>Every catalogue payload is tried on every field, then {@link #randomTries()} generated strings
 * per command. The figures are written as JSON to {@code target/guarantees/<test class>.json} and
 * summed up on one line of standard output. An adapter's test extends this class and implements
 * the three methods below. Not thread-safe: JUnit makes one instance per test.
 */
public abstract class HostileInputContract {

    /** Most failures listed in one report. */
    private static final int MAX_LISTED_FAILURES = 40;

    /** Creates the suite. */
    protected HostileInputContract() {
    }

    /**
     * Makes the storage under test: new and EMPTY, used by no other test. Release it in an
     * {@code @AfterEach} of the adapter's test class.
     *
     * @return the storage
     */
    protected abstract Storage newStorage();

    /**
     * Everything the storage holds (every record of every kind and every outbox message), as a
     * value whose {@code equals} is true exactly when nothing was added, changed or removed.
     *
     * @param storage the storage made by {@link #newStorage()}
     * @return the contents
     */
    protected abstract Object contentsOf(Storage storage);

    /**
     * Every string the storage holds, exactly as it would be read back: each text column or field,
     * and each string inside structured values (JSON documents are decoded).
     *
     * @param storage the storage made by {@link #newStorage()}
     * @return the strings, in any order
     */
    protected abstract Collection<String> storedStrings(Storage storage);

    /**
     * How many generated hostile strings each command is tried with, after the catalogue.
     *
     * @return at least 0; 40 by default
     */
    protected int randomTries() {
        return 40;
    }

    /**
     * The payloads tried on every field: the whole catalogue, one megabyte, and strings just over
     * each maximum length the commands declare (32, 64, 80, 120, 254 and 2,000 characters).
     *
     * @return the payloads
     */
    protected List<String> payloadsForEveryField() {
        List<String> payloads = new ArrayList<>(HostileStrings.catalogue());
        for (int max : new int[] {30, 32, 64, 80, 120, 200, 254, 2000}) {
            payloads.add(HostileStrings.huge(max + 1));
        }
        payloads.add(HostileStrings.huge(HostileStrings.ONE_MEGABYTE));
        return payloads;
    }

    /**
     * A smaller set for slower storages: the first {@code perFamily} payloads of each family of the
     * catalogue, one megabyte, and strings just over 64, 80 and 2,000 characters.
     *
     * @param perFamily how many payloads of each family, at least 1
     * @return the payloads
     */
    protected static List<String> representativePayloads(int perFamily) {
        List<String> payloads = new ArrayList<>();
        HostileStrings.families().values().forEach(family ->
                payloads.addAll(family.subList(0, Math.min(perFamily, family.size()))));
        for (int max : new int[] {64, 80, 2000}) {
            payloads.add(HostileStrings.huge(max + 1));
        }
        payloads.add(HostileStrings.huge(HostileStrings.ONE_MEGABYTE));
        return payloads;
    }

    /** Counts of what happened, for the report. */
    private static final class Figures {
        int fields;
        long tries;
        long refusals;
        long verbatim;
        long successes;
        long valueObjectRefusals;
        long crashes;
        long partialWrites;
        long notVerbatim;
        final Map<String, Long> codes = new LinkedHashMap<>();
        final List<String> failures = new ArrayList<>();

        void fail(String failure) {
            if (failures.size() < MAX_LISTED_FAILURES) {
                failures.add(failure);
            }
        }
    }

    @Test
    void everyCommandRecordHasACase() {
        Set<String> records = CommandRecords.simpleNames();
        Set<String> covered = HostileCases.all().stream().map(c -> c.type().getSimpleName())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(records, covered, "every command record has a hostile-input case");
        for (HostileCases.Case<?> c : HostileCases.all()) {
            assertFalse(TextFields.of(c.type()).isEmpty(), c + " has text fields");
            assertTrue(TextFields.of(c.type()).containsAll(c.stored().keySet()),
                    c + ": the stored fields are text fields");
        }
    }

    @Test
    void hostileStringsInEveryTextFieldAreRefusedCleanlyOrStoredVerbatim() {
        Storage storage = newStorage();
        HostileWorld world = new HostileWorld(storage);
        Figures figures = new Figures();
        List<String> payloads = payloadsForEveryField();
        for (HostileCases.Case<?> c : HostileCases.all()) {
            List<String> fields = TextFields.of(c.type());
            figures.fields += fields.size();
            int call = 0;
            for (String field : fields) {
                for (String payload : payloads) {
                    tryOnce(world, storage, c, call++ % c.calls().size(), field, payload, figures);
                }
            }
        }
        for (HostileCases.Case<?> c : HostileCases.all()) {
            List<String> fields = TextFields.of(c.type());
            Gen<Pair<Pair<Integer, String>, String>> gen = Gens.pairs(
                    Gens.pairs(Gens.integers(0, c.calls().size() - 1), Gens.elements(fields)), HostileStrings.strings());
            if (randomTries() > 0) {
                Property.forAll(gen).named("hostile " + c).tries(randomTries()).check(p ->
                        tryOnce(world, storage, c, p.first().first(), p.first().second(), p.second(), figures));
            }
        }
        report(figures, payloads.size());
        assertEquals(List.of(), figures.failures, "crashes, partial writes and values not stored verbatim");
    }

    private <C extends Record> void tryOnce(HostileWorld world, Storage storage, HostileCases.Case<C> c, int callIndex,
            String field, String payload, Figures figures) {
        HostileCases.Call<C> call = c.calls().get(callIndex);
        String what = c + "." + field + " via " + call.name() + " with " + escaped(payload);
        figures.tries++;
        C base = c.base().apply(world);
        C command;
        try {
            command = TextFields.with(base, field, payload);
        } catch (IllegalArgumentException | NullPointerException e) {
            figures.valueObjectRefusals++;
            return;
        }
        Object before = contentsOf(storage);
        Throwable thrown = null;
        try {
            call.run().accept(world, command);
        } catch (Throwable t) {
            thrown = t;
        }
        if (thrown != null) {
            if (!(thrown instanceof EntraideException e) || e.code() == ErrorCode.STORAGE_FAILURE) {
                figures.crashes++;
                figures.fail("crash: " + what + " threw " + thrown.getClass().getName()
                        + (thrown instanceof EntraideException e ? " " + e.code() : "") + ": "
                        + escaped(String.valueOf(thrown.getMessage())));
                return;
            }
            figures.refusals++;
            figures.codes.merge(e.code().code(), 1L, Long::sum);
            for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
                String message = e.message(locale);
                if (message == null || message.isBlank() || message.contains("Exception")
                        || message.contains("\tat ") || message.contains("\n\tat")) {
                    figures.crashes++;
                    figures.fail("unclear " + locale + " message: " + what + ": " + escaped(String.valueOf(message)));
                }
            }
            if (!before.equals(contentsOf(storage))) {
                figures.partialWrites++;
                figures.fail("partial write: " + what + " was refused (" + e.code() + ") but changed the storage");
            }
            return;
        }
        figures.successes++;
        HostileCases.Normalisation normalisation = c.stored().get(field);
        if (normalisation != null) {
            String expected = normalisation.apply(payload);
            if (storedStrings(storage).contains(expected)) {
                figures.verbatim++;
            } else {
                figures.notVerbatim++;
                figures.fail("not stored verbatim: " + what + "; expected " + escaped(expected));
            }
        }
    }

    private void report(Figures f, int payloadCount) {
        String name = getClass().getSimpleName();
        StringBuilder codes = new StringBuilder();
        f.codes.forEach((code, count) -> codes.append(codes.length() == 0 ? "" : ",").append('"').append(code)
                .append("\":").append(count));
        String json = "{\"test\":\"" + name + "\",\"commands\":"
                + HostileCases.all().size() + ",\"text_fields\":" + f.fields + ",\"payloads_per_field\":"
                + payloadCount + ",\"random_tries_per_command\":" + randomTries() + ",\"tries\":" + f.tries
                + ",\"refusals\":" + f.refusals + ",\"refusals_by_code\":{" + codes + "},\"successes\":" + f.successes + ",\"stored_verbatim\":"
                + f.verbatim + ",\"refused_by_value_objects\":" + f.valueObjectRefusals + ",\"crashes\":" + f.crashes
                + ",\"partial_writes\":" + f.partialWrites + ",\"not_verbatim\":" + f.notVerbatim + "}";
        try {
            Path dir = Path.of("target", "guarantees");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name + ".json"), json + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("[guarantees] " + name + ": " + f.tries + " hostile calls (" + f.fields
                + " text fields of " + HostileCases.all().size() + " commands × " + payloadCount
                + " payloads, then random strings): " + f.refusals + " refused, " + f.successes + " succeeded (" + f.verbatim
                + " stored verbatim), " + f.valueObjectRefusals + " refused by value objects, " + f.crashes
                + " crashes, " + f.partialWrites + " partial writes, " + f.notVerbatim + " not verbatim");
        if (!f.failures.isEmpty()) {
            System.out.println(String.join("\n", f.failures));
        }
    }

    /** A value with everything outside printable ASCII escaped, cut to 300 characters, for reports. */
    static String escaped(String value) {
        StringBuilder out = new StringBuilder();
        value.chars().limit(300).forEach(ch -> {
            if (ch >= 0x20 && ch < 0x7F) {
                out.append((char) ch);
            } else {
                out.append(String.format("\\u%04X", ch));
            }
        });
        if (value.length() > 300) {
            out.append("…(").append(value.length()).append(" chars)");
        }
        return out.toString();
    }
}
