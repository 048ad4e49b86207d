package io.github.entraide.service;

import io.github.entraide.command.ConfigureTerritory;
import io.github.entraide.command.CreateTerritory;
import io.github.entraide.domain.Actor;
import io.github.entraide.domain.Territory;
import io.github.entraide.domain.TerritoryId;
import io.github.entraide.internal.Access;
import io.github.entraide.internal.Engine;
import java.util.Objects;

/**
 * Use cases about territories: create and configure (administrators), read (anyone of the
 * territory). Thread-safe.
 */
public final class TerritoryService {
    private final Engine engine;

    /**
     * For {@link io.github.entraide.Entraide}.
     *
     * @param engine the engine
     */
    public TerritoryService(Engine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /**
     * Creates a territory. Administrators only.
     *
     * @param actor the actor
     * @param command the territory
     * @return the stored territory
     */
    public Territory create(Actor actor, CreateTerritory command) {
        engine.validate(actor, command);
        Access.require(actor instanceof Actor.Administrator, "territories.create");
        Territory territory = Territory.create(TerritoryId.of(command.territoryId()), command.name(),
                command.communes(), command.catalogue(), command.settings());
        return engine.tx(tx -> tx.territories().insert(territory));
    }

    /**
     * Changes a territory's settings. Administrators only.
     *
     * @param actor the actor
     * @param command the new settings
     * @return the stored territory
     */
    public Territory configure(Actor actor, ConfigureTerritory command) {
        engine.validate(actor, command);
        Access.require(actor instanceof Actor.Administrator, "territories.configure");
        TerritoryId id = TerritoryId.of(command.territoryId());
        return engine.tx(tx -> tx.territories().update(engine.territory(tx, id).withSettings(command.settings())));
    }

    /**
     * Reads a territory: its communes, catalogue and settings. Members and moderators of the
     * territory, administrators and the system.
     *
     * @param actor the actor
     * @param id the territory
     * @return the territory
     */
    public Territory find(Actor actor, TerritoryId id) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        Access.requireSameTerritory(actor, id, "territories.find");
        return engine.tx(tx -> engine.territory(tx, id));
    }
}
