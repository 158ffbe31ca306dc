package org.switchboard.app.cli;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.switchboard.app.reach.ReachContext;
import org.switchboard.app.reach.ReachService;
import org.switchboard.app.system.UriOpener;
import org.switchboard.contacts.ChannelKind;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.PersonLookup;
import org.switchboard.contacts.reach.Intent;
import org.switchboard.contacts.reach.ReachOption;
import org.switchboard.contacts.reach.ReachResult;

/** {@code switchboard reach PERSON [--intent any|chat|call|email] [--dry-run] [--json]}. */
final class ReachCommand {
    static final String USAGE = "reach PERSON [--intent any|chat|call|email] [--dry-run] [--json]";

    private final Session session;
    private final ReachContext context;
    private final UriOpener opener;
    private final Clock clock;

    ReachCommand(Session session, ReachContext context, UriOpener opener, Clock clock) {
        this.session = session;
        this.context = context;
        this.opener = opener;
        this.clock = clock;
    }

    int run(List<String> words) {
        Arguments args = Arguments.parse("reach", words, Set.of("--intent"), Set.of("--dry-run", "--json"));
        String who = args.positional(1, USAGE).getFirst();
        Intent intent = args.option("--intent")
                .map(i -> Intent.fromId(i).orElseThrow(() -> new UsageException("--intent must be any, chat, call or email, not '" + i + "'")))
                .orElse(Intent.ANY);
        Person person = resolve(who);
        ReachService service = new ReachService(session.repository(), context, clock);
        ReachResult result = service.decide(person, intent);
        if (args.flag("--json")) {
            session.out().println(Json.write(json(person, intent, result)));
        }
        return switch (result) {
            case ReachResult.Unreachable u -> {
                session.err().println(u.reason());
                yield ExitStatus.UNREACHABLE;
            }
            case ReachResult.Reachable r -> {
                if (!args.flag("--json")) {
                    session.out().println(describe(r.options().getFirst()));
                }
                if (!args.flag("--dry-run")) {
                    act(service, person, r.options().getFirst());
                }
                yield ExitStatus.OK;
            }
        };
    }

    private Person resolve(String who) {
        return switch (new PersonLookup(session.repository()).resolve(who)) {
            case PersonLookup.Result.Found f -> f.person();
            case PersonLookup.Result.NotFound n -> throw new CommandFailure(n.message(), ExitStatus.FAILURE);
            case PersonLookup.Result.Ambiguous a -> throw new CommandFailure(a.message(), ExitStatus.FAILURE);
        };
    }

    private void act(ReachService service, Person person, ReachOption option) {
        if (option.channel() != ChannelKind.EMAIL) {
            throw new CommandFailure(option.channel().label() + " is not available in this version yet: no "
                    + option.endpoint().kind().label() + " channel exists", ExitStatus.FAILURE);
        }
        try {
            opener.open(option.endpoint().uri());
        } catch (IllegalStateException e) {
            throw new CommandFailure(e.getMessage(), e);
        }
        service.recordUse(person, option.channel());
    }

    private static String describe(ReachOption option) {
        return option.channel().id() + " " + option.endpoint().uri() + " — " + option.reason();
    }

    private static Map<String, Object> json(Person person, Intent intent, ReachResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("person", Map.of("id", person.id() == null ? 0 : person.id().value(), "name", person.displayName()));
        json.put("intent", intent.id());
        switch (result) {
            case ReachResult.Reachable r -> {
                ReachOption best = r.options().getFirst();
                json.put("reachable", true);
                json.put("channel", best.channel().id());
                json.put("address", best.endpoint().address());
                json.put("uri", best.endpoint().uri());
                json.put("reason", best.reason());
                json.put("options", r.options().stream().map(PersonJson::option).toList());
            }
            case ReachResult.Unreachable u -> {
                json.put("reachable", false);
                json.put("channel", null);
                json.put("address", null);
                json.put("reason", u.reason());
                json.put("options", List.of());
            }
        }
        return json;
    }
}
