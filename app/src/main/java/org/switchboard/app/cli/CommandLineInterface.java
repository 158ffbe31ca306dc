package org.switchboard.app.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.app.channels.ChannelFactory;
import org.switchboard.app.channels.SharedMedia;
import org.switchboard.app.doctor.Doctor;
import org.switchboard.app.local.LocalApiClient;
import org.switchboard.media.MediaEngine;
import java.util.Optional;
import java.util.function.Supplier;
import org.switchboard.app.profile.Profile;
import org.switchboard.app.reach.ReachContext;
import org.switchboard.app.secrets.OsSecretStore;
import org.switchboard.app.secrets.SecretStore;
import org.switchboard.app.system.DesktopUriOpener;
import org.switchboard.app.system.UriOpener;

/**
 * {@code switchboard [--profile DIR] [VERB ...]}: with no verb the GUI starts; with one, the command
 * runs on the same profile and the process exits with its status.
 */
public final class CommandLineInterface {
    /** Returned by {@link #run} when the GUI was started (and has exited). */
    public static final int GUI_STARTED = -1;

    private static final Logger LOG = LoggerFactory.getLogger(CommandLineInterface.class);
    private static final Set<String> PLANNED = Set.of("open");
    static final String HELP = """
            Usage: switchboard [--profile DIR] [COMMAND]

            With no command, starts the Switchboard window.

            Commands:
              contacts import FILE.vcf [--json]     import vCard 2.1/3.0/4.0 (one transaction; report of skipped cards)
              contacts export FILE.vcf              export every person as vCard 4.0
              contacts list [--query TEXT] [--json] list persons, optionally filtered as in the search field
              contacts duplicates [--json]          pairs of persons sharing an email, phone number or IM address
              contacts merge KEEP_ID ABSORB_ID      merge ABSORB_ID into KEEP_ID, keeping every address of both
              contacts unmerge ID                   restore person ID, merged into someone earlier, as before
              account add --kind xmpp|sip --address ADDRESS [--server HOST:PORT] [--transport udp|tcp|tls]
                          --password-stdin [--trust SHA256:FINGERPRINT] [--no-check]
                                                    add an account; the password (first line of stdin) goes to the OS secret store.
                                                    Without --server the server is found by DNS SRV. The account is tried
                                                    once first (unless --no-check) and is not kept when that fails; an
                                                    unknown certificate is refused unless --trust names its fingerprint
                                                    (the message shows it)
              account list [--json]                 the accounts of the profile
              account remove ADDRESS [--kind xmpp|sip]
              reach PERSON [--intent any|chat|call|email] [--dry-run] [--json]
                                                    the best way to reach PERSON (an id, a name or an address)
              send ADDRESS TEXT [--account KEY]     send a chat message with an enabled account of the address's kind (the
                                                    first, or KEY): XMPP, or SIP MESSAGE to a sip: address; succeeds
                                                    once it was acknowledged; stored in the history
              call ADDRESS [--duration S] [--account KEY] [--json]
                                                    call a SIP address or phone number with an enabled SIP account,
                                                    talk S seconds (default: until they hang up), then hang up and
                                                    report the outcome and the audio's figures (codec, packets, loss,
                                                    jitter, round trip, MOS); exit 0 when answered
              doctor [--json]                       check each account's server, password, TLS certificate and login or
                                                    registration, and the audio devices, in plain words; exit 1 when
                                                    something is in the way
              presence [PERSON] [--json]            connect the XMPP accounts and show everyone's presence (or PERSON's):
                                                    the best over their addresses, then per address. --json: a list of
                                                    {id, name, presence, endpoints: [{kind, address, presence, status,
                                                    capabilities, capabilitiesKnown}]}; presence is one of unknown,
                                                    offline, extended_away, busy, away, available, chat
              presence set available|away|busy|invisible|offline [--message TEXT]
                                                    store your own status in the profile (the window uses it at start)
                                                    and publish it on every XMPP account
              history search TEXT [--limit N] [--json]
                                                    search every stored message (words in any order,
                                                    accents and case ignored, the last word as a prefix)

            Options:
              --profile DIR   the profile directory (default: $SWITCHBOARD_PROFILE, else $XDG_DATA_HOME/switchboard)
              --help          this text
              --version       the version

            Exit status: 0 success, 1 failure, 2 usage error, 3 'reach' found no way to reach the person.
            """;

    private final PrintStream out;
    private final PrintStream err;
    private final InputStream in;
    private final Map<String, String> env;
    private final GuiStarter gui;
    private final UriOpener opener;
    private final ReachContext reachContext;
    private final Clock clock;
    private final SecretStore secrets;
    private final List<ChannelFactory> channels;
    private Supplier<Optional<MediaEngine>> media = Optional::empty;

    public CommandLineInterface(PrintStream out, PrintStream err, InputStream in, Map<String, String> env, GuiStarter gui,
                                UriOpener opener, ReachContext reachContext, Clock clock, SecretStore secrets) {
        this(out, err, in, env, gui, opener, reachContext, clock, secrets, ChannelFactory.standard());
    }

    /** With the channel factories to connect accounts with (tests pass one that trusts their server's authority). */
    public CommandLineInterface(PrintStream out, PrintStream err, InputStream in, Map<String, String> env, GuiStarter gui,
                                UriOpener opener, ReachContext reachContext, Clock clock, SecretStore secrets,
                                List<ChannelFactory> channels) {
        this.out = out;
        this.err = err;
        this.in = in;
        this.env = env;
        this.gui = gui;
        this.opener = opener;
        this.reachContext = reachContext;
        this.clock = clock;
        this.secrets = secrets;
        this.channels = List.copyOf(channels);
    }

