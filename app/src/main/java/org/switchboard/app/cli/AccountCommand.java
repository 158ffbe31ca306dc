package org.switchboard.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.switchboard.app.channels.ChannelFactory;
import org.switchboard.app.channels.ConnectionCheck;
import org.switchboard.app.secrets.SecretStore;
import org.switchboard.channels.api.ChannelException;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.InvalidAddressException;
import org.switchboard.contacts.accounts.Account;
import org.switchboard.contacts.accounts.AccountRepository;

/**
 * {@code switchboard account add|list|remove}. Passwords come only from standard input
 * ({@code --password-stdin}), never from the command line, and go only to the OS secret store.
 */
final class AccountCommand {
    static final String USAGE = "account add --kind xmpp|sip --address ADDRESS [--server HOST:PORT] [--transport udp|tcp|tls]"
            + " --password-stdin [--trust SHA256:FINGERPRINT] [--no-check] | account list [--json] | account remove ADDRESS [--kind xmpp|sip]";
    private static final Set<EndpointKind> SUPPORTED = Set.of(EndpointKind.XMPP, EndpointKind.SIP);

    private static final java.time.Duration CHECK_DEADLINE = java.time.Duration.ofSeconds(20);
    private final Session session;
    private final SecretStore secrets;
    private final List<ChannelFactory> channels;

    AccountCommand(Session session, SecretStore secrets, List<ChannelFactory> channels) {
        this.session = session;
        this.secrets = secrets;
        this.channels = channels;
    }

    int run(List<String> words) {
        if (words.isEmpty()) {
            throw new UsageException("'account' needs a subcommand; usage: switchboard " + USAGE);
        }
        List<String> rest = words.subList(1, words.size());
        return switch (words.getFirst()) {
            case "add" -> add(Arguments.parse("account add", rest,
                    Set.of("--kind", "--address", "--server", "--transport", "--trust"), Set.of("--password-stdin", "--json", "--no-check")));
            case "list" -> list(Arguments.parse("account list", rest, Set.of(), Set.of("--json")));
            case "remove" -> remove(Arguments.parse("account remove", rest, Set.of("--kind"), Set.of()));
            default -> throw new UsageException("unknown subcommand 'account " + words.getFirst() + "'; usage: switchboard " + USAGE);
        };
    }

    private int add(Arguments args) {
        args.positional(0, USAGE);
        Account account = accountFrom(args);
        if (!args.flag("--password-stdin")) {
            throw new UsageException("give the password on standard input with --password-stdin (never on the command line)");
        }
        char[] password = readPassword();
        AccountRepository accounts = session.accounts();
        try {
            secrets.store(account.key(), password);
        } finally {
            Arrays.fill(password, '\0');
        }
        try {
            accounts.save(account);
        } catch (RuntimeException e) {
            secrets.delete(account.key());
            throw e;
        }
        if (!args.flag("--no-check")) {
            check(account);
        }
        if (args.flag("--json")) {
            session.out().println(Json.write(json(account)));
        } else {
            session.out().println("added " + account.key());
        }
        return ExitStatus.OK;
    }

    /** Connects once; on failure forgets the account and its password again and says why, in one line. */
    private void check(Account account) {
        var factory = channels.stream().filter(f -> f.kind() == account.kind()).findFirst();
        if (factory.isEmpty()) {
            return;
        }
        var problem = ConnectionCheck.check(factory.get(), account, secrets, CHECK_DEADLINE);
        if (problem.isEmpty()) {
            return;
        }
        session.accounts().remove(account.kind(), account.address());
        secrets.delete(account.key());
        String why = switch (problem.get()) {
            case ChannelException.CertificateRejected rejected -> "the server's certificate is not trusted: "
                    + rejected.sha256Fingerprint() + ". If you recognise this fingerprint, run account add again with --trust "
                    + rejected.sha256Fingerprint();
            case ChannelException other -> other.getMessage() + " (add --no-check to keep the account anyway)";
        };
        throw new CommandFailure(account.key() + " was not added: " + why, ExitStatus.FAILURE);
    }

