package io.github.entraide.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.entraide.command.ConfirmCompletion;
import io.github.entraide.command.IntroductionRef;
import io.github.entraide.command.ProposeIntroduction;
import io.github.entraide.command.StatisticsQuery;
import io.github.entraide.domain.Actor;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.RateLimits;
import io.github.entraide.service.IntroductionView;
import io.github.entraide.service.MemberView;
import io.github.entraide.statistics.TerritoryStatistics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class StatisticsTest {

    private static final Instant FROM = Neighbourhood.START.minus(Duration.ofDays(1));
    private static final Instant TO = Neighbourhood.START.plus(Duration.ofDays(30));

    private static TerritoryStatistics statistics(Neighbourhood n) {
        return n.entraide.statistics().compute(n.moderator, new StatisticsQuery(Neighbourhood.T, FROM, TO));
    }

    /** The value column of every data row. */
    private static List<String[]> rows(String csv) {
        List<String[]> rows = new ArrayList<>();
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("territory,period_start,period_end,measure,dimension,value");
        for (int i = 1; i < lines.length; i++) {
            rows.add(lines[i].split(","));
        }
        return rows;
    }

    /** Every count cell is 5 or more, or suppressed (the median is a duration in hours, not a count). */
    private static void assertNoCellUnderFive(String csv) {
        for (String[] row : rows(csv)) {
            String value = row[5];
            if (row[3].equals("median_hours_request_to_acceptance")) {
                continue;
            }
            if (!value.equals(TerritoryStatistics.SUPPRESSED)) {
                assertThat(Long.parseLong(value)).as(String.join(",", row)).isGreaterThanOrEqualTo(5);
            }
        }
    }

    @Test
    void smallScenarioCountsHelpersOffersRequestsIntroductionsMedianAndUnmatched() {
        Neighbourhood n = Neighbourhood.create();
        List<HelpOffer> groceries = new ArrayList<>();
        List<MemberView> helpers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            MemberView h = n.helper("Aidant" + i);
            helpers.add(h);
            groceries.add(n.offer(h, "groceries", "Courses le samedi."));
        }
        for (int i = 0; i < 2; i++) {
            n.offer(n.helper("Voix" + i), "conversation", "Appels le soir.");
        }
        List<MemberView> beneficiaries = new ArrayList<>();
        List<HelpRequest> requests = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            MemberView b = n.beneficiary("Voisin" + i);
            beneficiaries.add(b);
            requests.add(n.request(b, "groceries", "Du pain et du lait."));
        }
        for (int i = 0; i < 2; i++) {
            n.request(n.beneficiary("Isolé" + i), "conversation", "Un appel.", Neighbourhood.MEYLAN, Optional.empty());
        }
        List<IntroductionView> accepted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            n.clock.advance(Duration.ofHours(1));
            IntroductionView v = n.entraide.introductions().propose(Neighbourhood.as(beneficiaries.get(i)),
                    new ProposeIntroduction(Neighbourhood.T, requests.get(i).id().value(),
                            groceries.get(i).id().value()));
            accepted.add(n.entraide.introductions().accept(Neighbourhood.as(helpers.get(i)),
                    new IntroductionRef(Neighbourhood.T, v.id().value())));
        }
        IntroductionRef first = new IntroductionRef(Neighbourhood.T, accepted.get(0).id().value());
        n.entraide.introductions().confirmCompletion(Neighbourhood.as(helpers.get(0)),
                new ConfirmCompletion(Neighbourhood.T, first.introductionId(), false));
        n.entraide.introductions().confirmCompletion(Neighbourhood.as(beneficiaries.get(0)),
                new ConfirmCompletion(Neighbourhood.T, first.introductionId(), false));

        TerritoryStatistics s = statistics(n);

        assertThat(s.helpersByCategory()).containsExactly(Map.entry("conversation", 2), Map.entry("groceries", 6));
        assertThat(s.offersByCategory()).containsExactly(Map.entry("conversation", 2), Map.entry("groceries", 6));
        assertThat(s.requestsByCategory()).containsExactly(Map.entry("conversation", 2), Map.entry("groceries", 7));
        assertThat(s.introductionsProposed()).isEqualTo(5);
        assertThat(s.introductionsAccepted()).isEqualTo(5);
        assertThat(s.introductionsCompleted()).isEqualTo(1);
        assertThat(s.medianTimeToAcceptance()).contains(Duration.ofHours(3));
        assertThat(s.unmatchedRequestsByCommune())
                .containsExactly(Map.entry(Neighbourhood.GRENOBLE, 2),
                        Map.entry(Neighbourhood.MEYLAN, 2));

        String csv = s.toOpenDataCsv();
        assertNoCellUnderFive(csv);
        assertThat(csv).contains(",requests_by_category,groceries,7\r\n", ",requests_by_category,conversation,<5\r\n",
                ",introductions_completed,_all,<5\r\n", ",median_hours_request_to_acceptance,_all,3\r\n",
                ",unmatched_requests_by_commune,38185,<5\r\n");
        assertThat(csv).as("a total would give back the suppressed cells").doesNotContain("_total");
    }

    @Test
    void totalsArePublishedOnlyWhenNoCellOfTheirGroupIsSuppressed() {
        TerritoryStatistics s = new TerritoryStatistics("t", FROM, TO, new TreeMap<>(Map.of("a", 5, "b", 9)),
                new TreeMap<>(Map.of("a", 5, "b", 9)), new TreeMap<>(Map.of("a", 5, "b", 4)), 6, 5, 5,
                Optional.of(Duration.ofHours(30)), 4, new TreeMap<>(Map.of("38185", 12)));

        String csv = s.toOpenDataCsv();

        assertNoCellUnderFive(csv);
        assertThat(csv).contains(",offers_by_category,_total,14\r\n", ",unmatched_requests_by_commune,_total,12\r\n")
                .doesNotContain("requests_by_category,_total").doesNotContain("helpers_by_category,_total")
                .contains(",median_hours_request_to_acceptance,_all,<5\r\n");
    }

    @Test
    void grenobleScaleStatisticsReproduceTheLaunchCategoryProportions() {
        Map<String, Integer> launch = new LinkedHashMap<>();
        launch.put("groceries", 1740);
        launch.put("conversation", 933);
        launch.put("homework", 725);
        int perDay = 20;
        Neighbourhood n = Neighbourhood.create(s -> s.withRateLimits(new RateLimits(perDay, 10, 10)));
        String[] communes = {Neighbourhood.GRENOBLE, Neighbourhood.ECHIROLLES, Neighbourhood.MEYLAN};
        int total = launch.values().stream().mapToInt(Integer::intValue).sum();
        for (int i = 0; i < 2000; i++) {
            MemberView h = n.register("Aidant " + i, "aidant" + i + "@example.org", Optional.empty(),
                    java.util.Set.of(io.github.entraide.domain.MemberRole.HELPER), Optional.of(1970),
                    communes[i % 3]);
            String category = i * total / 2000 < 1740 ? "groceries" : i * total / 2000 < 1740 + 933 ? "conversation"
                    : "homework";
            n.offer(h, category, "Disponible en semaine.");
        }
        MemberView b = null;
        int filed = 0;
        for (Map.Entry<String, Integer> e : launch.entrySet()) {
            for (int i = 0; i < e.getValue(); i++) {
                if (filed % perDay == 0) {
                    b = n.register("Voisin " + filed, "voisin" + filed + "@example.org", Optional.empty(),
                            java.util.Set.of(io.github.entraide.domain.MemberRole.BENEFICIARY), Optional.empty(),
                            communes[filed % 3]);
                }
                n.request(b, e.getKey(), "Besoin d'aide, merci.", communes[filed % 3], Optional.empty());
                filed++;
            }
        }

        TerritoryStatistics s = n.entraide.statistics().compute(Actor.system(),
                new StatisticsQuery(Neighbourhood.T, FROM, TO));

        assertThat(s.requestsByCategory()).containsAllEntriesOf(launch);
        assertThat(s.requests()).isEqualTo(3398);
        for (Map.Entry<String, Integer> e : launch.entrySet()) {
            double share = s.requestsByCategory().get(e.getKey()) / (double) s.requests();
            assertThat(share).isCloseTo(e.getValue() / 3398.0, within(1e-9));
        }
        assertThat(s.helpersByCategory().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2000);
        assertThat(s.helpersByCategory().get("groceries") / 2000.0).isCloseTo(1740 / 3398.0, within(0.001));
        String csv = s.toOpenDataCsv();
        assertNoCellUnderFive(csv);
        assertThat(csv).contains(",requests_by_category,groceries,1740\r\n",
                ",requests_by_category,conversation,933\r\n", ",requests_by_category,homework,725\r\n",
                ",requests_by_category,_total,3398\r\n");
        assertThat(Arrays.stream(csv.split("\r\n")).filter(l -> l.contains("_by_category,") && l.contains(",<5")))
                .isEmpty();
    }
}
