package io.github.entraide.policy;

import java.util.Objects;
import java.util.Optional;

/**
 * A decision of the {@link SafeguardingPolicy}: allowed, or refused with a stable reason code
 * (the suffix of the message key {@code rule.<code>}).
 */
public sealed interface SafeguardingDecision permits SafeguardingDecision.Allowed, SafeguardingDecision.Refused {

    /** @return the shared "allowed" decision */
    static SafeguardingDecision allowed() {
        return Allowed.INSTANCE;
    }

    /**
     * @param code the stable reason code
     * @return a refusal
     */
    static SafeguardingDecision refused(String code) {
        return new Refused(code);
    }

    /** @return whether the action may go on */
    boolean isAllowed();

    /** @return the reason code of a refusal, empty when allowed */
    Optional<String> reasonCode();

    /** Allowed. */
    final class Allowed implements SafeguardingDecision {
        private static final Allowed INSTANCE = new Allowed();

        private Allowed() {
        }

        @Override
        public boolean isAllowed() {
            return true;
        }

        @Override
        public Optional<String> reasonCode() {
            return Optional.empty();
        }

        @Override
        public String toString() {
            return "Allowed";
        }
    }

    /**
     * Refused.
     *
     * @param code the stable reason code
     */
    record Refused(String code) implements SafeguardingDecision {
        /** Checks the code. */
        public Refused {
            Objects.requireNonNull(code, "code");
        }

        @Override
        public boolean isAllowed() {
            return false;
        }

        @Override
        public Optional<String> reasonCode() {
            return Optional.of(code);
        }
    }
}
