package io.github.entraide.statistics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What happened in a territory during a period {@code [from, to)}: exact counts, for the territory's
 * own staff. Publish {@link #toOpenDataCsv()} instead, which suppresses small counts.
 *
 * <p>Every count is of records <em>created</em> in the period (flows, not stocks): an offer counts in
 * the period it was published, a helper counts once per category if they published an offer in it
 * during the period. Erased members' records keep counting (erasure keeps counts).
 *
 * @param territoryId the territory
 * @param from inclusive start
 * @param to exclusive end
 * @param helpersByCategory distinct helpers who published an offer in the category
 * @param offersByCategory offers published, per category
 * @param requestsByCategory requests filed, per category
 * @param introductionsProposed introductions proposed
 * @param introductionsAccepted introductions accepted (in direct mode, at once)
 * @param introductionsCompleted introductions completed
 * @param medianTimeToAcceptance median time from a request's filing to the acceptance of an
 *     introduction for it, over the introductions accepted in the period; empty if none
 * @param acceptedIntroductionsTimed how many accepted introductions the median is computed over
 * @param unmatchedRequestsByCommune requests filed in the period that never had an introduction
 *     accepted, per commune (INSEE code)
 */
public record TerritoryStatistics(String territoryId, Instant from, Instant to,
        SortedMap<String, Integer> helpersByCategory, SortedMap<String, Integer> offersByCategory,
        SortedMap<String, Integer> requestsByCategory, int introductionsProposed, int introductionsAccepted,
        int introductionsCompleted, Optional<Duration> medianTimeToAcceptance, int acceptedIntroductionsTimed,
        SortedMap<String, Integer> unmatchedRequestsByCommune) {

    /** Counts below this are suppressed in the open-data export. */
    public static final int SUPPRESSION_THRESHOLD = 5;
    /** What a suppressed cell holds in the open-data export. */
    public static final String SUPPRESSED = "<5";

    /** Copies the maps. */
    public TerritoryStatistics {
        Objects.requireNonNull(territoryId, "territoryId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        helpersByCategory = new TreeMap<>(helpersByCategory);
        offersByCategory = new TreeMap<>(offersByCategory);
        requestsByCategory = new TreeMap<>(requestsByCategory);
        unmatchedRequestsByCommune = new TreeMap<>(unmatchedRequestsByCommune);
        Objects.requireNonNull(medianTimeToAcceptance, "medianTimeToAcceptance");
    }

    /** @return the requests filed in the period, all categories */
    public int requests() {
        return requestsByCategory.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * The open-data CSV (RFC 4180, UTF-8, comma-separated, CRLF line ends, header
     * {@code territory,period_start,period_end,measure,dimension,value}), with small-count
     * suppression so that no person can be singled out:
     * <ul>
     *   <li>every count from 0 to 4 is written {@value #SUPPRESSED};</li>
     *   <li>the median time to acceptance (in whole hours) is written {@value #SUPPRESSED} when it is
     *       computed over fewer than 5 introductions;</li>
     *   <li>a total ({@code dimension} {@code _total}) is written only when no cell of its group is
     *       suppressed; otherwise it is left out, since total minus the published cells would give
     *       back the suppressed ones (or their sum). The counts of introductions proposed, accepted and
     *       completed are separate measures, not a partition, and are suppressed each on its own.</li>
     * </ul>
     *
     * @return the CSV text
     */
    public String toOpenDataCsv() {
        List<String[]> rows = new ArrayList<>();
        group(rows, "helpers_by_category", helpersByCategory, false);
        group(rows, "offers_by_category", offersByCategory, true);
        group(rows, "requests_by_category", requestsByCategory, true);
        rows.add(new String[] {"introductions_proposed", "_all", cell(introductionsProposed)});
        rows.add(new String[] {"introductions_accepted", "_all", cell(introductionsAccepted)});
        rows.add(new String[] {"introductions_completed", "_all", cell(introductionsCompleted)});
        rows.add(new String[] {"median_hours_request_to_acceptance", "_all",
                acceptedIntroductionsTimed < SUPPRESSION_THRESHOLD || medianTimeToAcceptance.isEmpty() ? SUPPRESSED
                        : Long.toString(medianTimeToAcceptance.get().toHours())});
        group(rows, "unmatched_requests_by_commune", unmatchedRequestsByCommune, true);
        StringBuilder csv = new StringBuilder("territory,period_start,period_end,measure,dimension,value\r\n");
        for (String[] row : rows) {
            csv.append(escape(territoryId)).append(',').append(from).append(',').append(to).append(',')
                    .append(escape(row[0])).append(',').append(escape(row[1])).append(',').append(row[2])
                    .append("\r\n");
        }
        return csv.toString();
    }

    private static void group(List<String[]> rows, String measure, Map<String, Integer> cells, boolean total) {
        boolean anySuppressed = false;
        int sum = 0;
        for (Map.Entry<String, Integer> e : cells.entrySet()) {
            rows.add(new String[] {measure, e.getKey(), cell(e.getValue())});
            anySuppressed |= e.getValue() < SUPPRESSION_THRESHOLD;
            sum += e.getValue();
        }
        if (total && !anySuppressed) {
            rows.add(new String[] {measure, "_total", cell(sum)});
        }
    }

    private static String cell(int count) {
        return count < SUPPRESSION_THRESHOLD ? SUPPRESSED : Integer.toString(count);
    }

    private static String escape(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
