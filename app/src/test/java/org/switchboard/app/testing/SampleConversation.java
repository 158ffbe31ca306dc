package org.switchboard.app.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.Person;
import org.switchboard.channels.api.EndReason;
import org.switchboard.contacts.accounts.Account;
import org.switchboard.contacts.calls.CallQuality;
import org.switchboard.contacts.history.CallRecord;
import org.switchboard.contacts.history.DeliveryState;
import org.switchboard.contacts.history.Direction;
import org.switchboard.contacts.history.MessageHistory;
import org.switchboard.contacts.history.MessageRecord;
import org.switchboard.contacts.store.SqlitePersonRepository;

/** A profile with accounts and a lively conversation, for screenshots and demos. */
public final class SampleConversation {
    public static final String ME = "alice@example.test";
    public static final Account ALICE = new Account(EndpointKind.XMPP, ME, "", "", true, List.of());
    public static final Account WORK = new Account(EndpointKind.XMPP, "alice@corp.example.org", "xmpp.corp.example.org:5222",
            "", true, List.of());
    public static final Account HOME_PHONE = new Account(EndpointKind.SIP, "sip:alice@home.example.org",
            "pbx.home.example.org:5060", "udp", true, List.of());
    public static final Endpoint BEN = Addresses.parse(EndpointKind.XMPP, "ben@chat.example.org");
    public static final Endpoint BEN_PHONE = Addresses.parse(EndpointKind.PHONE, "+49 170 1234567");

    private SampleConversation() {}

    /**
     * Opens a SQLite profile in {@code dir} with a few persons, three accounts (two XMPP, one SIP) and
     * Ben's conversation: messages, a call after lunch and a call he missed.
     */
    public static SqlitePersonRepository profile(Path dir, Clock clock) {
        SqlitePersonRepository repository = SqlitePersonRepository.open(dir.resolve("switchboard.db"));
        repository.save(Person.named("Anna Abel", Addresses.parse(EndpointKind.EMAIL, "anna@example.org")));
        repository.save(Person.named("Ben Becker", BEN, BEN_PHONE));
        repository.save(Person.named("Clara Castro", Addresses.parse(EndpointKind.XMPP, "clara@chat.example.org")));
        repository.save(Person.named("Dev Desai", Addresses.parse(EndpointKind.XMPP, "dev@jabber.example.net")));
        repository.accounts().save(ALICE);
        repository.accounts().save(WORK);
        repository.accounts().save(HOME_PHONE);
        seed(repository.messageHistory(), clock.instant());
        return repository;
    }

    private static void seed(MessageHistory history, Instant now) {
        Instant start = now.minus(Duration.ofMinutes(40));
        history.append(in("Morning! Did you see the new release notes?", start, 1));
        history.append(out("Not yet — link?", start.plusSeconds(60), 2, DeliveryState.DELIVERED));
        history.append(in("https://example.org/releases/2.4 — the <b>bold</b> part is the new sync.", start.plusSeconds(95), 3));
        history.append(out("Nice. Call me at tel:+491701234567 after lunch, or xmpp:team@rooms.example.org?join",
                start.plusSeconds(600), 4, DeliveryState.ACKED));
        history.appendCall(new CallRecord(null, null, HOME_PHONE.address(), BEN_PHONE, Direction.OUT, start.plusSeconds(900),
                "call-1", Duration.ofSeconds(252), "They hung up",
                new CallQuality("opus/48000", 12_600, 12_571, 0.2, 3.1, 41, 4.3, Duration.ZERO)));
        history.append(out("Sent from the train, might be slow", start.plusSeconds(1500), 5, DeliveryState.SENT));
        history.appendCall(new CallRecord(null, null, HOME_PHONE.address(), BEN_PHONE, Direction.IN, start.plusSeconds(1900),
                "call-2", Duration.ZERO, EndReason.of(EndReason.Kind.MISSED).words(), CallQuality.NONE));
        history.append(out("Lunch at 12?", start.plusSeconds(2300), 6, DeliveryState.QUEUED));
        history.append(MessageRecord.incoming(ME, Addresses.parse(EndpointKind.XMPP, "clara@chat.example.org"),
                "Are we still on for Friday?", start.plusSeconds(2000), "c1", null));
    }

    private static MessageRecord in(String body, Instant at, int n) {
        return MessageRecord.incoming(ME, BEN, body, at, "b" + n, null).withUnread(false);
    }

    private static MessageRecord out(String body, Instant at, int n, DeliveryState state) {
        return MessageRecord.outgoing(ME, BEN, body, at, "a" + n, null, state);
    }
}
