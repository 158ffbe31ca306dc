package org.switchboard.app.cli;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.switchboard.app.channels.ChannelFactory;
import org.switchboard.app.secrets.SecretStore;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.accounts.Account;
import org.switchboard.contacts.history.MessageRecord;

/**
 * {@code switchboard send ADDRESS TEXT [--account KEY]}: one chat message, exit 0 only once it was
 * acknowledged (XMPP: by the server; a {@code sip:} address: SIP MESSAGE, by the peer's device or its
 * provider). The account is the first enabled one of the address's kind, or KEY.
 */
final class SendCommand {
    static final String USAGE = "send ADDRESS TEXT [--account KEY]";
    private static final Duration ACK_DEADLINE = Duration.ofSeconds(30);
    private final Session session;
    private final SecretStore secrets;
    private final List<ChannelFactory> factories;

    SendCommand(Session session, SecretStore secrets, List<ChannelFactory> factories) {
        this.session = session;
        this.secrets = secrets;
        this.factories = factories;
    }

    int run(List<String> words) {
        Arguments args = Arguments.parse("send", words, Set.of("--account"), Set.of());
        List<String> given = args.atLeastOne(USAGE);
        if (given.size() < 2) {
            throw new UsageException("missing the text for 'send'; usage: switchboard " + USAGE);
        }
        Endpoint to = address(given.getFirst());
        String text = String.join(" ", given.subList(1, given.size()));
        Account account = ChannelRun.enabledAccount(session, to.kind(), args.option("--account").orElse(null), "to send with");
        try (ChannelRun run = ChannelRun.connected(session, secrets, factories, account)) {
            MessageRecord sent = ChannelRun.await(run.hub().send(to, text), ACK_DEADLINE, "waiting for the server's acknowledgement");
            session.out().println("sent to " + to.address() + " from " + account.address() + " (" + sent.delivery().name().toLowerCase(
                    java.util.Locale.ROOT) + ")");
        }
        return ExitStatus.OK;
    }

    /** A {@code sip:}/{@code sips:} URI is a SIP address; anything else (with or without {@code xmpp:}) an XMPP address. */
    private static Endpoint address(String given) {
        boolean sip = given.regionMatches(true, 0, "sip:", 0, 4) || given.regionMatches(true, 0, "sips:", 0, 5);
        String bare = given.regionMatches(true, 0, "xmpp:", 0, 5) ? given.substring(5) : given;
        try {
            return sip ? Addresses.parse(EndpointKind.SIP, given) : Addresses.parse(EndpointKind.XMPP, bare);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

}
