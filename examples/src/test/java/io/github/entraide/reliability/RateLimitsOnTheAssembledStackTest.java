package io.github.entraide.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.entraide.Entraide;
import io.github.entraide.RateLimitedException;
import io.github.entraide.command.FileRequest;
import io.github.entraide.command.ProposeIntroduction;
import io.github.entraide.command.PublishOffer;
import io.github.entraide.command.RegisterMember;
import io.github.entraide.command.ReportContent;
import io.github.entraide.domain.Actor;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.MemberRole;
import io.github.entraide.domain.ModerationSubject;
import io.github.entraide.domain.RateLimits;
import io.github.entraide.domain.ReportReason;
import io.github.entraide.domain.TerritorySettings;
import io.github.entraide.domain.Timing;
import io.github.entraide.domain.Urgency;
import io.github.entraide.domain.WeeklyAvailability;
import io.github.entraide.jdbc.JdbcStorage;
import io.github.entraide.service.MemberView;
import io.github.entraide.testkit.GrenobleFixture;
import io.github.entraide.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The territory's daily limits hold on the assembled stack (JDBC storage on H2 behind HikariCP):
 * the counts come from the database, and the day is the clock's, not the process's. The rules
 * themselves are checked on in-memory adapters by the core's {@code SafeguardingAndRateLimitsTest}.
 */
class RateLimitsOnTheAssembledStackTest {
    private static final String T = GrenobleFixture.TERRITORY_ID.value();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-17T08:00:00Z"));
    private final HikariDataSource dataSource;
    private final Entraide entraide;

    RateLimitsOnTheAssembledStackTest() {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl("jdbc:h2:mem:limits-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        pool.setMaximumPoolSize(2);
        dataSource = new HikariDataSource(pool);
        entraide = Entraide.builder().storage(JdbcStorage.builder(dataSource).migrateOnStart(true).build())
                .clock(clock).build();
        entraide.territories().create(Actor.administrator("admin"),
                GrenobleFixture.createCommand(TerritorySettings.defaults().withRateLimits(new RateLimits(3, 1, 1))));
    }

    @AfterEach
    void close() {
        dataSource.close();
    }

    @Test
    void requestsReportsAndProposalsBeyondTheDailyLimitsAreRefusedUntilTheDayHasPassed() {
        MemberView helper = register("Anne", "anne@example.org", MemberRole.HELPER);
        MemberView other = register("Marc", "marc@example.org", MemberRole.HELPER);
        MemberView neighbour = register("Paul", "paul@example.org", MemberRole.BENEFICIARY);
        HelpOffer first = offer(helper);
        HelpOffer second = offer(other);
        HelpRequest one = request(neighbour, 1);
        HelpRequest two = request(neighbour, 2);
        request(neighbour, 3);

        assertThatThrownBy(() -> request(neighbour, 4)).isInstanceOfSatisfying(RateLimitedException.class,
                e -> assertThat(e.action()).isEqualTo("requests.file"));
        entraide.introductions().propose(as(neighbour), new ProposeIntroduction(T, one.id().value(),
                first.id().value()));
        assertThatThrownBy(() -> entraide.introductions().propose(as(neighbour), new ProposeIntroduction(T,
                two.id().value(), second.id().value()))).isInstanceOfSatisfying(RateLimitedException.class,
                        e -> assertThat(e.action()).isEqualTo("introductions.propose"));
        ReportContent report = new ReportContent(T, neighbour.id().value(), ModerationSubject.Kind.OFFER,
                second.id().value(), ReportReason.SPAM, "");
        entraide.moderation().report(as(neighbour), report);
        assertThatThrownBy(() -> entraide.moderation().report(as(neighbour), report))
                .isInstanceOfSatisfying(RateLimitedException.class,
                        e -> assertThat(e.action()).isEqualTo("moderation.report"));

        clock.advance(Duration.ofHours(23));
        assertThatThrownBy(() -> request(neighbour, 4)).isInstanceOf(RateLimitedException.class);

        clock.advance(Duration.ofHours(1));
        assertThat(request(neighbour, 4)).isNotNull();
        assertThat(entraide.introductions().propose(as(neighbour), new ProposeIntroduction(T, two.id().value(),
                second.id().value()))).isNotNull();
        assertThat(entraide.moderation().report(as(neighbour), new ReportContent(T, neighbour.id().value(),
                ModerationSubject.Kind.OFFER, first.id().value(), ReportReason.SPAM, ""))).isNotNull();
    }

    private MemberView register(String name, String email, MemberRole role) {
        return entraide.members().register(Actor.system(), new RegisterMember(T, name, email, Optional.empty(), "fr",
                GrenobleFixture.GRENOBLE, Optional.empty(), Set.of(role), Optional.of(1980), true, true, "2026-11"));
    }

    private HelpOffer offer(MemberView helper) {
        return entraide.offers().publish(as(helper), new PublishOffer(T, helper.id().value(), "groceries", 5.0,
                WeeklyAvailability.always(), Set.of("fr"), 2, "Courses le samedi."));
    }

    private HelpRequest request(MemberView neighbour, int n) {
        return entraide.requests().file(as(neighbour), new FileRequest(T, neighbour.id().value(), "groceries",
                "Du pain, merci (" + n + ").", GrenobleFixture.GRENOBLE, Optional.empty(), Timing.asSoonAsPossible(),
                Urgency.NORMAL, Set.of(), Optional.empty(), false));
    }

    private static Actor as(MemberView m) {
        return Actor.member(m.territoryId(), m.id());
    }
}
