package io.github.entraide.domain;

import io.github.entraide.internal.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The tenant: a city, or a metropolis made of communes. Every record belongs to exactly one
 * territory and nothing crosses territories. Immutable.
 */
public final class Territory {
    private final TerritoryId id;
    private final String name;
    private final Map<String, Commune> communes;
    private final CategoryCatalogue catalogue;
    private final TerritorySettings settings;
    private final long version;

    private Territory(TerritoryId id, String name, List<Commune> communes, CategoryCatalogue catalogue,
            TerritorySettings settings, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Checks.notBlank(name, "name");
        Objects.requireNonNull(communes, "communes");
        if (communes.isEmpty()) {
            throw new IllegalArgumentException("a territory needs at least one commune");
        }
        Map<String, Commune> map = new LinkedHashMap<>();
        for (Commune c : communes) {
            if (map.putIfAbsent(Objects.requireNonNull(c, "communes element").inseeCode(), c) != null) {
                throw new IllegalArgumentException("duplicate commune " + c.inseeCode());
            }
        }
        this.communes = Collections.unmodifiableMap(map);
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.version = version;
    }

    /**
     * Creates a territory.
     *
     * @param id its identifier
     * @param name its name, for example "Grenoble-Alpes Métropole"
     * @param communes its communes (at least one)
     * @param catalogue its help categories
     * @param settings its settings
     * @return the new territory
     */
    public static Territory create(TerritoryId id, String name, List<Commune> communes, CategoryCatalogue catalogue,
            TerritorySettings settings) {
        return new Territory(id, name, communes, catalogue, settings, 0);
    }

    /**
     * Rebuilds a territory from storage. For storage adapters.
     *
     * @param id its identifier
     * @param name its name
     * @param communes its communes
     * @param catalogue its help categories
     * @param settings its settings
     * @param version its stored version
     * @return the territory
     */
    public static Territory reconstitute(TerritoryId id, String name, List<Commune> communes,
            CategoryCatalogue catalogue, TerritorySettings settings, long version) {
        return new Territory(id, name, communes, catalogue, settings, version);
    }

    /** @return the identifier */
    public TerritoryId id() {
        return id;
    }

    /** @return the name */
    public String name() {
        return name;
    }

    /** @return the communes, in the order given */
    public List<Commune> communes() {
        return List.copyOf(communes.values());
    }

    /**
     * Looks a commune up.
     *
     * @param inseeCode its INSEE code
     * @return the commune, or empty if it is not in this territory
     */
    public Optional<Commune> commune(String inseeCode) {
        return Optional.ofNullable(communes.get(Objects.requireNonNull(inseeCode, "inseeCode")));
    }

    /** @return the help categories */
    public CategoryCatalogue catalogue() {
        return catalogue;
    }

    /** @return the settings */
    public TerritorySettings settings() {
        return settings;
    }

    /** @return the stored version, for optimistic concurrency */
    public long version() {
        return version;
    }

    /**
     * This territory with other settings.
     *
     * @param newSettings the settings
     * @return the changed territory
     */
    public Territory withSettings(TerritorySettings newSettings) {
        return new Territory(id, name, List.copyOf(communes.values()), catalogue, newSettings, version);
    }

    /**
     * This territory with another catalogue.
     *
     * @param newCatalogue the catalogue
     * @return the changed territory
     */
    public Territory withCatalogue(CategoryCatalogue newCatalogue) {
        return new Territory(id, name, List.copyOf(communes.values()), newCatalogue, settings, version);
    }

    /**
     * This territory with another version. For storage adapters.
     *
     * @param newVersion the version
     * @return the territory
     */
    public Territory withVersion(long newVersion) {
        return new Territory(id, name, List.copyOf(communes.values()), catalogue, settings, newVersion);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Territory t && id.equals(t.id) && name.equals(t.name) && communes.equals(t.communes)
                && catalogue.equals(t.catalogue) && settings.equals(t.settings) && version == t.version;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "Territory[" + id + ", " + communes.size() + " communes, v" + version + "]";
    }
}