    private static Account accountFrom(Arguments args) {
        EndpointKind kind = kind(args.option("--kind").orElseThrow(() -> new UsageException("account add needs --kind xmpp|sip")));
        String rawAddress = args.option("--address").orElseThrow(() -> new UsageException("account add needs --address"));
        try {
            String address = Addresses.parse(kind, rawAddress).address();
            String server = args.option("--server").map(Account::checkServer).orElse("");
            String transport = transport(kind, args.option("--transport").orElse(""));
            List<String> trusted = args.option("--trust").map(Account::normaliseFingerprint).map(List::of).orElse(List.of());
            return new Account(kind, address, server, transport, true, trusted);
        } catch (InvalidAddressException e) {
            throw new UsageException(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static EndpointKind kind(String id) {
        return EndpointKind.fromId(id).filter(SUPPORTED::contains)
                .orElseThrow(() -> new UsageException("--kind must be xmpp or sip, not '" + id + "'"));
    }

    private static String transport(EndpointKind kind, String transport) {
        if (transport.isEmpty()) {
            return kind == EndpointKind.SIP ? "udp" : "";
        }
        if (kind != EndpointKind.SIP) {
            throw new UsageException("--transport is only for SIP accounts");
        }
        if (!Set.of("udp", "tcp", "tls").contains(transport)) {
            throw new UsageException("--transport must be udp, tcp or tls, not '" + transport + "'");
        }
        return transport;
    }

    private char[] readPassword() {
        try {
            BufferedReader in = new BufferedReader(new InputStreamReader(session.in(), StandardCharsets.UTF_8));
            String line = in.readLine();
            if (line == null || line.isEmpty()) {
                throw new CommandFailure("no password on standard input (--password-stdin reads its first line)", ExitStatus.FAILURE);
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw new CommandFailure("cannot read the password from standard input: " + e.getMessage(), e);
        }
    }

    private int list(Arguments args) {
        args.positional(0, "account list [--json]");
        List<Account> all = session.accounts().findAll();
        if (args.flag("--json")) {
            session.out().println(Json.write(all.stream().map(AccountCommand::json).toList()));
        } else {
            all.forEach(a -> session.out().println(a.key() + (a.server().isEmpty() ? "" : "  via " + a.server())
                    + (a.transport().isEmpty() ? "" : "/" + a.transport()) + (a.enabled() ? "" : "  (disabled)")));
        }
        return ExitStatus.OK;
    }

    private int remove(Arguments args) {
        String given = args.positional(1, "account remove ADDRESS [--kind xmpp|sip]").getFirst();
        Account account = find(given, args.option("--kind").map(AccountCommand::kind).orElse(null));
        session.accounts().remove(account.kind(), account.address());
        secrets.delete(account.key());
        session.out().println("removed " + account.key());
        return ExitStatus.OK;
    }

    private Account find(String given, @org.jspecify.annotations.Nullable EndpointKind kind) {
        List<Account> matches = session.accounts().findAll().stream()
                .filter(a -> kind == null || a.kind() == kind)
                .filter(a -> a.key().equalsIgnoreCase(given) || a.address().equalsIgnoreCase(given)
                        || a.address().equalsIgnoreCase("sip:" + given))
                .toList();
        if (matches.isEmpty()) {
            throw new CommandFailure("there is no account " + given, ExitStatus.FAILURE);
        }
        if (matches.size() > 1) {
            throw new UsageException("'" + given + "' names " + matches.size() + " accounts; add --kind xmpp or --kind sip");
        }
        return matches.getFirst();
    }

    static Map<String, Object> json(Account account) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", account.key());
        json.put("kind", account.kind().id());
        json.put("address", account.address());
        json.put("server", account.server());
        json.put("transport", account.transport());
        json.put("enabled", account.enabled());
        json.put("trusted", account.trustedFingerprints());
        return json;
    }
}
