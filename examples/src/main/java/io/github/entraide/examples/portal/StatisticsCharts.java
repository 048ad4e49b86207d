package io.github.entraide.examples.portal;

import io.github.entraide.Entraide;
import io.github.entraide.command.StatisticsQuery;
import io.github.entraide.domain.Actor;
import io.github.entraide.domain.Commune;
import io.github.entraide.domain.MemberRole;
import io.github.entraide.domain.Territory;
import io.github.entraide.statistics.TerritoryStatistics;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * The statistics page's charts over time and space, server-rendered SVG (no script, nothing
 * loaded from outside): requests and introductions per week, the median time to acceptance per
 * week, and a map of the territory's communes drawn from their centroids, a circle per commune
 * whose area follows its open requests and helpers. Each chart has its title above it, a text
 * alternative, and the same figures in a table; counts under the suppression threshold are shown
 * and drawn as the open-data CSV shows them (suppressed). Stateless; thread-safe.
 */
final class StatisticsCharts {
    /** How many weeks the charts over time show. */
    static final int WEEKS = 8;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM", Locale.ROOT).withZone(ZoneOffset.UTC);

    private StatisticsCharts() {
    }

    /**
     * The weekly charts and the commune map.
     *
     * @param x the exchange (language)
     * @param entraide the library
     * @param territory the territory
     * @param count a count as the visitor may see it (suppressed under the threshold)
     * @return the markup
     */
    static Html render(Exchange x, Entraide entraide, Territory territory, LongFunction<String> count) {
        return Html.concat(weekly(x, entraide, territory, count), map(x, entraide, territory, count));
    }

    private static Html weekly(Exchange x, Entraide entraide, Territory territory, LongFunction<String> count) {
        Instant now = entraide.clock().instant();
        List<String> labels = new ArrayList<>();
        long[] requests = new long[WEEKS];
        long[] introductions = new long[WEEKS];
        long[] medianHours = new long[WEEKS];
        for (int w = 0; w < WEEKS; w++) {
            Instant from = now.minus(Duration.ofDays(7L * (WEEKS - w)));
            TerritoryStatistics s = entraide.statistics().compute(Actor.system(), new StatisticsQuery(
                    territory.id().value(), from, from.plus(Duration.ofDays(7))));
            labels.add(DAY.format(from));
            requests[w] = s.requests();
            introductions[w] = s.introductionsProposed();
            medianHours[w] = s.medianTimeToAcceptance().map(Duration::toHours).orElse(-1L);
        }
        long max = 1;
        for (int w = 0; w < WEEKS; w++) {
            max = Math.max(max, Math.max(requests[w], introductions[w]));
        }
        List<Html> bars = new ArrayList<>();
        List<Html> rows = new ArrayList<>();
        List<String> described = new ArrayList<>();
        for (int w = 0; w < WEEKS; w++) {
            String r = count.apply(requests[w]);
            String i = count.apply(introductions[w]);
            long hr = r.equals(TerritoryStatistics.SUPPRESSED) ? 0 : Math.round(150.0 * requests[w] / max);
            long hi = i.equals(TerritoryStatistics.SUPPRESSED) ? 0 : Math.round(150.0 * introductions[w] / max);
            int bx = 40 + w * 70;
            bars.add(Html.of("<rect x=\"{}\" y=\"{}\" width=\"26\" height=\"{}\" fill=\"#0b4f8a\"></rect>"
                    + "<rect x=\"{}\" y=\"{}\" width=\"26\" height=\"{}\" fill=\"#8a3b0b\"></rect>"
                    + "<text x=\"{}\" y=\"190\" font-size=\"13\" fill=\"#1a1a1a\">{}</text>",
                    bx, 170 - hr, hr, bx + 28, 170 - hi, hi, bx, labels.get(w)));
            String median = medianHours[w] < 0 ? "—" : medianHours[w] + " h";
            rows.add(Html.of("<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td></tr>", labels.get(w), r, i,
                    median));
            described.add(labels.get(w) + " : " + x.t("stats.requests") + " " + r + ", " + x.t("stats.introductions")
                    + " " + i);
        }
        long maxHours = 1;
        for (long h : medianHours) {
            maxHours = Math.max(maxHours, h);
        }
        List<Html> medians = new ArrayList<>();
        List<String> mediansDescribed = new ArrayList<>();
        for (int w = 0; w < WEEKS; w++) {
            long h = Math.max(0, medianHours[w]);
            long height = Math.round(150.0 * h / maxHours);
            int bx = 40 + w * 70;
            medians.add(Html.of("<rect x=\"{}\" y=\"{}\" width=\"40\" height=\"{}\" fill=\"#1b5e20\"></rect>"
                    + "<text x=\"{}\" y=\"{}\" font-size=\"13\" fill=\"#1a1a1a\">{}</text>"
                    + "<text x=\"{}\" y=\"190\" font-size=\"13\" fill=\"#1a1a1a\">{}</text>",
                    bx, 170 - height, height, bx, 165 - height, medianHours[w] < 0 ? "—" : h + " h", bx, labels.get(w)));
            mediansDescribed.add(labels.get(w) + " : " + (medianHours[w] < 0 ? "—" : h + " h"));
        }
        return Html.of("""
                <h2>{}</h2>
                <figure><figcaption id="chart-weeks-title">{}</figcaption>
                <p class="legend"><span class="key key-blue"></span> {} <span class="key key-brown"></span> {}</p>
                <svg role="img" aria-labelledby="chart-weeks-title chart-weeks-desc" width="600" height="200" viewBox="0 0 600 200">
                <desc id="chart-weeks-desc">{}</desc>{}</svg></figure>
                <figure><figcaption id="chart-median-title">{}</figcaption>
                <svg role="img" aria-labelledby="chart-median-title chart-median-desc" width="600" height="200" viewBox="0 0 600 200">
                <desc id="chart-median-desc">{}</desc>{}</svg></figure>
                <table><caption>{}</caption><thead><tr><th scope="col">{}</th><th scope="col">{}</th><th scope="col">{}</th><th scope="col">{}</th></tr></thead><tbody>{}</tbody></table>
                """, x.t("stats.weeks"), x.t("stats.chart.weeks"), x.t("stats.requests"), x.t("stats.introductions"),
                String.join(" ; ", described), Html.join(bars), x.t("stats.chart.median"),
                String.join(" ; ", mediansDescribed), Html.join(medians), x.t("stats.weeks"), x.t("stats.week"),
                x.t("stats.requests"), x.t("stats.introductions"), x.t("stats.median"), Html.join(rows));
    }