    /** The real command: system streams and environment, the JavaFX GUI, the desktop's URI handler, libjitsi for audio. */
    public static CommandLineInterface standard(GuiStarter gui) {
        return new CommandLineInterface(System.out, System.err, System.in, System.getenv(), gui, new DesktopUriOpener(),
                ReachContext.NO_ACCOUNTS, Clock.systemDefaultZone(), new OsSecretStore()).withMedia(() -> Optional.of(SharedMedia.engine()));
    }

    /** The audio engine {@code doctor} checks (none by default: tests do not load libjitsi). */
    public CommandLineInterface withMedia(Supplier<Optional<MediaEngine>> engine) {
        this.media = engine;
        return this;
    }

    public int run(String[] argv) {
        try {
            return dispatch(List.of(argv));
        } catch (UsageException e) {
            err.println("switchboard: " + e.getMessage() + " (see switchboard --help)");
            return ExitStatus.USAGE;
        } catch (CommandFailure e) {
            LOG.debug("command failed", e);
            err.println("switchboard: " + e.getMessage());
            return e.status();
        } catch (RuntimeException e) {
            // one plain line for the user; the stack trace only at debug level (SWITCHBOARD_LOG_LEVEL=debug)
            LOG.debug("command failed", e);
            err.println("switchboard: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return ExitStatus.FAILURE;
        }
    }

    private int dispatch(List<String> argv) {
        List<String> words = new ArrayList<>();
        @Nullable String profileOption = null;
        for (int i = 0; i < argv.size(); i++) {
            String word = argv.get(i);
            if (word.equals("--profile") || word.startsWith("--profile=")) {
                if (word.contains("=")) {
                    profileOption = word.substring(word.indexOf('=') + 1);
                } else if (i + 1 < argv.size()) {
                    profileOption = argv.get(++i);
                } else {
                    throw new UsageException("--profile needs a directory");
                }
            } else {
                words.add(word);
            }
        }
        Profile profile = Profile.resolve(profileOption, env);
        SharedMedia.useProfile(profile.directory());
        if (words.isEmpty() || words.getFirst().startsWith("-psn") || isGuiOption(words.getFirst())) {
            return startGui(profile, words);
        }
        String verb = words.getFirst();
        List<String> rest = words.subList(1, words.size());
        if (verb.equals("--help") || verb.equals("-h") || verb.equals("help")) {
            out.print(HELP);
            return ExitStatus.OK;
        }
        if (verb.equals("--version")) {
            out.println("switchboard " + version());
            return ExitStatus.OK;
        }
        try (Session session = new Session(profile, out, err, in)) {
            return switch (verb) {
                case "contacts" -> new ContactsCommand(session).run(rest);
                case "account" -> new AccountCommand(session, secrets, channels).run(rest);
                case "send" -> new SendCommand(session, secrets, channels).run(rest);
                case "call" -> new CallCommand(session, secrets, channels).run(rest);
                case "doctor" -> new DoctorCommand(session, new Doctor(secrets, channels, media)).run(rest);
                case "presence" -> new PresenceCommand(session, secrets, channels).run(rest);
                case "history" -> new HistoryCommand(session).run(rest);
                case "reach" -> new ReachCommand(session, reachContext, opener, clock).run(rest);
                default -> throw PLANNED.contains(verb)
                        ? new CommandFailure("'" + verb + "' is not available in this version yet", ExitStatus.FAILURE)
                        : new UsageException("unknown command '" + verb + "'");
            };
        }
    }

    private int startGui(Profile profile, List<String> args) {
        Optional<Integer> handedOver = handOverToRunningWindow(profile, args);
        if (handedOver.isPresent()) {
            return handedOver.get();
        }
        int status = gui.start(profile.ensureExists(), args);
        return status == ExitStatus.OK ? GUI_STARTED : status;
    }

    /** One window per profile: a second start brings the running one forward and hands it the links. */
    private Optional<Integer> handOverToRunningWindow(Profile profile, List<String> args) {
        LocalApiClient running = new LocalApiClient(profile.directory());
        List<String> links = args.stream().filter(CommandLineInterface::isHandledUri).toList();
        List<Optional<LocalApiClient.Reply>> replies = links.isEmpty() ? List.of(running.show())
                : links.stream().map(running::open).toList();
        if (replies.stream().anyMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        replies.stream().map(Optional::get).forEach(reply -> (reply.ok() ? out : err).println(
                (reply.ok() ? "" : "switchboard: ") + reply.text()));
        return Optional.of(replies.stream().allMatch(r -> r.get().ok()) ? ExitStatus.OK : ExitStatus.FAILURE);
    }

    private static boolean isGuiOption(String word) {
        return word.startsWith("-D") || word.equals("--minimized") || isHandledUri(word);
    }

    /**
     * A link the desktop hands over ({@code Exec=switchboard %u}): xmpp:, sip:, sips: or tel:. The GUI
     * starts with it; {@code mailto:} is never ours (mail goes to the system's mail client).
     */
    private static boolean isHandledUri(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("xmpp:") || lower.startsWith("sip:") || lower.startsWith("sips:") || lower.startsWith("tel:");
    }

    private static String version() {
        String version = CommandLineInterface.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }
}
