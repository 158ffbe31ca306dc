package org.switchboard.contacts.reach;

import java.util.List;
import java.util.Optional;

/** The answer of the Reach policy: ranked options, or a plain explanation of why there are none. */
public sealed interface ReachResult {

    /** The best option first. */
    record Reachable(List<ReachOption> options) implements ReachResult {
        public Reachable {
            options = List.copyOf(options);
            if (options.isEmpty()) {
                throw new IllegalArgumentException("a reachable result needs at least one option");
            }
        }
    }

    /** No way to reach the person for the asked intent; {@code reason} says why in plain words. */
    record Unreachable(String reason) implements ReachResult {}

    default Optional<ReachOption> best() {
        return switch (this) {
            case Reachable r -> Optional.of(r.options().getFirst());
            case Unreachable u -> Optional.empty();
        };
    }

    default List<ReachOption> options() {
        return switch (this) {
            case Reachable r -> r.options();
            case Unreachable u -> List.of();
        };
    }
}
