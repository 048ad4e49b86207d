package io.github.entraide.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.entraide.domain.ModerationMode;
import io.github.entraide.domain.RateLimits;
import io.github.entraide.domain.TerritorySettings;
import io.github.entraide.policy.RetentionPolicy;
import io.github.entraide.policy.SafeguardingPolicy;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Adapters may store settings as JSON with the core's mapper: every new setting must survive it. */
class TerritorySettingsRoundTripThroughJsonTest {

    @Test
    void everySettingIsReadBackAsWritten() {
        TerritorySettings settings = TerritorySettings.defaults()
                .withModerationMode(ModerationMode.PRE)
                .withSafeguarding(SafeguardingPolicy.standard().withVerifiedHelpersForMinors(true).withMinimumAges(17, 21))
                .withRetention(new RetentionPolicy(Duration.ofDays(30), Duration.ofDays(365), Duration.ofDays(15)))
                .withRateLimits(new RateLimits(3, 4, 6))
                .withVolunteerTerms(Set.of("cairn"), Set.of("troc"))
                .withAppealsPerDay(7);

        assertThat(Json.read(Json.write(settings), TerritorySettings.class)).isEqualTo(settings);
    }

    @Test
    void settingsStoredBeforeCrisisAppealsReadTheDefaultDailyLimit() {
        String stored = Json.write(TerritorySettings.defaults().withAppealsPerDay(9)).replace("\"appealsPerDay\":9,", "")
                .replace(",\"appealsPerDay\":9", "");
        assertThat(stored).doesNotContain("appealsPerDay");

        assertThat(Json.read(stored, TerritorySettings.class).appealsPerDay())
                .isEqualTo(TerritorySettings.DEFAULT_APPEALS_PER_DAY);
    }
}
