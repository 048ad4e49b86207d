package io.github.entraide.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.github.entraide.Entraide;
import io.github.entraide.command.FileRequest;
import io.github.entraide.command.IntroductionRef;
import io.github.entraide.command.MatchRequest;
import io.github.entraide.command.ProposeIntroduction;
import io.github.entraide.command.PublishOffer;
import io.github.entraide.command.RegisterMember;
import io.github.entraide.domain.Actor;
import io.github.entraide.domain.MemberRole;
import io.github.entraide.domain.TerritorySettings;
import io.github.entraide.service.MemberView;
import io.github.entraide.spring.OutboxRelayLifecycle;
import io.github.entraide.testkit.GrenobleFixture;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the example application on H2 and GreenMail, runs one introduction through the beans,
 * reads health and metrics over HTTP, and checks that closing the context stops the relay.
 */
class EntraideSpringBootExampleTest {
    private static final String T = GrenobleFixture.TERRITORY_ID.value();
    private final GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void startSmtp() {
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    private ConfigurableApplicationContext start(String... extra) {
        String[] base = {
            "--server.port=0",
            "--spring.datasource.url=jdbc:h2:mem:boot-" + UUID.randomUUID()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "--spring.mail.host=127.0.0.1",
            "--spring.mail.port=" + smtp.getSmtp().getPort(),
            "--entraide.mail.security=NONE",
            "--entraide.relay.poll-interval=100ms"};
        String[] args = Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return new SpringApplicationBuilder(EntraideSpringBootExample.class).run(args);
    }

    @Test
    void anIntroductionRunsEndToEndThroughTheBeansAndTheRelayStopsWithTheContext() throws Exception {
        ConfigurableApplicationContext context = start();
        OutboxRelayLifecycle relay = context.getBean(OutboxRelayLifecycle.class);
        int port;
        try {
            Entraide entraide = context.getBean(Entraide.class);
            port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            entraide.territories().create(Actor.administrator("admin"),
                    GrenobleFixture.createCommand(TerritorySettings.defaults()));
            MemberView camille = register(entraide, "Camille", "camille@example.org", MemberRole.HELPER);
            MemberView jeanne = register(entraide, "Jeanne", "jeanne@example.org", MemberRole.BENEFICIARY);
            Actor helper = Actor.member(camille.territoryId(), camille.id());
            Actor neighbour = Actor.member(jeanne.territoryId(), jeanne.id());
            entraide.offers().publish(helper, PublishOffer.builder(T).helperId(camille.id().value())
                    .categoryId("groceries").radiusKm(3).languages("fr").capacity(2)
                    .freeText("Courses le samedi matin.").build());
            var request = entraide.requests().file(neighbour, FileRequest.builder(T).requesterId(jeanne.id().value())
                    .categoryId("groceries").freeText("Pain et lait, je rembourse sur ticket.")
                    .commune(GrenobleFixture.GRENOBLE).build());
            var candidates = entraide.matching().match(neighbour, new MatchRequest(T, request.id().value(), 5))
                    .candidates();
            assertThat(candidates).singleElement();
            var proposed = entraide.introductions().propose(neighbour,
                    new ProposeIntroduction(T, request.id().value(), candidates.get(0).offerId().value()));
            entraide.introductions().accept(helper, new IntroductionRef(T, proposed.id().value()));

            // Both sides receive the other's contact details: wait on the condition, not on time.
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    mailTo("jeanne@example.org").stream().anyMatch(m -> body(m).contains("camille@example.org"))
                    && mailTo("camille@example.org").stream().anyMatch(m -> body(m).contains("jeanne@example.org")));

            HttpResponse<String> health = get(port, "/actuator/health");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"entraide\":{\"status\":\"UP\"").contains("\"deadLetters\":0");
            await().atMost(Duration.ofSeconds(30)).until(() -> get(port, "/actuator/metrics/entraide.outbox.backlog")
                    .body().contains("\"value\":0.0"));
            HttpResponse<String> sent = get(port, "/actuator/metrics/entraide.outbox.sent");
            assertThat(sent.statusCode()).isEqualTo(200);
            assertThat(sent.body()).doesNotContain("\"value\":0.0");
            for (String name : List.of("entraide.outbox.retried", "entraide.outbox.dead.letters",
                    "entraide.outbox.dead", "entraide.outbox.oldest.pending.age")) {
                assertThat(get(port, "/actuator/metrics/" + name).body()).contains("\"value\":0.0");
            }
            assertThat(get(port, "/actuator/metrics/entraide.matching.candidate.queries").body())
                    .contains("\"statistic\":\"COUNT\",\"value\":1.0");
            assertThat(get(port, "/actuator/metrics/entraide.use.case.transactions?tag=outcome:committed").body())
                    .doesNotContain("\"statistic\":\"COUNT\",\"value\":0.0");
            assertThat(relay.isRunning()).isTrue();
        } finally {
            context.close();
        }

        assertThat(relay.isRunning()).isFalse();
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                .noneMatch(name -> name.startsWith("entraide"));
    }

    @Test
    void healthGoesDownWhenTheOldestPendingMessagePassesItsAge() throws Exception {
        ConfigurableApplicationContext context = start("--entraide.relay.enabled=false",
                "--entraide.health.max-outbox-age=0s");
        try {
            Entraide entraide = context.getBean(Entraide.class);
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            assertThat(get(port, "/actuator/health").statusCode()).isEqualTo(200);
            entraide.territories().create(Actor.administrator("admin"),
                    GrenobleFixture.createCommand(TerritorySettings.defaults()));
            MemberView camille = register(entraide, "Camille", "camille@example.org", MemberRole.HELPER);
            MemberView jeanne = register(entraide, "Jeanne", "jeanne@example.org", MemberRole.BENEFICIARY);
            Actor helper = Actor.member(camille.territoryId(), camille.id());
            Actor neighbour = Actor.member(jeanne.territoryId(), jeanne.id());
            var offer = entraide.offers().publish(helper, PublishOffer.builder(T).helperId(camille.id().value())
                    .categoryId("groceries").radiusKm(3).languages("fr").capacity(2)
                    .freeText("Courses le samedi matin.").build());
            var request = entraide.requests().file(neighbour, FileRequest.builder(T).requesterId(jeanne.id().value())
                    .categoryId("groceries").freeText("Pain et lait, je rembourse sur ticket.")
                    .commune(GrenobleFixture.GRENOBLE).build());
            entraide.introductions().propose(neighbour,
                    new ProposeIntroduction(T, request.id().value(), offer.id().value()));

            // The proposal's e-mail waits in the outbox (no relay): its age passes 0s as soon as the clock ticks.
            await().atMost(Duration.ofSeconds(30)).until(() -> get(port, "/actuator/health").statusCode() == 503);
            HttpResponse<String> health = get(port, "/actuator/health");
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("\"entraide\":{\"status\":\"DOWN\"");
        } finally {
            context.close();
        }
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private List<MimeMessage> mailTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> ((InternetAddress) a).getAddress().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String body(MimeMessage message) {
        return GreenMailUtil.getBody(message);
    }

    private static MemberView register(Entraide entraide, String name, String email, MemberRole role) {
        return entraide.members().register(Actor.system(), RegisterMember.builder(T)
                .displayName(name).email(email).language("fr").commune(GrenobleFixture.GRENOBLE).role(role)
                .yearOfBirth(1980).acceptsTerms("2026-11").acceptsContactSharing().build());
    }
}
