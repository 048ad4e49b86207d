package io.github.entraide.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Compares two {@code InMemoryStorage.snapshot()}s: same records, same outbox, any order. */
final class Snapshots {
    private Snapshots() {
    }

    static void assertUnchanged(List<Object> before, List<Object> after) {
        assertThat(after).as("number of records and outbox messages").hasSameSizeAs(before);
        Set<Object> expected = new HashSet<>(before);
        Set<Object> actual = new HashSet<>(after);
        Set<Object> appeared = new HashSet<>(actual);
        appeared.removeAll(expected);
        Set<Object> vanished = new HashSet<>(expected);
        vanished.removeAll(actual);
        assertThat(appeared).as("records changed or added").isEmpty();
        assertThat(vanished).as("records changed or removed").isEmpty();
    }
}
