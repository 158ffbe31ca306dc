package org.switchboard.app.cli;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.switchboard.app.channels.AccountStatus;
import org.switchboard.app.channels.ChannelFactory;
import org.switchboard.app.local.LocalApiClient;
import org.switchboard.app.channels.OwnStatusSetting;
import org.switchboard.app.reach.ReachContext;
import org.switchboard.app.secrets.SecretStore;
import org.switchboard.channels.api.ChannelState;
import org.switchboard.channels.api.OwnPresence.OwnStatus;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.EndpointStatus;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.PersonLookup;

/**
 * {@code switchboard presence [PERSON] [--json]}: connects the XMPP accounts, waits for the roster and
 * the first burst of presence, prints what is known; {@code presence set MODE [--message TEXT]}
 * stores the user's own status in the profile and publishes it by connecting briefly.
 */
final class PresenceCommand {
    static final String USAGE = "presence [PERSON] [--json] | presence set available|away|busy|invisible|offline [--message TEXT]";
    /** After the accounts are up: stop when no presence came for this long… */
    private static final Duration QUIET = Duration.ofMillis(400);
    /** …or after this long at most. */
    private static final Duration BURST_DEADLINE = Duration.ofSeconds(3);
    private final Session session;
    private final SecretStore secrets;
    private final List<ChannelFactory> factories;

    PresenceCommand(Session session, SecretStore secrets, List<ChannelFactory> factories) {
        this.session = session;
        this.secrets = secrets;
        this.factories = factories;
    }

    int run(List<String> words) {
        if (!words.isEmpty() && words.getFirst().equals("set")) {
            return set(Arguments.parse("presence set", words.subList(1, words.size()), Set.of("--message"), Set.of()));
        }
        Arguments args = Arguments.parse("presence", words, Set.of(), Set.of("--json"));
        List<String> who = args.positionals();
        if (who.size() > 1) {
            throw new UsageException("too many arguments for 'presence' (quote a name with spaces); usage: switchboard " + USAGE);
        }
        try (ChannelRun run = new ChannelRun(session, secrets, factories, a -> a.kind() == EndpointKind.XMPP)) {
            BlockingQueue<EndpointStatus> burst = new LinkedBlockingQueue<>();
            run.hub().onPresence(burst::add);
            boolean anyConnected = reportProblems(run.connect());
            if (!anyConnected) {
                throw new CommandFailure("no XMPP account is connected, so no presence is known", ExitStatus.FAILURE);
            }
            awaitBurst(burst);
            List<Person> persons = who.isEmpty() ? withXmpp() : List.of(resolve(who.getFirst()));
            print(persons, run.hub().reachContext(), args.flag("--json"));
        }
        return ExitStatus.OK;
    }

    private boolean reportProblems(List<AccountStatus> statuses) {
        boolean any = false;
        for (AccountStatus status : statuses) {
            if (status.state() instanceof ChannelState.Connected) {
                any = true;
            } else {
                session.err().println("switchboard: " + ChannelRun.problem(status));
            }
        }
        return any;
    }

    private static void awaitBurst(BlockingQueue<EndpointStatus> burst) {
        long end = System.nanoTime() + BURST_DEADLINE.toNanos();
        try {
            while (System.nanoTime() < end && burst.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS) != null) {
                burst.clear();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<Person> withXmpp() {
        return session.repository().findAll().stream().filter(p -> !p.endpoints(EndpointKind.XMPP).isEmpty()).toList();
    }

    private Person resolve(String who) {
        return switch (new PersonLookup(session.repository()).resolve(who)) {
            case PersonLookup.Result.Found f -> f.person();
            case PersonLookup.Result.NotFound n -> throw new CommandFailure(n.message(), ExitStatus.FAILURE);
            case PersonLookup.Result.Ambiguous a -> throw new CommandFailure(a.message(), ExitStatus.FAILURE);
        };
    }

    private void print(List<Person> persons, ReachContext context, boolean json) {
        if (json) {
            session.out().println(Json.write(persons.stream().map(p -> json(p, context)).toList()));
            return;
        }
        for (Person person : persons) {
            session.out().println(person.displayName() + ": " + context.bestPresence(person.endpoints()).label());
            for (var endpoint : person.endpoints()) {
                EndpointStatus status = context.statusOf(endpoint);
                session.out().println("  " + endpoint.uri() + "  " + status.presence().label()
                        + (status.statusText().isEmpty() ? "" : "  \"" + status.statusText() + "\""));
            }
        }
    }

    static Map<String, Object> json(Person person, ReachContext context) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", person.id() == null ? null : person.id().value());
        json.put("name", person.displayName());
        json.put("presence", context.bestPresence(person.endpoints()).id());
        json.put("endpoints", person.endpoints().stream().map(context::statusOf).map(PresenceCommand::json).toList());
        return json;
    }

    private static Map<String, Object> json(EndpointStatus status) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", status.endpoint().kind().id());
        json.put("address", status.endpoint().address());
        json.put("presence", status.presence().id());
        json.put("status", status.statusText());
        json.put("capabilities", status.capabilities().stream().map(c -> c.name().toLowerCase(Locale.ROOT)).sorted().toList());
        json.put("capabilitiesKnown", status.capabilitiesKnown());
        return json;
    }

    private int set(Arguments args) {
        String mode = args.positional(1, USAGE).getFirst();
        OwnStatus status = new OwnStatus(mode(mode), args.option("--message").orElse(""));
        var running = new LocalApiClient(session.profile().directory()).setOwnStatus(status);
        if (running.isPresent()) {
            // the window on this profile holds the connections: it stores and publishes the status itself
            if (!running.get().ok()) {
                throw new CommandFailure("the running Switchboard could not set the status: " + running.get().text(), ExitStatus.FAILURE);
            }
            session.out().println(running.get().text());
            return ExitStatus.OK;
        }
        OwnStatusSetting.store(session.settings(), status);
        if (status.mode() == OwnStatus.Mode.OFFLINE) {
            session.out().println("own status stored: offline");
            return ExitStatus.OK;
        }
        try (ChannelRun run = new ChannelRun(session, secrets, factories, a -> a.kind() == EndpointKind.XMPP)) {
            ChannelRun.await(run.hub().setOwnStatus(status), ChannelRun.CONNECT_DEADLINE, "setting the status");
            List<AccountStatus> statuses = run.connect();
            boolean allPublished = statuses.stream().allMatch(s -> s.state() instanceof ChannelState.Connected);
            reportProblems(statuses);
            statuses.stream().filter(s -> s.state() instanceof ChannelState.Connected)
                    .forEach(s -> session.out().println("own status " + mode + " published on " + s.account().key()));
            if (statuses.isEmpty()) {
                session.out().println("own status stored: " + mode + " (no XMPP account to publish it on)");
            }
            return allPublished ? ExitStatus.OK : ExitStatus.FAILURE;
        }
    }

    private static OwnStatus.Mode mode(String given) {
        try {
            return OwnStatus.Mode.valueOf(given.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("presence set needs available, away, busy, invisible or offline, not '" + given + "'");
        }
    }
}
