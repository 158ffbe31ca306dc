package org.switchboard.app.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.switchboard.contacts.history.Direction;
import org.switchboard.contacts.history.MessageRecord;
import org.switchboard.contacts.history.SearchHit;

/** {@code switchboard history search TEXT... [--json] [--limit N]}: full-text search over every stored message. */
final class HistoryCommand {
    static final String USAGE = "history search TEXT [--json] [--limit N]";
    private static final int DEFAULT_LIMIT = 20;

    private final Session session;

    HistoryCommand(Session session) {
        this.session = session;
    }

    int run(List<String> words) {
        if (words.isEmpty()) {
            throw new UsageException("'history' needs a subcommand; usage: switchboard " + USAGE);
        }
        List<String> rest = words.subList(1, words.size());
        return switch (words.getFirst()) {
            case "search" -> search(Arguments.parse("history search", rest, Set.of("--limit"), Set.of("--json")));
            default -> throw new UsageException("unknown subcommand 'history " + words.getFirst() + "'; usage: switchboard " + USAGE);
        };
    }

    private int search(Arguments args) {
        String text = String.join(" ", args.atLeastOne(USAGE));
        int limit = limit(args);
        List<SearchHit> hits = session.history().search(text, limit);
        if (args.flag("--json")) {
            session.out().println(Json.write(hits.stream().map(HistoryCommand::json).toList()));
        } else {
            hits.forEach(hit -> session.out().println(line(hit)));
        }
        return ExitStatus.OK;
    }

    private static int limit(Arguments args) {
        String value = args.option("--limit").orElse(Integer.toString(DEFAULT_LIMIT));
        if (!value.matches("[1-9][0-9]{0,4}")) {
            throw new UsageException("--limit needs a number from 1 to 99999, not '" + value + "'");
        }
        return Integer.parseInt(value);
    }

    /** {@code 2026-11-21T10:00:00Z <- ken@chat.example.org (Ken Carson): …the [invoice] is…} */
    static String line(SearchHit hit) {
        MessageRecord message = hit.message();
        String arrow = switch (message.direction()) {
            case IN -> "<-";
            case OUT -> "->";
        };
        String who = hit.personName() == null ? message.peer().address()
                : message.peer().address() + " (" + hit.personName() + ")";
        String snippet = hit.snippet().marked("[", "]").replaceAll("[\\r\\n\\t]+", " ");
        return message.at() + " " + arrow + " " + who + ": " + snippet;
    }

    static Map<String, Object> json(SearchHit hit) {
        MessageRecord message = hit.message();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", message.id() == null ? null : message.id().value());
        json.put("at", message.at().toString());
        json.put("direction", message.direction() == Direction.IN ? "in" : "out");
        json.put("account", message.account());
        json.put("peer", Map.of("kind", message.peer().kind().id(), "address", message.peer().address()));
        json.put("person", person(hit));
        json.put("body", message.body());
        json.put("corrected", message.corrected());
        json.put("snippet", hit.snippet().text());
        json.put("highlights", hit.snippet().highlights().stream().map(r -> List.of(r[0], r[1])).toList());
        return json;
    }

    private static Object person(SearchHit hit) {
        if (hit.message().person() == null || hit.personName() == null) {
            return null;
        }
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("id", hit.message().person().value());
        person.put("name", hit.personName());
        return person;
    }
}
