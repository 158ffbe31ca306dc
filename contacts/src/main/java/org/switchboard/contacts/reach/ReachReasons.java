package org.switchboard.contacts.reach;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.switchboard.contacts.ChannelKind;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.EndpointStatus;

/** The plain-text reasons the Reach policy gives; one place for every sentence a card shows. */
final class ReachReasons {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    private final ReachRequest request;
    private final String name;

    ReachReasons(ReachRequest request) {
        this.request = request;
        this.name = request.personName().isBlank() ? "This person" : request.personName();
    }

    String openConversation() {
        return "A conversation with " + name + " is already open";
    }

    String preferred(ChannelKind action) {
        return "You prefer to reach " + name + " by " + action.label().toLowerCase(Locale.ROOT);
    }

    String usedLastTime(String reason) {
        return reason + " (used last time)";
    }

    String email(boolean offlineEverywhere) {
        return offlineEverywhere
                ? name + " is not online anywhere; an email waits for them"
                : "Email reaches " + name + " whenever they read it";
    }

    String theyAreBusyForCall() {
        return name + " is busy" + until(request.theirs().until()) + reasonSuffix(request.theirs().reason())
                + "; a call would interrupt";
    }

    String youAreBusyForCall() {
        return "You are busy" + until(request.own().until()) + reasonSuffix(request.own().reason())
                + "; a call would pull you out";
    }

    String callAvailable(EndpointStatus status) {
        return name + " is " + status.presence().label() + " and can take a voice call";
    }

    String callUnknown(EndpointStatus status) {
        return status.endpoint().kind() == EndpointKind.PHONE
                ? "Call " + name + "'s phone; whether they can answer is unknown"
                : "Call " + name + "; whether they are online is unknown";
    }

    String callAway() {
        return name + " is away; a call may go unanswered";
    }

    String callDnd() {
        return name + " does not want to be disturbed; a call would interrupt";
    }

    String callOffline(EndpointStatus status) {
        return name + " is offline on " + status.endpoint().address() + "; a call would not be answered";
    }

    String chatOnline(EndpointStatus status) {
        return name + " is online for chat" + statusText(status);
    }

    String chatWhileBusy() {
        return (request.theirs().isBusyAt(request.now()) ? name + " is busy" + until(request.theirs().until())
                : "You are busy" + until(request.own().until())) + "; a chat message does not interrupt";
    }

    String chatDnd(EndpointStatus status) {
        return name + " is busy" + statusText(status) + "; a chat message does not interrupt";
    }

    String chatAway(EndpointStatus status) {
        return name + " is " + status.presence().label() + statusText(status) + " and will see the message on return";
    }

    String chatUnknown() {
        return "Chat with " + name + "; whether they are online is unknown";
    }

    String chatOffline() {
        return name + " is offline; the message waits on the server";
    }

    /** Why there is no option at all, naming what is missing. */
    String noWay() {
        var endpoints = request.endpoints();
        if (endpoints.isEmpty()) {
            return "No way to reach " + name + ": they have no address. Add an email, chat, SIP or phone address.";
        }
        Intent intent = request.intent();
        boolean servesIntent = endpoints.stream()
                .anyMatch(s -> ReachPolicy.actionsOf(s).stream().anyMatch(intent::accepts));
        if (!servesIntent) {
            return "No way to " + verb(intent) + " " + name + ": they have no " + addressNoun(intent) + ".";
        }
        return "No way to " + verb(intent) + " " + name + ": " + missingAccount(intent) + ".";
    }

    private String missingAccount(Intent intent) {
        return switch (intent) {
            case CHAT -> "chatting needs a connected XMPP account";
            case CALL -> "calling needs a registered SIP account";
            case EMAIL, ANY -> "chat and calls need a connected account and they have no email address";
        };
    }

    private static String verb(Intent intent) {
        return switch (intent) {
            case ANY -> "reach";
            case CHAT -> "chat with";
            case CALL -> "call";
            case EMAIL -> "email";
        };
    }

    private static String addressNoun(Intent intent) {
        return switch (intent) {
            case ANY -> "address";
            case CHAT -> "chat address";
            case CALL -> "SIP address, phone number or voice-capable chat address";
            case EMAIL -> "email address";
        };
    }

    private String until(@Nullable Instant until) {
        if (until == null) {
            return "";
        }
        ZonedDateTime end = until.atZone(request.zone());
        LocalDate today = request.now().atZone(request.zone()).toLocalDate();
        return " until " + (end.toLocalDate().equals(today) ? TIME.format(end) : DAY_TIME.format(end));
    }

    private static String reasonSuffix(String reason) {
        return reason.isBlank() ? "" : " (" + reason + ")";
    }

    private static String statusText(EndpointStatus status) {
        return status.statusText().isBlank() ? "" : " (\"" + status.statusText() + "\")";
    }
}