    private static Html map(Exchange x, Entraide entraide, Territory territory, LongFunction<String> count) {
        Instant now = entraide.clock().instant();
        TerritoryStatistics all = entraide.statistics().compute(Actor.system(), new StatisticsQuery(
                territory.id().value(), Instant.EPOCH, now.plus(Duration.ofDays(1))));
        Map<String, Long> helpers = new HashMap<>();
        entraide.storage().inTransaction(tx -> tx.members().all(territory.id())).stream()
                .filter(m -> m.isActive() && m.hasRole(MemberRole.HELPER))
                .forEach(m -> helpers.merge(m.location().inseeCode(), 1L, Long::sum));
        List<Commune> communes = territory.communes();
        double minLat = Double.MAX_VALUE;
        double maxLat = -Double.MAX_VALUE;
        double minLon = Double.MAX_VALUE;
        double maxLon = -Double.MAX_VALUE;
        long maxCount = 1;
        for (Commune c : communes) {
            minLat = Math.min(minLat, c.centroid().latitude());
            maxLat = Math.max(maxLat, c.centroid().latitude());
            minLon = Math.min(minLon, c.centroid().longitude());
            maxLon = Math.max(maxLon, c.centroid().longitude());
            maxCount = Math.max(maxCount, helpers.getOrDefault(c.inseeCode(), 0L));
            maxCount = Math.max(maxCount, all.unmatchedRequestsByCommune().getOrDefault(c.inseeCode(), 0));
        }
        // An equirectangular projection is enough at this scale (a few tens of kilometres).
        double cos = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double spanX = Math.max(1e-9, (maxLon - minLon) * cos);
        double spanY = Math.max(1e-9, maxLat - minLat);
        double scale = Math.min(520 / spanX, 520 / spanY);
        List<Html> dots = new ArrayList<>();
        List<Html> rows = new ArrayList<>();
        List<String> described = new ArrayList<>();
        for (Commune c : communes) {
            double px = 40 + (c.centroid().longitude() - minLon) * cos * scale;
            double py = 40 + (maxLat - c.centroid().latitude()) * scale;
            long h = helpers.getOrDefault(c.inseeCode(), 0L);
            long r = all.unmatchedRequestsByCommune().getOrDefault(c.inseeCode(), 0);
            String hs = count.apply(h);
            String rs = count.apply(r);
            double rh = hs.equals(TerritoryStatistics.SUPPRESSED) ? 0 : 3 + 22 * Math.sqrt((double) h / maxCount);
            double rr = rs.equals(TerritoryStatistics.SUPPRESSED) ? 0 : 3 + 22 * Math.sqrt((double) r / maxCount);
            dots.add(Html.of("<g class=\"commune\" data-insee=\"{}\"><circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"#0b4f8a\""
                    + " fill-opacity=\"0.35\" stroke=\"#0b4f8a\"></circle><circle cx=\"{}\" cy=\"{}\" r=\"{}\""
                    + " fill=\"#8a3b0b\" fill-opacity=\"0.6\"></circle><circle cx=\"{}\" cy=\"{}\" r=\"1.5\""
                    + " fill=\"#1a1a1a\"></circle></g>", c.inseeCode(), fmt(px), fmt(py), fmt(rh), fmt(px), fmt(py),
                    fmt(rr), fmt(px), fmt(py)));
            rows.add(Html.of("<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td></tr>", c.name(), hs, rs));
            described.add(c.name() + " : " + x.t("stats.helpers") + " " + hs + ", " + x.t("stats.open") + " " + rs);
        }
        return Html.of("""
                <h2>{}</h2>
                <figure><figcaption id="chart-map-title">{}</figcaption>
                <p class="legend"><span class="key key-blue"></span> {} <span class="key key-brown"></span> {}</p>
                <svg role="img" aria-labelledby="chart-map-title chart-map-desc" width="600" height="600" viewBox="0 0 600 600">
                <desc id="chart-map-desc">{}</desc>{}</svg></figure>
                <table><caption>{}</caption><thead><tr><th scope="col">{}</th><th scope="col">{}</th><th scope="col">{}</th></tr></thead><tbody>{}</tbody></table>
                """, x.t("stats.map"), x.t("stats.chart.map"), x.t("stats.helpers"), x.t("stats.open"),
                String.join(" ; ", described), Html.join(dots), x.t("stats.map"), x.t("stats.commune"),
                x.t("stats.helpers"), x.t("stats.open"), Html.join(rows));
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
