package io.github.entraide.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.github.entraide.command.FileRequest;
import io.github.entraide.command.MatchRequest;
import io.github.entraide.command.ProposeIntroduction;
import io.github.entraide.command.PublishOffer;
import io.github.entraide.command.RegisterMember;
import io.github.entraide.domain.Actor;
import io.github.entraide.domain.MemberRole;
import io.github.entraide.domain.TerritorySettings;
import io.github.entraide.domain.Timing;
import io.github.entraide.domain.Urgency;
import io.github.entraide.domain.WeeklyAvailability;
import io.github.entraide.service.MemberView;
import io.github.entraide.testkit.GrenobleFixture;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcAndMailWiringTest {
    private final GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @BeforeEach
    void startSmtp() {
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void aProposalIsStoredInTheDatabaseAndMailedToTheHelper() throws Exception {
        String h2 = "jdbc:h2:mem:wiring-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        try (JdbcAndMailWiring wiring = new JdbcAndMailWiring(h2, "127.0.0.1", smtp.getSmtp().getPort(),
                "https://portal.example")) {
            var entraide = wiring.entraide();
            String t = GrenobleFixture.TERRITORY_ID.value();
            entraide.territories().create(Actor.administrator("admin"),
                    GrenobleFixture.createCommand(TerritorySettings.defaults()));
            MemberView helper = register(wiring, "Camille", "camille@example.org", MemberRole.HELPER);
            MemberView neighbour = register(wiring, "Jeanne", "jeanne@example.org", MemberRole.BENEFICIARY);
            Actor helperActor = Actor.member(helper.territoryId(), helper.id());
            Actor neighbourActor = Actor.member(neighbour.territoryId(), neighbour.id());
            entraide.offers().publish(helperActor, new PublishOffer(t, helper.id().value(), "groceries", 3,
                    WeeklyAvailability.always(), Set.of("fr"), 2, "Courses le samedi matin."));
            var request = entraide.requests().file(neighbourActor, new FileRequest(t, neighbour.id().value(),
                    "groceries", "Pain et lait, je rembourse sur ticket.", GrenobleFixture.GRENOBLE, Optional.empty(),
                    Timing.asSoonAsPossible(), Urgency.NORMAL, Set.of(), Optional.empty(), false));

            var candidates = entraide.matching().match(neighbourActor, new MatchRequest(t, request.id().value(), 5))
                    .candidates();
            assertThat(candidates).singleElement().satisfies(c -> assertThat(c.helperFirstName()).isEqualTo("Camille"));
            entraide.introductions().propose(neighbourActor, new ProposeIntroduction(t, request.id().value(),
                    candidates.get(0).offerId().value()));
            wiring.relay().wakeUp();

            assertThat(smtp.waitForIncomingEmail(30_000, 1)).isTrue();
            MimeMessage mail = smtp.getReceivedMessages()[0];
            assertThat(((InternetAddress) mail.getAllRecipients()[0]).getAddress()).isEqualTo("camille@example.org");
            assertThat(GreenMailUtil.getBody(mail)).contains("https://portal.example/introductions/")
                    .doesNotContain("jeanne@example.org");
        }
    }

    private static MemberView register(JdbcAndMailWiring wiring, String name, String email, MemberRole role) {
        return wiring.entraide().members().register(Actor.system(), new RegisterMember(
                GrenobleFixture.TERRITORY_ID.value(), name, email, Optional.empty(), "fr", GrenobleFixture.GRENOBLE,
                Optional.empty(), Set.of(role), Optional.of(1980), true, true, "2026-11"));
    }
}
