package io.github.entraide.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.entraide.domain.CategoryCatalogue;
import io.github.entraide.domain.Commune;
import io.github.entraide.domain.GeoPoint;
import io.github.entraide.domain.Territory;
import io.github.entraide.domain.TerritoryId;
import io.github.entraide.domain.TerritorySettings;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A territory row is decoded again whenever any of its columns differs from the cached one. */
class TerritoryCacheTest {
    private final TerritoryCache cache = new TerritoryCache();
    private final AtomicInteger decoded = new AtomicInteger();

    private Supplier<Territory> decode(long version) {
        return () -> {
            decoded.incrementAndGet();
            return Territory.reconstitute(TerritoryId.of("t1"), "Grenoble-Alpes Métropole",
                    List.of(new Commune("38185", "Grenoble", GeoPoint.of(45.1885, 5.7245), 158_000)),
                    CategoryCatalogue.defaults(), TerritorySettings.defaults(), version);
        };
    }

    @Test
    void reusesTheDecodedTerritoryOnlyWhileEveryColumnIsUnchanged() {
        Territory first = cache.get("t1", "n", "[c]", "[k]", "{s}", 1, decode(1));
        assertThat(cache.get("t1", "n", "[c]", "[k]", "{s}", 1, decode(1))).isSameAs(first);
        assertThat(decoded).hasValue(1);

        cache.get("t1", "n", "[c]", "[k]", "{s}", 2, decode(2));
        cache.get("t1", "n", "[c, d]", "[k]", "{s}", 2, decode(2));
        cache.get("t1", "n", "[c, d]", "[k]", "{s2}", 2, decode(2));
        cache.get("t1", "n2", "[c, d]", "[k]", "{s2}", 2, decode(2));
        cache.get("t1", "n2", "[c, d]", "[k2]", "{s2}", 2, decode(2));
        assertThat(decoded).as("a version, communes, settings, name or catalogue change is decoded again").hasValue(6);

        cache.get("t2", "n2", "[c, d]", "[k2]", "{s2}", 2, decode(2));
        assertThat(decoded).as("another id is another entry").hasValue(7);
        assertThat(cache.get("t1", "n2", "[c, d]", "[k2]", "{s2}", 2, decode(2)).version()).isEqualTo(2);
        assertThat(decoded).hasValue(7);
    }
}
