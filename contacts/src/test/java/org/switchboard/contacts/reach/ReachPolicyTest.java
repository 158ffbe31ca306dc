package org.switchboard.contacts.reach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.contacts.Capability.TEXT_CHAT;
import static org.switchboard.contacts.Capability.VOICE_CALL;
import static org.switchboard.contacts.ChannelKind.CALL;
import static org.switchboard.contacts.ChannelKind.CHAT;
import static org.switchboard.contacts.ChannelKind.EMAIL;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.switchboard.contacts.Availability;
import org.switchboard.contacts.ChannelKind;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.EndpointStatus;
import org.switchboard.contacts.Presence;

/** The Reach policy, one row per story: inputs, the expected first choice and words its reason must hold. */
class ReachPolicyTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z"); // 13:00 in Berlin
    private static final Instant AT_1500 = Instant.parse("2026-11-21T14:00:00Z");
    private static final Set<EndpointKind> ALL_ACCOUNTS = EnumSet.allOf(EndpointKind.class);
    private static final Set<EndpointKind> NO_ACCOUNTS = EnumSet.of(EndpointKind.EMAIL);

    private static final Endpoint MAIL = new Endpoint(EndpointKind.EMAIL, "barbie@example.org", "");
    private static final Endpoint JID = new Endpoint(EndpointKind.XMPP, "barbie@chat.example.org", "");
    private static final Endpoint SIP = new Endpoint(EndpointKind.SIP, "sip:barbie@voip.example.org", "");
    private static final Endpoint TEL = new Endpoint(EndpointKind.PHONE, "+491701234567", "mobile");

    record Row(List<EndpointStatus> endpoints, Set<EndpointKind> usable, UnaryOperator<ReachRequest> tweak,
               ChannelKind expectedChannel, Endpoint expectedEndpoint, String reasonContains) {}

    static Stream<Arguments> stories() {
        return Stream.of(
                row("Barbie is reachable by voice: call",
                        List.of(EndpointStatus.of(SIP, Presence.AVAILABLE, VOICE_CALL), EndpointStatus.of(JID, Presence.AVAILABLE, TEXT_CHAT),
                                EndpointStatus.unknown(MAIL)),
                        ALL_ACCOUNTS, r -> r, CALL, SIP, "can take a voice call"),
                row("a friend online for chat only: chat",
                        List.of(EndpointStatus.of(JID, Presence.AVAILABLE, TEXT_CHAT), EndpointStatus.unknown(MAIL)),
                        ALL_ACCOUNTS, r -> r, CHAT, JID, "online for chat"),
                row("the bank contact is offline everywhere: email",
                        List.of(EndpointStatus.of(JID, Presence.OFFLINE), EndpointStatus.of(SIP, Presence.OFFLINE, VOICE_CALL),
                                EndpointStatus.unknown(MAIL)),
                        ALL_ACCOUNTS, r -> r, EMAIL, MAIL, "not online anywhere"),
                row("they are busy until 15:00: not a call, chat instead",
                        List.of(EndpointStatus.of(SIP, Presence.AVAILABLE, VOICE_CALL), EndpointStatus.of(JID, Presence.AVAILABLE),
                                EndpointStatus.unknown(MAIL)),
                        ALL_ACCOUNTS, r -> r.withTheirs(Availability.busyUntil(AT_1500, "In a meeting")),
                        CHAT, JID, "busy until 15:00"),
                row("I am busy: not a call",
                        List.of(EndpointStatus.of(SIP, Presence.AVAILABLE, VOICE_CALL), EndpointStatus.unknown(MAIL)),
                        ALL_ACCOUNTS, r -> r.withOwn(Availability.busyUntil(AT_1500, "In a meeting")),
                        EMAIL, MAIL, "Email reaches Barbie"),
                row("their busy period has ended: call again",
                        List.of(EndpointStatus.of(SIP, Presence.AVAILABLE, VOICE_CALL), EndpointStatus.of(JID, Presence.AVAILABLE)),
                        ALL_ACCOUNTS, r -> r.withTheirs(Availability.busyUntil(NOW.minusSeconds(60), "In a meeting")),
                        CALL, SIP, "can take a voice call"),
                row("do-not-disturb presence: chat rather than call",
                        List.of(EndpointStatus.of(JID, Presence.BUSY, VOICE_CALL, TEXT_CHAT)),
                        ALL_ACCOUNTS, r -> r, CHAT, JID, "does not interrupt"),
                row("an open conversation wins over a possible call",
                        List.of(EndpointStatus.of(SIP, Presence.AVAILABLE, VOICE_CALL), EndpointStatus.of(JID, Presence.AWAY)),
                        ALL_ACCOUNTS, r -> r.withOpen(new OpenConversation(CHAT, JID)), CHAT, JID, "already open"),
                row("an explicit preference wins over presence",
                        List.of(EndpointStatus.of(SIP, Presence.AVAILABLE, VOICE_CALL), EndpointStatus.unknown(MAIL)),
                        ALL_ACCOUNTS, r -> r.withPreferred(EMAIL), EMAIL, MAIL, "prefer to reach Barbie by email"),
                row("a preference for a dead way (offline call) is not followed",
                        List.of(EndpointStatus.of(SIP, Presence.OFFLINE, VOICE_CALL), EndpointStatus.unknown(MAIL)),
                        ALL_ACCOUNTS, r -> r.withPreferred(CALL), EMAIL, MAIL, "not online anywhere"),
                row("no accounts at all: email through the system mail client",
                        List.of(EndpointStatus.unknown(JID), EndpointStatus.unknown(SIP), EndpointStatus.unknown(MAIL)),
                        NO_ACCOUNTS, r -> r, EMAIL, MAIL, "Email reaches Barbie"),
                row("a phone number through the SIP account",
                        List.of(EndpointStatus.unknown(TEL), EndpointStatus.unknown(MAIL)),
                        ALL_ACCOUNTS, r -> r, CALL, TEL, "phone"),
                row("intent chat skips an available call",
                        List.of(EndpointStatus.of(SIP, Presence.AVAILABLE, VOICE_CALL), EndpointStatus.of(JID, Presence.AWAY)),
                        ALL_ACCOUNTS, r -> r.withIntent(Intent.CHAT), CHAT, JID, "away"),
                row("intent call while they are busy still calls, and says so",
                        List.of(EndpointStatus.of(SIP, Presence.AVAILABLE, VOICE_CALL), EndpointStatus.unknown(MAIL)),
                        ALL_ACCOUNTS, r -> r.withIntent(Intent.CALL).withTheirs(Availability.busyUntil(AT_1500, "")),
                        CALL, SIP, "a call would interrupt"),
                row("the channel used last time breaks a near tie",
                        List.of(EndpointStatus.of(JID, Presence.EXTENDED_AWAY), EndpointStatus.unknown(MAIL)),
                        ALL_ACCOUNTS, r -> r.withLastUsed(EMAIL), EMAIL, MAIL, "used last time"),
                row("a voice-capable XMPP client can take the call",
                        List.of(EndpointStatus.of(JID, Presence.CHAT, TEXT_CHAT, VOICE_CALL)),
                        ALL_ACCOUNTS, r -> r, CALL, JID, "free for chat"));
    }

    private static Arguments row(String story, List<EndpointStatus> endpoints, Set<EndpointKind> usable,
                                 UnaryOperator<ReachRequest> tweak, ChannelKind channel, Endpoint endpoint, String reason) {
        return Arguments.of(Named.of(story, new Row(endpoints, usable, tweak, channel, endpoint, reason)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stories")
    void picksTheBestWay(Row row) {
        ReachRequest request = row.tweak().apply(ReachRequest.of("Barbie", row.endpoints(), row.usable(), NOW, ZONE));

        ReachResult result = ReachPolicy.decide(request);

        assertThat(result).isInstanceOf(ReachResult.Reachable.class);
        ReachOption best = result.best().orElseThrow();
        assertThat(best.channel()).isEqualTo(row.expectedChannel());
        assertThat(best.endpoint()).isEqualTo(row.expectedEndpoint());
        assertThat(best.reason()).contains(row.reasonContains());
    }

    static Stream<Arguments> noWay() {
        return Stream.of(
                Arguments.of(Named.of("no address at all", List.<EndpointStatus>of()), ALL_ACCOUNTS, Intent.ANY, "they have no address"),
                Arguments.of(Named.of("only chat and SIP, no accounts", List.of(EndpointStatus.unknown(JID), EndpointStatus.unknown(SIP))),
                        NO_ACCOUNTS, Intent.ANY, "need a connected account"),
                Arguments.of(Named.of("call asked, only email", List.of(EndpointStatus.unknown(MAIL))),
                        ALL_ACCOUNTS, Intent.CALL, "No way to call Barbie: they have no SIP address"),
                Arguments.of(Named.of("call asked, SIP address but no SIP account", List.of(EndpointStatus.unknown(SIP), EndpointStatus.unknown(MAIL))),
                        NO_ACCOUNTS, Intent.CALL, "calling needs a registered SIP account"),
                Arguments.of(Named.of("email asked, no email address", List.of(EndpointStatus.of(JID, Presence.AVAILABLE))),
                        ALL_ACCOUNTS, Intent.EMAIL, "they have no email address"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noWay")
    void saysClearlyWhenThereIsNoWay(List<EndpointStatus> endpoints, Set<EndpointKind> usable, Intent intent, String reason) {
        ReachRequest request = ReachRequest.of("Barbie", endpoints, usable, NOW, ZONE).withIntent(intent);

        ReachResult result = ReachPolicy.decide(request);

        assertThat(result).isInstanceOfSatisfying(ReachResult.Unreachable.class,
                u -> assertThat(u.reason()).contains(reason));
        assertThat(result.options()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void ranksEveryUsableWayAndIsDeterministic() {
        var endpoints = List.of(EndpointStatus.of(SIP, Presence.AVAILABLE, VOICE_CALL, TEXT_CHAT),
                EndpointStatus.of(JID, Presence.AVAILABLE), EndpointStatus.unknown(MAIL), EndpointStatus.unknown(TEL));
        ReachRequest request = ReachRequest.of("Barbie", endpoints, ALL_ACCOUNTS, NOW, ZONE);

        List<ReachOption> first = ReachPolicy.decide(request).options();
        List<ReachOption> second = ReachPolicy.decide(request).options();

        assertThat(first).isEqualTo(second);
        assertThat(first).extracting(ReachOption::channel).containsExactly(CALL, CHAT, CHAT, CALL, EMAIL);
        assertThat(first).allSatisfy(o -> assertThat(o.reason()).isNotBlank());
    }
}
