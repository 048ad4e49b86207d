package io.github.entraide.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.entraide.domain.Introduction;
import io.github.entraide.domain.RequestId;
import io.github.entraide.testkit.GrenobleFixture;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The optional feedback of the completion form through an HTTP client: a labelled field per
 * introduction, a payment refused with its reason and nothing confirmed, an accepted feedback shown
 * back to its author and exported to them only.
 */
class CompletionFeedbackPagesTest {
    private static PortalServer server;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        server = PortalServer.start(PortalConfig.embeddedOnFreePort());
        base = server.baseUrl();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aFeedbackIsScreenedThenShownAndExportedToItsAuthorOnly() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        PortalClient helper = signUp("Irène" + suffix, "irene-" + suffix + "@example.org", "HELPER");
        helper.post("/offers", "category", "groceries", "radius", "3", "capacity", "1", "languages", "fr", "text",
                "Courses le lundi matin.");
        PortalClient resident = signUp("Jules" + suffix, "jules-" + suffix + "@example.org", "BENEFICIARY");
        HttpResponse<String> filed = resident.post("/requests", "category", "groceries", "text",
                "Des fruits et du pain, merci.", "commune", "38185", "urgency", "NORMAL");
        Matcher offer = Pattern.compile("name=\"offer\" value=\"([^\"]+)\"><button type=\"submit\">Proposer à Irène"
                + suffix).matcher(filed.body());
        assertThat(offer.find()).as(filed.body()).isTrue();
        resident.post(filed.uri().getPath() + "/propose", "offer", offer.group(1));
        RequestId request = RequestId.of(filed.uri().getPath().substring("/requests/".length()));
        String id = introductionOf(request).id().value();
        helper.get("/introductions");
        assertThat(helper.post("/introductions/" + id + "/accept").uri().getPath()).isEqualTo("/introductions");

        String form = helper.get("/introductions").body();
        assertThat(form).contains("<label for=\"feedback-" + id + "\">Un mot sur cette aide (facultatif)</label>")
                .contains("<textarea id=\"feedback-" + id + "\" name=\"feedback\" maxlength=\"1000\"");

        HttpResponse<String> paid = helper.post("/introductions/" + id + "/complete",
                "feedback", "Ça fera 20 € de l'heure.");
        assertThat(paid.statusCode()).isEqualTo(400);
        assertThat(paid.body()).contains("20 €");
        assertThat(introductionOf(request).helperConfirmed()).as("a refused feedback confirms nothing").isFalse();

        helper.get("/introductions");
        HttpResponse<String> confirmed = helper.post("/introductions/" + id + "/complete",
                "feedback", "Très gentil, à bientôt.");
        assertThat(confirmed.uri().toString()).contains("done=confirmed");
        assertThat(confirmed.body()).contains("Votre retour : « Très gentil, à bientôt. »");
        assertThat(introductionOf(request).helperFeedback()).contains("Très gentil, à bientôt.");
        assertThat(resident.get("/introductions").body()).doesNotContain("Très gentil");
        assertThat(helper.get("/my-data/export.json").body()).contains("Très gentil, à bientôt.");
        assertThat(resident.get("/my-data/export.json").body()).doesNotContain("Très gentil");
    }

    private static PortalClient signUp(String name, String email, String role) {
        PortalClient c = new PortalClient(base);
        c.get("/signup");
        HttpResponse<String> r = c.post("/signup", "name", name, "email", email, "language", "fr", "commune", "38185",
                "role", role, "terms", "yes", "sharing", "yes");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return c;
    }

    private static Introduction introductionOf(RequestId request) {
        return server.platform().storage().inTransaction(tx -> tx.introductions()
                .byRequest(GrenobleFixture.TERRITORY_ID, request)).stream().findFirst().orElseThrow();
    }
}
