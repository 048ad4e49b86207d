package io.github.entraide.benchmarks;

import io.github.entraide.domain.Commune;
import io.github.entraide.domain.GeoPoint;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Every French commune (34,928, INSEE 2024, population 2021) and points placed by population
 * over them, for benchmarks at the scale of a country. Immutable and thread-safe.
 *
 * <p>Source: INSEE, La Poste — Licence Ouverte 2.0.
 */
public final class FranceFixture {
    private static final List<Commune> COMMUNES = load();
    private static final long[] CUMULATIVE = cumulative(COMMUNES);

    private FranceFixture() {
    }

    private static List<Commune> load() {
        List<Commune> communes = new ArrayList<>(35_000);
        try (InputStream in = FranceFixture.class.getResourceAsStream("communes-fr.csv")) {
            if (in == null) {
                throw new IllegalStateException("missing communes-fr.csv");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = splitCsv(line);
                if (f.length < 7 || f[4].isEmpty() || f[5].isEmpty()) {
                    continue;
                }
                communes.add(new Commune(f[0], f[2], GeoPoint.of(Double.parseDouble(f[4]), Double.parseDouble(f[5])),
                        f[6].isEmpty() ? 0 : Integer.parseInt(f[6])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(communes);
    }

    private static String[] splitCsv(String line) {
        List<String> out = new ArrayList<>(7);
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString());
        return out.toArray(new String[0]);
    }

    private static long[] cumulative(List<Commune> communes) {
        long[] c = new long[communes.size()];
        long sum = 0;
        for (int i = 0; i < c.length; i++) {
            sum += communes.get(i).population();
            c[i] = sum;
        }
        return c;
    }

    /** @return every commune with coordinates */
    public static List<Commune> communes() {
        return COMMUNES;
    }

    /** @return the total population */
    public static long population() {
        return CUMULATIVE[CUMULATIVE.length - 1];
    }

    /**
     * A commune drawn with probability proportional to its population.
     *
     * @param random the source of randomness
     * @return the commune
     */
    public static Commune communeByPopulation(SplittableRandom random) {
        long target = random.nextLong(population());
        int i = Arrays.binarySearch(CUMULATIVE, target + 1);
        return COMMUNES.get(i >= 0 ? i : -i - 1);
    }

    /**
     * A point near a commune drawn by population: its centroid moved by up to about 2 km, so that
     * people of one commune do not all stand on one spot.
     *
     * @param random the source of randomness
     * @return the point
     */
    public static GeoPoint pointByPopulation(SplittableRandom random) {
        GeoPoint c = communeByPopulation(random).centroid();
        double lat = Math.max(-90, Math.min(90, c.latitude() + (random.nextDouble() - 0.5) * 0.036));
        double lon = Math.max(-180, Math.min(180, c.longitude() + (random.nextDouble() - 0.5) * 0.05));
        return GeoPoint.of(lat, lon);
    }
}
