package org.switchboard.app.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.PersonId;
import org.switchboard.contacts.merge.MergeSuggestion;
import org.switchboard.contacts.merge.MergeSuggestions;

/** {@code contacts duplicates [--json]}, {@code contacts merge KEEP_ID ABSORB_ID} and {@code contacts unmerge ID}. */
final class MergeCommands {
    private final Session session;

    MergeCommands(Session session) {
        this.session = session;
    }

    int duplicates(Arguments args) {
        args.positional(0, "contacts duplicates [--json]");
        List<MergeSuggestion> suggestions = MergeSuggestions.find(session.repository().findAll());
        if (args.flag("--json")) {
            session.out().println(Json.write(suggestions.stream().map(MergeCommands::json).toList()));
        } else {
            suggestions.forEach(s -> session.out().printf("%s %s  +  %s %s  (%s)%n", s.first().id(),
                    s.first().displayName(), s.second().id(), s.second().displayName(), s.reason()));
        }
        return ExitStatus.OK;
    }

    int merge(Arguments args) {
        List<String> ids = args.positional(2, "contacts merge KEEP_ID ABSORB_ID");
        PersonId keep = id(ids.get(0), "KEEP_ID");
        PersonId absorb = id(ids.get(1), "ABSORB_ID");
        if (keep.equals(absorb)) {
            throw new UsageException("cannot merge person " + keep + " into itself");
        }
        Person survivor;
        try {
            survivor = session.merging().merge(keep, absorb);
        } catch (NoSuchElementException e) {
            throw new CommandFailure(e.getMessage() + " (nothing was merged)", e);
        }
        session.out().println("merged " + absorb + " into " + PersonLine.of(survivor));
        return ExitStatus.OK;
    }

    int unmerge(Arguments args) {
        PersonId absorbed = id(args.positional(1, "contacts unmerge ID").getFirst(), "ID");
        Person restored;
        try {
            restored = session.merging().unmerge(absorbed);
        } catch (NoSuchElementException e) {
            throw new CommandFailure(e.getMessage() + " (nothing was unmerged)", e);
        }
        session.out().println("restored " + PersonLine.of(restored));
        return ExitStatus.OK;
    }

    private static PersonId id(String word, String name) {
        try {
            return new PersonId(Long.parseLong(word));
        } catch (IllegalArgumentException e) {
            throw new UsageException(name + " must be a person id (a positive number, see 'contacts list'), not '" + word + "'");
        }
    }

    private static Map<String, Object> json(MergeSuggestion suggestion) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("first", brief(suggestion.first()));
        json.put("second", brief(suggestion.second()));
        json.put("reason", suggestion.reason());
        return json;
    }

    private static Map<String, Object> brief(Person person) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", person.id() == null ? null : person.id().value());
        json.put("name", person.displayName());
        return json;
    }
}
