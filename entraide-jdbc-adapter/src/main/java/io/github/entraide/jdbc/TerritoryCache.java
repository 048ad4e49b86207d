package io.github.entraide.jdbc;

import io.github.entraide.domain.Territory;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The territories last decoded by one {@link JdbcStorage}, keyed by id, each with the exact column
 * values it was decoded from. A territory row carries its communes (hundreds at national scale) as
 * JSON; decoding them again on every use case cost more CPU than the statements themselves. A read
 * still fetches the row, and reuses the decoded {@link Territory} only when every column is equal to
 * the cached one (so a row rewritten behind our back, even at the same version, is decoded again).
 * {@link Territory} is immutable, so sharing it between transactions and threads is safe. Thread-safe.
 */
final class TerritoryCache {
    /** Enough for every territory of a country (France: about a hundred); beyond, it starts over. */
    private static final int LIMIT = 1_024;

    private record Entry(String name, String communes, String catalogue, String settings, long version,
            Territory territory) {
        boolean same(String n, String c, String k, String s, long v) {
            return version == v && Objects.equals(name, n) && Objects.equals(communes, c) && Objects.equals(catalogue, k)
                    && Objects.equals(settings, s);
        }
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /**
     * The territory decoded from these column values, from the cache when they are all unchanged.
     *
     * @param id the id column
     * @param name the name column
     * @param communes the communes column (JSON)
     * @param catalogue the catalogue column (JSON)
     * @param settings the settings column (JSON)
     * @param version the version column
     * @param decode decodes the columns when they are not cached
     * @return the territory
     */
    Territory get(String id, String name, String communes, String catalogue, String settings, long version,
            Supplier<Territory> decode) {
        Entry e = entries.get(id);
        if (e != null && e.same(name, communes, catalogue, settings, version)) {
            return e.territory();
        }
        Territory t = decode.get();
        if (entries.size() >= LIMIT) {
            entries.clear();
        }
        entries.put(id, new Entry(name, communes, catalogue, settings, version, t));
        return t;
    }
}
