package io.github.entraide.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.entraide.NotFoundException;
import io.github.entraide.RateLimitedException;
import io.github.entraide.RuleRefusedException;
import io.github.entraide.VolunteerOnlyRefusedException;
import io.github.entraide.command.RecordConsent;
import io.github.entraide.command.SanctionMember;
import io.github.entraide.command.SendAppeal;
import io.github.entraide.domain.Appeal;
import io.github.entraide.domain.AppealStatus;
import io.github.entraide.domain.ConsentPurpose;
import io.github.entraide.domain.GeoCircle;
import io.github.entraide.domain.GeoPoint;
import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.MemberRole;
import io.github.entraide.domain.ModerationAction;
import io.github.entraide.event.AppealEvent;
import io.github.entraide.internal.Json;
import io.github.entraide.notification.CrisisAppealNotice;
import io.github.entraide.service.AppealService;
import io.github.entraide.service.MemberView;
import io.github.entraide.spi.OutboxMessage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CrisisAppealsTest {

    private final Neighbourhood n = Neighbourhood.create();

    private MemberView helper(String name, String commune, String language) {
        return n.entraide.members().register(io.github.entraide.domain.Actor.system(),
                new io.github.entraide.command.RegisterMember(Neighbourhood.T, name,
                        name.toLowerCase() + "@example.org", Optional.empty(), language, commune, Optional.empty(),
                        Set.of(MemberRole.HELPER), Optional.of(1980), true, true, "2026-03"));
    }

    private MemberView optedIn(String name, String commune, String language) {
        MemberView m = helper(name, commune, language);
        optIn(m);
        return m;
    }

    private void optIn(MemberView m) {
        n.entraide.members().recordConsent(Neighbourhood.as(m), RecordConsent.grant(Neighbourhood.T,
                m.id().value(), ConsentPurpose.CRISIS_APPEALS, "2026-03"));
    }

    private static SendAppeal.Builder appeal() {
        return SendAppeal.builder(Neighbourhood.T)
                .textFr("Le confinement commence : besoin de bras pour les courses des aînés.")
                .textEn("Lockdown starts: we need hands for the elderly's groceries.");
    }

    private Appeal send(SendAppeal command) {
        return n.entraide.appeals().send(n.moderator, command);
    }

    private List<CrisisAppealNotice> notices() {
        return n.notifications().stream().filter(CrisisAppealNotice.class::isInstance)
                .map(CrisisAppealNotice.class::cast).collect(Collectors.toList());
    }

    private List<AppealEvent> events() {
        return n.outbox().stream().filter(m -> m.kind() == OutboxMessage.Kind.EVENT && m.type().equals(AppealEvent.SENT))
                .map(m -> (AppealEvent) Json.readEvent(m.type(), m.payload())).collect(Collectors.toList());
    }

    @Test
    void anAppealReachesOnlyActiveHelpersWhoOptedInEachInTheirLanguage() {
        MemberView amel = optedIn("Amel", Neighbourhood.GRENOBLE, "fr");
        MemberView bob = optedIn("Bob", Neighbourhood.MEYLAN, "en");
        helper("Chloe", Neighbourhood.GRENOBLE, "fr"); // never opted in: opted out by default
        MemberView dan = optedIn("Dan", Neighbourhood.GRENOBLE, "fr");
        n.entraide.moderation().sanction(n.moderator, new SanctionMember(Neighbourhood.T, dan.id().value(),
                ModerationAction.SUSPEND, "harassment"));
        MemberView eve = n.beneficiary("Eve");
        optIn(eve); // a beneficiary only: not a helper

        Appeal appeal = send(appeal().build());

        assertThat(appeal.status()).isEqualTo(AppealStatus.SENT);
        assertThat(appeal.reachedCount()).isEqualTo(2);
        assertThat(notices()).extracting(x -> x.recipient().email())
                .containsExactlyInAnyOrder("amel@example.org", "bob@example.org");
        assertThat(notices()).filteredOn(x -> x.recipient().email().startsWith("bob")).singleElement()
                .satisfies(x -> assertThat(x.text()).startsWith("Lockdown starts"));
        assertThat(notices()).filteredOn(x -> x.recipient().email().startsWith("amel")).singleElement()
                .satisfies(x -> assertThat(x.text()).startsWith("Le confinement"));
        assertThat(events()).singleElement().satisfies(e -> {
            assertThat(e.appealId()).isEqualTo(appeal.id());
            assertThat(e.recipientIds()).containsExactlyInAnyOrder(amel.id(), bob.id());
        });
    }

    @Test
    void theFiltersNarrowTheRecipientsToACategoryCommunesOrACircle() {
        MemberView grocer = optedIn("Amel", Neighbourhood.GRENOBLE, "fr");
        n.offer(grocer, "groceries", "Courses le samedi.");
        MemberView talker = optedIn("Bob", Neighbourhood.MEYLAN, "fr");
        n.offer(talker, "conversation", "Au téléphone le soir.");
        MemberView south = optedIn("Chloe", Neighbourhood.ECHIROLLES, "fr");

        assertThat(send(appeal().categoryId("groceries").build()).reachedCount()).isEqualTo(1);
        assertThat(send(appeal().communes(Neighbourhood.MEYLAN, Neighbourhood.ECHIROLLES).build()).reachedCount())
                .isEqualTo(2);
        // Échirolles' centroid is 4.9 km south of Grenoble's; Meylan's 3.5 km north-east.
        assertThat(send(appeal().within(new GeoCircle(GeoPoint.of(45.1436, 5.7183), 2)).build()).reachedCount())
                .isEqualTo(1);
        assertThat(events()).extracting(AppealEvent::recipientIds).containsExactly(List.of(grocer.id()),
                List.of(talker.id(), south.id()), List.of(south.id()));
    }

    @Test
    void aPaidOrDoubtfulAppealIsRefusedAndNothingIsStoredOrSent() {
        optedIn("Amel", Neighbourhood.GRENOBLE, "fr");
        int before = n.storage.snapshot().size();

        assertThatThrownBy(() -> send(appeal().textEn("Helpers wanted, 15 € an hour, paid by PayPal.").build()))
                .isInstanceOf(VolunteerOnlyRefusedException.class);
        assertThatThrownBy(() -> send(appeal().textFr("Une petite participation aux frais sera versée.").build()))
                .isInstanceOfSatisfying(RuleRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo("appeal-needs-review");
                    assertThat(e.message(java.util.Locale.ENGLISH)).startsWith("This appeal must be rephrased");
                    assertThat(e.message(java.util.Locale.FRENCH)).startsWith("Cet appel doit être reformulé");
                });

        assertThat(n.storage.snapshot()).hasSize(before);
        assertThat(n.stored(Appeal.class)).isEmpty();
    }

    @Test
    void aTerritorySendsAtMostItsDailyNumberOfAppealsInAny24Hours() {
        optedIn("Amel", Neighbourhood.GRENOBLE, "fr");
        for (int i = 0; i < 3; i++) {
            send(appeal().build());
            n.clock.advance(Duration.ofHours(1));
        }

        assertThatThrownBy(() -> send(appeal().build())).isInstanceOfSatisfying(RateLimitedException.class, e -> {
            assertThat(e.action()).isEqualTo("appeals.send");
            assertThat(e.limit()).isEqualTo(3);
        });
        assertThat(n.stored(Appeal.class)).hasSize(3);

        n.clock.advance(Duration.ofHours(22));
        assertThat(send(appeal().build()).reachedCount()).isEqualTo(1);
    }

    @Test
    void oneClickOnTheLinkStopsAppealsWithoutSigningInAndTwiceChangesNothing() {
        MemberView amel = optedIn("Amel", Neighbourhood.GRENOBLE, "fr");
        send(appeal().build());
        String token = notices().get(0).optOutToken();
        assertThat(token).startsWith(Neighbourhood.T + "~").hasSize(Neighbourhood.T.length() + 27);

        n.entraide.appeals().optOut(token);
        Object afterFirst = n.entraide.storage().inTransaction(tx -> tx.members().find(Neighbourhood.TID, amel.id()))
                .orElseThrow();
        n.entraide.appeals().optOut(token);

        assertThat(n.entraide.storage().inTransaction(tx -> tx.members().find(Neighbourhood.TID, amel.id()))
                .orElseThrow()).isEqualTo(afterFirst);
        assertThat(send(appeal().build()).reachedCount()).isZero();
        optIn(amel);
        send(appeal().build());
        assertThat(notices()).extracting(CrisisAppealNotice::optOutToken).containsExactly(token, token)
                .as("the same token for every appeal a helper receives");
    }

    @Test
    void aSuspendedHelperCanStillOptOut() {
        MemberView amel = optedIn("Amel", Neighbourhood.GRENOBLE, "fr");
        send(appeal().build());
        n.entraide.moderation().sanction(n.moderator, new SanctionMember(Neighbourhood.T, amel.id().value(),
                ModerationAction.SUSPEND, "harassment"));

        n.entraide.appeals().optOut(notices().get(0).optOutToken());
        n.entraide.moderation().sanction(n.moderator, new SanctionMember(Neighbourhood.T, amel.id().value(),
                ModerationAction.REINSTATE, "no-breach"));

        assertThat(send(appeal().build()).reachedCount()).as("still opted out once reinstated").isZero();
    }

    @Test
    void anUnknownOrMalformedOptOutTokenIsNotFound() {
        optedIn("Amel", Neighbourhood.GRENOBLE, "fr");
        send(appeal().build());
        String token = notices().get(0).optOutToken();
        String other = token.substring(0, token.length() - 1) + (token.endsWith("0") ? "1" : "0");

        for (String bad : List.of(other, "", "~", "nope", Neighbourhood.T + "~abc", "lyon~" + token.substring(
                token.indexOf('~') + 1), token + "x", "../" + token)) {
            assertThatThrownBy(() -> n.entraide.appeals().optOut(bad)).as(bad).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> n.entraide.appeals().checkOptOut(bad)).as(bad)
                    .isInstanceOf(NotFoundException.class);
        }
        int before = n.storage.snapshot().size();
        n.entraide.appeals().checkOptOut(token);
        assertThat(n.storage.snapshot()).as("checking a link changes nothing").hasSize(before);
    }

    @Test
    void aBigTerritoryIsReachedInBatchesOfFiveHundredEachWithItsEvent() {
        int helpers = AppealService.BATCH_SIZE + 1;
        for (int i = 0; i < helpers; i++) {
            optedIn("Helper" + i, Neighbourhood.GRENOBLE, "fr");
        }

        Appeal appeal = send(appeal().build());

        assertThat(appeal.reachedCount()).isEqualTo(helpers);
        assertThat(notices()).hasSize(helpers);
        assertThat(events()).extracting(e -> e.recipientIds().size()).containsExactly(AppealService.BATCH_SIZE, 1);
        assertThat(events().stream().flatMap(e -> e.recipientIds().stream()).map(MemberId::value).distinct().count())
                .isEqualTo(helpers);
    }

    @Test
    void moderatorsSeeEachAppealsReachedCountNewestFirstAndNeverWhoItReached() {
        optedIn("Amel", Neighbourhood.GRENOBLE, "fr");
        Appeal first = send(appeal().build());
        n.clock.advance(Duration.ofMinutes(5));
        Appeal second = send(appeal().communes(Neighbourhood.MEYLAN).build());

        List<Appeal> listed = n.entraide.appeals().list(n.moderator, Neighbourhood.TID);

        assertThat(listed).extracting(Appeal::id).containsExactly(second.id(), first.id());
        assertThat(listed).extracting(Appeal::reachedCount).containsExactly(0, 1);
        assertThat(listed.get(1).sentBy()).isEqualTo(n.moderator.auditName());
    }

    @Test
    void anErasedHelpersOptOutTokenIsDeletedAndTheirExportShowsTheirAppealConsent() {
        MemberView amel = optedIn("Amel", Neighbourhood.GRENOBLE, "fr");
        send(appeal().build());
        String token = notices().get(0).optOutToken();
        assertThat(n.entraide.privacy().export(Neighbourhood.as(amel),
                new io.github.entraide.command.MemberRef(Neighbourhood.T, amel.id().value())).toJson())
                .as("the export states the appeal consent (not the token)")
                .contains(ConsentPurpose.CRISIS_APPEALS.name()).doesNotContain(token);

        n.entraide.privacy().erase(Neighbourhood.as(amel),
                new io.github.entraide.command.MemberRef(Neighbourhood.T, amel.id().value()));

        assertThat(n.storage.snapshot()).as("nothing of the token stays")
                .noneMatch(row -> row.toString().contains(token.substring(token.indexOf('~') + 1)));
        java.util.Map<MemberId, String> tokens = n.entraide.storage().inTransaction(tx -> tx.appeals()
                .optOutTokens(Neighbourhood.TID, List.of(amel.id())));
        assertThat(tokens).isEmpty();
        assertThatThrownBy(() -> n.entraide.appeals().optOut(token)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void moderatorsSendingAtOnceNeverPassTheDailyLimit() throws Exception {
        optedIn("Amel", Neighbourhood.GRENOBLE, "fr");
        send(appeal().build());
        send(appeal().build());
        int senders = 4;
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(senders);
        try {
            List<java.util.concurrent.Future<Object>> results = new java.util.ArrayList<>();
            for (int i = 0; i < senders; i++) {
                results.add(threads.submit(() -> {
                    start.await();
                    try {
                        return send(appeal().build());
                    } catch (RateLimitedException | io.github.entraide.ConflictException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            List<Object> outcomes = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Object> f : results) {
                outcomes.add(f.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }

            assertThat(outcomes).filteredOn(Appeal.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(RateLimitedException.class::isInstance).hasSize(senders - 1);
            assertThat(n.stored(Appeal.class)).hasSize(3);
        } finally {
            threads.shutdownNow();
        }
    }

    /** The neighbourhood's storage, whose transaction number {@code failing} (counted from 1) fails after its work, rolled back. */
    private static final class StoppingStorage implements io.github.entraide.spi.Storage {
        private final io.github.entraide.spi.Storage delegate;
        private final int failing;
        private final java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();

        StoppingStorage(io.github.entraide.spi.Storage delegate, int failing) {
            this.delegate = delegate;
            this.failing = failing;
        }

        @Override
        public <T> T inTransaction(java.util.function.Function<io.github.entraide.spi.StorageTransaction, T> work) {
            return delegate.inTransaction(tx -> {
                T result = work.apply(tx);
                if (count.incrementAndGet() == failing) {
                    throw new IllegalStateException("the node stopped");
                }
                return result;
            });
        }

        @Override
        public io.github.entraide.spi.Outbox outbox() {
            return delegate.outbox();
        }
    }

    @Test
    void anAppealStoppedBetweenBatchesIsResumedAndEveryHelperGetsItOnce() {
        int helpers = 2 * AppealService.BATCH_SIZE + 1;
        List<MemberView> all = new java.util.ArrayList<>();
        for (int i = 0; i < helpers; i++) {
            all.add(optedIn("Helper" + i, Neighbourhood.GRENOBLE, "fr"));
        }
        // Transactions: 1 stores the appeal, 2 writes the first batch, 3 the second: it fails.
        io.github.entraide.Entraide stopping = io.github.entraide.Entraide.builder()
                .storage(new StoppingStorage(n.storage, 3)).clock(n.clock).build();

        assertThatThrownBy(() -> stopping.appeals().send(n.moderator, appeal().build()))
                .hasMessage("the node stopped");
        Appeal stopped = n.stored(Appeal.class).get(0);
        assertThat(stopped.status()).isEqualTo(AppealStatus.SENDING);
        assertThat(stopped.reachedCount()).isEqualTo(AppealService.BATCH_SIZE);
        assertThat(stopped.resumeAfter()).isPresent();
        assertThat(notices()).hasSize(AppealService.BATCH_SIZE);
        MemberView leftMeanwhile = all.stream().filter(m -> notices().stream()
                .noneMatch(x -> x.recipient().email().equals(m.email()))).findFirst().orElseThrow();
        n.entraide.members().recordConsent(Neighbourhood.as(leftMeanwhile), RecordConsent.withdraw(Neighbourhood.T,
                leftMeanwhile.id().value(), ConsentPurpose.CRISIS_APPEALS, "2026-03"));

        Appeal resumed = n.entraide.appeals().resume(n.moderator, Neighbourhood.TID, stopped.id());
        Appeal again = n.entraide.appeals().resume(n.moderator, Neighbourhood.TID, stopped.id());

        assertThat(resumed.status()).isEqualTo(AppealStatus.SENT);
        assertThat(resumed.reachedCount()).isEqualTo(helpers - 1);
        assertThat(resumed.resumeAfter()).as("who it reached is not kept once sent").isEmpty();
        assertThat(again).isEqualTo(resumed);
        assertThat(notices()).hasSize(helpers - 1);
        assertThat(notices().stream().map(x -> x.recipient().email()).distinct().count()).isEqualTo(helpers - 1);
        assertThat(notices()).noneMatch(x -> x.recipient().email().equals(leftMeanwhile.email()));
        assertThat(events().stream().mapToInt(e -> e.recipientIds().size()).sum()).isEqualTo(helpers - 1);
    }

    @Test
    void onlyAModeratorOfTheTerritoryResumesAnAppealAndAnUnknownOneIsNotFound() {
        MemberView amel = optedIn("Amel", Neighbourhood.GRENOBLE, "fr");
        Appeal sent = send(appeal().build());

        assertThatThrownBy(() -> n.entraide.appeals().resume(Neighbourhood.as(amel), Neighbourhood.TID, sent.id()))
                .isInstanceOf(io.github.entraide.NotAuthorizedException.class);
        assertThatThrownBy(() -> n.entraide.appeals().resume(n.moderator, Neighbourhood.TID,
                io.github.entraide.domain.AppealId.of("nope"))).isInstanceOf(NotFoundException.class);
        assertThat(n.entraide.appeals().resume(n.moderator, Neighbourhood.TID, sent.id())).isEqualTo(sent);
        assertThat(notices()).hasSize(1);
    }
}
