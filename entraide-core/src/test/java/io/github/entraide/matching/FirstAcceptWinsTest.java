package io.github.entraide.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.RequestId;
import io.github.entraide.domain.TerritoryId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FirstAcceptWinsTest {
    private static final TerritoryId METRO = TerritoryId.of("metro");

    @Test
    void exactlyOneOfManyHelpersRacingToAcceptWins() throws Exception {
        int helpers = 32;
        for (int round = 0; round < 50; round++) {
            FirstAcceptWins arbiter = new FirstAcceptWins();
            RequestId request = RequestId.of("r" + round);
            CountDownLatch ready = new CountDownLatch(helpers);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(helpers);
            try {
                List<Future<FirstAcceptWins.Outcome>> outcomes = new ArrayList<>();
                for (int h = 0; h < helpers; h++) {
                    MemberId helper = MemberId.of("h" + h);
                    outcomes.add(pool.submit(() -> {
                        ready.countDown();
                        start.await();
                        return arbiter.accept(METRO, request, helper);
                    }));
                }
                ready.await();
                start.countDown();
                List<FirstAcceptWins.Outcome> results = new ArrayList<>();
                for (Future<FirstAcceptWins.Outcome> f : outcomes) {
                    results.add(f.get(30, TimeUnit.SECONDS));
                }
                List<FirstAcceptWins.Outcome> winners = results.stream().filter(FirstAcceptWins.Outcome::won).toList();
                assertThat(winners).hasSize(1);
                MemberId winner = winners.get(0).winner();
                assertThat(results).allSatisfy(o -> assertThat(o.winner()).isEqualTo(winner));
                assertThat(arbiter.winner(METRO, request)).contains(winner);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void theWinnerAcceptingAgainStillWinsAndOnlyTheWinnerCanRelease() {
        FirstAcceptWins arbiter = new FirstAcceptWins();
        RequestId r = RequestId.of("r");
        MemberId ann = MemberId.of("ann");
        MemberId bob = MemberId.of("bob");

        assertThat(arbiter.accept(METRO, r, ann)).isEqualTo(new FirstAcceptWins.Won(ann));
        assertThat(arbiter.accept(METRO, r, ann).won()).isTrue();
        assertThat(arbiter.accept(METRO, r, bob)).isEqualTo(new FirstAcceptWins.AlreadyTaken(ann));
        assertThat(arbiter.release(METRO, r, bob)).isFalse();
        assertThat(arbiter.release(METRO, r, ann)).isTrue();
        assertThat(arbiter.accept(METRO, r, bob)).isEqualTo(new FirstAcceptWins.Won(bob));
        assertThat(arbiter.winner(TerritoryId.of("other"), r)).isEmpty();
    }
}
