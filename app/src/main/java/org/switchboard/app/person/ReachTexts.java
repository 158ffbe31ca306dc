package org.switchboard.app.person;

import org.switchboard.contacts.reach.ReachOption;
import org.switchboard.contacts.reach.ReachResult;

/** The sentences the card shows about Reach. */
final class ReachTexts {
    private ReachTexts() {}

    /** "Reach will email: Email reaches Anna whenever they read it", or the unreachable reason. */
    static String preview(ReachResult result) {
        return switch (result) {
            case ReachResult.Reachable r -> "Reach will " + verb(r.options().getFirst()) + ": " + r.options().getFirst().reason();
            case ReachResult.Unreachable u -> u.reason();
        };
    }

    static String performed(ReachOption option) {
        String address = option.endpoint().address();
        return switch (option.channel()) {
            case EMAIL -> "Opened an email to " + address + " in your mail program";
            case CHAT -> "Opened a chat with " + address;
            case CALL -> "Calling " + address;
        };
    }

    private static String verb(ReachOption option) {
        return switch (option.channel()) {
            case EMAIL -> "email";
            case CHAT -> "chat";
            case CALL -> "call";
        };
    }
}
