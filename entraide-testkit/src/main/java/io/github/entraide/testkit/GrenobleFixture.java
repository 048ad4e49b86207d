package io.github.entraide.testkit;

import io.github.entraide.command.CreateTerritory;
import io.github.entraide.domain.CategoryCatalogue;
import io.github.entraide.domain.Commune;
import io.github.entraide.domain.GeoPoint;
import io.github.entraide.domain.Territory;
import io.github.entraide.domain.TerritoryId;
import io.github.entraide.domain.TerritorySettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Grenoble-Alpes Métropole, the model territory: its 49 communes with their INSEE codes,
 * centroids and 2021 populations (449,488 inhabitants), and the launch figures of its mutual-aid
 * platform. For tests, examples and benchmarks. Immutable and thread-safe.
 *
 * <p>Source of the communes: INSEE, La Poste — Licence Ouverte 2.0.
 */
public final class GrenobleFixture {
    /** The territory's identifier. */
    public static final TerritoryId TERRITORY_ID = TerritoryId.of("grenoble-alpes-metropole");
    /** The territory's name. */
    public static final String NAME = "Grenoble-Alpes Métropole";
    /** INSEE code of Grenoble. */
    public static final String GRENOBLE = "38185";
    /** INSEE code of Échirolles. */
    public static final String ECHIROLLES = "38151";
    /** INSEE code of Meylan. */
    public static final String MEYLAN = "38229";
    /** Registrations in the platform's first days. */
    public static final int LAUNCH_REGISTRATIONS = 2000;
    /**
     * Most requested services at launch: groceries 1,740, conversation 933, homework 725.
     */
    public static final Map<String, Integer> LAUNCH_DEMAND = Map.of(
            "groceries", 1740, "conversation", 933, "homework", 725);

    private static final List<Commune> COMMUNES = load();
    private static final long TOTAL_POPULATION = COMMUNES.stream().mapToLong(Commune::population).sum();

    private GrenobleFixture() {
    }

    private static List<Commune> load() {
        List<Commune> communes = new ArrayList<>();
        try (InputStream in = GrenobleFixture.class.getResourceAsStream("grenoble-alpes-metropole.csv")) {
            if (in == null) {
                throw new IllegalStateException("missing grenoble-alpes-metropole.csv");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = reader.readLine();
            if (header == null || !header.startsWith("insee_code,")) {
                throw new IllegalStateException("unexpected header in grenoble-alpes-metropole.csv");
            }
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                communes.add(new Commune(f[0], f[2], GeoPoint.of(Double.parseDouble(f[4]), Double.parseDouble(f[5])),
                        Integer.parseInt(f[6])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(communes);
    }

    /**
     * The 49 communes, in file order.
     *
     * @return the communes
     */
    public static List<Commune> communes() {
        return COMMUNES;
    }

    /**
     * The total population of the 49 communes (449,488).
     *
     * @return the population
     */
    public static long population() {
        return TOTAL_POPULATION;
    }

    /**
     * The territory with the default catalogue and settings.
     *
     * @return the territory, at version 0 (not stored)
     */
    public static Territory territory() {
        return Territory.create(TERRITORY_ID, NAME, COMMUNES, CategoryCatalogue.defaults(), TerritorySettings.defaults());
    }

    /**
     * The command an administrator runs to create the territory.
     *
     * @param settings the settings
     * @return the command
     */
    public static CreateTerritory createCommand(TerritorySettings settings) {
        return new CreateTerritory(TERRITORY_ID.value(), NAME, COMMUNES, CategoryCatalogue.defaults(), settings);
    }

    /**
     * A commune drawn with probability proportional to its population.
     *
     * @param random the source of randomness
     * @return the commune
     */
    public static Commune communeByPopulation(RandomGenerator random) {
        long target = random.nextLong(TOTAL_POPULATION);
        long cumulated = 0;
        for (Commune c : COMMUNES) {
            cumulated += c.population();
            if (target < cumulated) {
                return c;
            }
        }
        return COMMUNES.get(COMMUNES.size() - 1);
    }

    /**
     * Splits a number of people over the communes in proportion to their population (largest
     * remainders), so that the counts add up exactly.
     *
     * @param total how many people
     * @return one count per commune, in {@link #communes()} order
     */
    public static int[] spreadByPopulation(int total) {
        int n = COMMUNES.size();
        int[] counts = new int[n];
        double[] remainders = new double[n];
        int assigned = 0;
        for (int i = 0; i < n; i++) {
            double exact = (double) total * COMMUNES.get(i).population() / TOTAL_POPULATION;
            counts[i] = (int) Math.floor(exact);
            remainders[i] = exact - counts[i];
            assigned += counts[i];
        }
        while (assigned < total) {
            int best = 0;
            for (int i = 1; i < n; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            counts[best]++;
            remainders[best] = -1;
            assigned++;
        }
        return counts;
    }
}
