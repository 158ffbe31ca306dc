package org.switchboard.contacts.reach;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.switchboard.contacts.Capability;
import org.switchboard.contacts.ChannelKind;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.EndpointStatus;
import org.switchboard.contacts.Presence;

/**
 * Decides how to reach a person. The rules, strongest first:
 *
 * <ol>
 *   <li>only actions matching the intent, on endpoints the user can act on, are considered;
 *   <li>a conversation already open with the person wins (Kopete's rule);
 *   <li>an explicit per-person preference wins over presence, unless that way is plainly dead
 *       (offline, or a call into a busy period);
 *   <li>otherwise presence decides: a call when they are available by voice, a chat when they are
 *       online, an email when they are offline everywhere; a call is never first while either side
 *       is busy;
 *   <li>the channel used last with the person breaks near ties.
 * </ol>
 */
public final class ReachPolicy {
    private static final int LAST_USED_BONUS = 5;
    private static final int PREFERENCE_FLOOR = 10;

    private ReachPolicy() {}

    public static ReachResult decide(ReachRequest request) {
        ReachReasons reasons = new ReachReasons(request);
        List<Candidate> candidates = new ArrayList<>();
        int order = 0;
        for (EndpointStatus status : request.endpoints()) {
            if (!request.usableKinds().contains(status.endpoint().kind())) {
                continue;
            }
            for (ChannelKind action : actionsOf(status)) {
                if (request.intent().accepts(action)) {
                    candidates.add(score(request, reasons, status, action, order++));
                }
            }
        }
        if (candidates.isEmpty()) {
            return new ReachResult.Unreachable(reasons.noWay());
        }
        candidates.sort(Comparator.comparingInt(Candidate::tier)
                .thenComparing(Comparator.comparingInt(Candidate::score).reversed())
                .thenComparingInt(Candidate::order));
        return new ReachResult.Reachable(candidates.stream().map(Candidate::option).toList());
    }

    /** The actions an endpoint supports, in the order they are offered. */
    static Set<ChannelKind> actionsOf(EndpointStatus status) {
        Set<ChannelKind> actions = EnumSet.noneOf(ChannelKind.class);
        switch (status.endpoint().kind()) {
            case EMAIL -> actions.add(ChannelKind.EMAIL);
            case XMPP -> {
                actions.add(ChannelKind.CHAT);
                if (status.can(Capability.VOICE_CALL)) {
                    actions.add(ChannelKind.CALL);
                }
            }
            case SIP -> {
                actions.add(ChannelKind.CALL);
                if (status.can(Capability.TEXT_CHAT)) {
                    actions.add(ChannelKind.CHAT);
                }
            }
            case PHONE -> actions.add(ChannelKind.CALL);
        }
        return actions;
    }

    private static Candidate score(ReachRequest request, ReachReasons reasons, EndpointStatus status, ChannelKind action, int order) {
        Scored base = switch (action) {
            case CALL -> scoreCall(request, reasons, status);
            case CHAT -> scoreChat(request, reasons, status);
            case EMAIL -> new Scored(45, reasons.email(offlineEverywhere(request)));
        };
        var option = new ReachOption(action, status.endpoint(), base.reason());
        OpenConversation open = request.open();
        if (open != null && open.channel() == action && open.endpoint().sameAddress(status.endpoint())) {
            return new Candidate(0, base.score(), order, new ReachOption(action, status.endpoint(), reasons.openConversation()));
        }
        if (request.preferred() == action && base.score() >= PREFERENCE_FLOOR) {
            return new Candidate(1, base.score(), order, new ReachOption(action, status.endpoint(), reasons.preferred(action)));
        }
        if (request.lastUsed() == action) {
            return new Candidate(2, base.score() + LAST_USED_BONUS, order,
                    new ReachOption(action, status.endpoint(), reasons.usedLastTime(base.reason())));
        }
        return new Candidate(2, base.score(), order, option);
    }

    private static Scored scoreCall(ReachRequest request, ReachReasons reasons, EndpointStatus status) {
        if (request.theirs().isBusyAt(request.now())) {
            return new Scored(8, reasons.theyAreBusyForCall());
        }
        if (request.own().isBusyAt(request.now())) {
            return new Scored(8, reasons.youAreBusyForCall());
        }
        return switch (status.presence()) {
            case CHAT, AVAILABLE -> new Scored(90, reasons.callAvailable(status));
            case UNKNOWN -> new Scored(status.endpoint().kind() == EndpointKind.PHONE ? 50 : 40, reasons.callUnknown(status));
            case AWAY -> new Scored(35, reasons.callAway());
            case EXTENDED_AWAY -> new Scored(15, reasons.callAway());
            case BUSY -> new Scored(8, reasons.callDnd());
            case OFFLINE -> new Scored(2, reasons.callOffline(status));
        };
    }

    private static Scored scoreChat(ReachRequest request, ReachReasons reasons, EndpointStatus status) {
        boolean busy = request.theirs().isBusyAt(request.now()) || request.own().isBusyAt(request.now());
        return switch (status.presence()) {
            case CHAT, AVAILABLE -> busy ? new Scored(60, reasons.chatWhileBusy()) : new Scored(80, reasons.chatOnline(status));
            case BUSY -> new Scored(60, reasons.chatDnd(status));
            case AWAY -> new Scored(55, reasons.chatAway(status));
            case EXTENDED_AWAY -> new Scored(40, reasons.chatAway(status));
            case UNKNOWN -> new Scored(30, reasons.chatUnknown());
            case OFFLINE -> new Scored(20, reasons.chatOffline());
        };
    }

    /** True when some endpoint reports presence and none of them is online. */
    private static boolean offlineEverywhere(ReachRequest request) {
        var endpoints = request.endpoints();
        return endpoints.stream().anyMatch(s -> s.presence() != Presence.UNKNOWN)
                && endpoints.stream().noneMatch(s -> s.presence().isOnline());
    }

    private record Scored(int score, String reason) {}

    private record Candidate(int tier, int score, int order, ReachOption option) {}
}
