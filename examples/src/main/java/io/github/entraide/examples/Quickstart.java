package io.github.entraide.examples;

import io.github.entraide.Entraide;
import io.github.entraide.command.FileRequest;
import io.github.entraide.command.IntroductionRef;
import io.github.entraide.command.ProposeIntroduction;
import io.github.entraide.command.PublishOffer;
import io.github.entraide.command.RegisterMember;
import io.github.entraide.domain.Actor;
import io.github.entraide.domain.TerritorySettings;
import io.github.entraide.service.IntroductionView;
import io.github.entraide.testkit.GrenobleFixture;
import java.io.PrintStream;

/** Quickstart: a helper and a neighbour in Grenoble put in contact, on in-memory adapters. */
public final class Quickstart {
    private Quickstart() {
    }

    /**
     * Runs the quickstart.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        Entraide entraide = Entraide.builder().build(); // in memory, system clock
        String t = GrenobleFixture.TERRITORY_ID.value();
        entraide.territories().create(Actor.administrator("admin"), GrenobleFixture.createCommand(TerritorySettings.defaults()));

        var camille = entraide.members().register(Actor.system(), RegisterMember.builder(t)
                .displayName("Camille").email("camille@example.org").language("fr")
                .commune(GrenobleFixture.GRENOBLE).helper()
                .acceptsTerms("2026-11").acceptsContactSharing().build());
        var jeanne = entraide.members().register(Actor.system(), RegisterMember.builder(t)
                .displayName("Jeanne").email("jeanne@example.org").phone("04 76 00 00 00").language("fr")
                .commune(GrenobleFixture.GRENOBLE).beneficiary()
                .acceptsTerms("2026-11").acceptsContactSharing().build());
        Actor helper = Actor.member(camille.territoryId(), camille.id());
        Actor neighbour = Actor.member(jeanne.territoryId(), jeanne.id());

        var offer = entraide.offers().publish(helper, PublishOffer.builder(t).helperId(camille.id().value())
                .categoryId("groceries").radiusKm(2.0).languages("fr").capacity(2)
                .freeText("Je fais mes courses le samedi, je peux prendre les vôtres.").build());
        var request = entraide.requests().file(neighbour, FileRequest.builder(t).requesterId(jeanne.id().value())
                .categoryId("groceries").freeText("Pain, lait et fruits, je rembourse sur ticket de caisse.")
                .commune(GrenobleFixture.GRENOBLE).build());

        IntroductionView proposed = entraide.introductions().propose(neighbour,
                new ProposeIntroduction(t, request.id().value(), offer.id().value()));
        IntroductionRef ref = new IntroductionRef(t, proposed.id().value());
        print(out, "Camille, before accepting", entraide.introductions().view(helper, ref));
        entraide.introductions().accept(helper, ref);
        print(out, "Camille, after accepting", entraide.introductions().view(helper, ref));
        print(out, "Jeanne, after acceptance", entraide.introductions().view(neighbour, ref));
    }

    private static void print(PrintStream out, String who, IntroductionView v) {
        out.printf("%-26s %-9s with %-8s contact: %s%n", who, v.status(), v.counterpartName(),
                v.contact().map(c -> c.email() + c.phone().map(p -> ", " + p).orElse("")).orElse("(hidden until accepted)"));
    }
}
