package io.github.entraide.reliability;

import io.github.entraide.Entraide;
import io.github.entraide.command.FileRequest;
import io.github.entraide.command.PublishOffer;
import io.github.entraide.command.RegisterMember;
import io.github.entraide.domain.Actor;
import io.github.entraide.domain.HelpOffer;
import io.github.entraide.domain.HelpRequest;
import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.MemberRole;
import io.github.entraide.domain.RateLimits;
import io.github.entraide.domain.TerritoryId;
import io.github.entraide.domain.TerritorySettings;
import io.github.entraide.domain.Timing;
import io.github.entraide.domain.Urgency;
import io.github.entraide.domain.WeeklyAvailability;
import io.github.entraide.testkit.GrenobleFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A small neighbourhood in Grenoble for the reliability tests: helpers with one groceries offer
 * each, beneficiaries, and a moderator; rate limits lifted so that a soak is not throttled.
 * Consent-first introductions, beneficiary chooses (the defaults).
 */
final class Community {
    static final TerritoryId TERRITORY = GrenobleFixture.TERRITORY_ID;
    static final String T = TERRITORY.value();
    static final Actor MODERATOR = Actor.moderator(TERRITORY, "moderator-1");
    static final String CATEGORY = "groceries";
    static final String REQUEST_TEXT = "Pain et lait, je rembourse sur ticket.";

    final List<MemberId> helpers = new ArrayList<>();
    final List<HelpOffer> offers = new ArrayList<>();
    final List<MemberId> beneficiaries = new ArrayList<>();
    final MemberId reporter;

    private Community(Entraide entraide, int helperCount, int capacity, int beneficiaryCount) {
        entraide.territories().create(Actor.administrator("admin"), GrenobleFixture.createCommand(
                TerritorySettings.defaults().withRateLimits(new RateLimits(1_000_000, 1_000_000, 1_000_000))));
        for (int i = 0; i < helperCount; i++) {
            MemberId helper = register(entraide, "Helper", "helper-" + i + "@example.org", MemberRole.HELPER);
            helpers.add(helper);
            offers.add(publish(entraide, helper, capacity));
        }
        for (int i = 0; i < beneficiaryCount; i++) {
            beneficiaries.add(register(entraide, "Neighbour", "neighbour-" + i + "@example.org",
                    MemberRole.BENEFICIARY));
        }
        reporter = register(entraide, "Reporter", "reporter@example.org", MemberRole.BENEFICIARY);
    }

    /** Creates the territory and the members through the use cases. */
    static Community create(Entraide entraide, int helperCount, int capacity, int beneficiaryCount) {
        return new Community(entraide, helperCount, capacity, beneficiaryCount);
    }

    static Actor member(MemberId id) {
        return Actor.member(TERRITORY, id);
    }

    static MemberId register(Entraide entraide, String name, String email, MemberRole role) {
        return entraide.members().register(Actor.system(), new RegisterMember(T, name, email, Optional.empty(), "fr",
                GrenobleFixture.GRENOBLE, Optional.empty(), Set.of(role), Optional.of(1980), true, true, "2026-11"))
                .id();
    }

    static HelpOffer publish(Entraide entraide, MemberId helper, int capacity) {
        return entraide.offers().publish(member(helper), new PublishOffer(T, helper.value(), CATEGORY, 10,
                WeeklyAvailability.always(), Set.of("fr"), capacity, "Courses le samedi matin."));
    }

    static HelpRequest file(Entraide entraide, MemberId beneficiary, String text) {
        return entraide.requests().file(member(beneficiary), new FileRequest(T, beneficiary.value(), CATEGORY, text,
                GrenobleFixture.GRENOBLE, Optional.empty(), Timing.asSoonAsPossible(), Urgency.NORMAL, Set.of(),
                Optional.empty(), false));
    }
}
