package io.github.entraide.scenario;

import io.github.entraide.domain.IntroductionStatus;
import io.github.entraide.domain.RequestStatus;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycles of DESIGN.md as transition tables, so that a stream of events can be checked
 * against them: a step the table does not allow means events came out of order (or a use case
 * broke the lifecycle).
 */
final class Lifecycles {
    private static final Map<IntroductionStatus, Set<IntroductionStatus>> INTRODUCTION = Map.of(
            IntroductionStatus.PROPOSED, EnumSet.of(IntroductionStatus.ACCEPTED, IntroductionStatus.DECLINED,
                    IntroductionStatus.EXPIRED, IntroductionStatus.CANCELLED),
            // accepted → accepted: one side confirmed completion, the other has not yet
            IntroductionStatus.ACCEPTED, EnumSet.of(IntroductionStatus.ACCEPTED, IntroductionStatus.COMPLETED,
                    IntroductionStatus.CANCELLED));
    private static final Map<RequestStatus, Set<RequestStatus>> REQUEST = Map.of(
            RequestStatus.PENDING_REVIEW, EnumSet.of(RequestStatus.OPEN, RequestStatus.CANCELLED,
                    RequestStatus.EXPIRED),
            RequestStatus.OPEN, EnumSet.of(RequestStatus.INTRODUCED, RequestStatus.CANCELLED, RequestStatus.EXPIRED),
            RequestStatus.INTRODUCED, EnumSet.of(RequestStatus.OPEN, RequestStatus.FULFILLED,
                    RequestStatus.CANCELLED));

    private Lifecycles() {
    }

    static boolean introductionMayGo(IntroductionStatus from, IntroductionStatus to) {
        return INTRODUCTION.getOrDefault(from, Set.of()).contains(to);
    }

    static boolean requestMayGo(RequestStatus from, RequestStatus to) {
        return REQUEST.getOrDefault(from, Set.of()).contains(to);
    }

    /** Whether an introduction event's type names the status it carries. */
    static boolean introductionTypeFits(String type, IntroductionStatus status) {
        return switch (status) {
            case PROPOSED -> type.equals("introduction.proposed");
            case ACCEPTED -> type.equals("introduction.accepted") || type.equals("introduction.confirmed")
                    || type.equals("introduction.proposed"); // direct mode: proposed and accepted at once
            default -> type.equals("introduction." + status.name().toLowerCase(Locale.ROOT));
        };
    }
}
