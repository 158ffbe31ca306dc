package org.switchboard.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.search.PersonSearchIndex;
import org.switchboard.contacts.vcard.ImportReport;
import org.switchboard.contacts.vcard.VcardExporter;
import org.switchboard.contacts.vcard.VcardImporter;

/**
 * {@code switchboard contacts import FILE | export FILE | list [--query TEXT] [--json] | duplicates [--json]
 * | merge KEEP_ID ABSORB_ID | unmerge ID}.
 */
final class ContactsCommand {
    static final String USAGE = "contacts import FILE.vcf [--json] | contacts export FILE.vcf"
            + " | contacts list [--query TEXT] [--json] | contacts duplicates [--json]"
            + " | contacts merge KEEP_ID ABSORB_ID | contacts unmerge ID";

    private final Session session;

    ContactsCommand(Session session) {
        this.session = session;
    }

    int run(List<String> words) {
        if (words.isEmpty()) {
            throw new UsageException("'contacts' needs a subcommand; usage: switchboard " + USAGE);
        }
        List<String> rest = words.subList(1, words.size());
        return switch (words.getFirst()) {
            case "import" -> importFile(Arguments.parse("contacts import", rest, Set.of(), Set.of("--json")));
            case "export" -> exportFile(Arguments.parse("contacts export", rest, Set.of(), Set.of()));
            case "list" -> list(Arguments.parse("contacts list", rest, Set.of("--query"), Set.of("--json")));
            case "duplicates" -> new MergeCommands(session).duplicates(Arguments.parse("contacts duplicates", rest, Set.of(), Set.of("--json")));
            case "merge" -> new MergeCommands(session).merge(Arguments.parse("contacts merge", rest, Set.of(), Set.of()));
            case "unmerge" -> new MergeCommands(session).unmerge(Arguments.parse("contacts unmerge", rest, Set.of(), Set.of()));
            default -> throw new UsageException("unknown subcommand 'contacts " + words.getFirst() + "'; usage: switchboard " + USAGE);
        };
    }

    private int importFile(Arguments args) {
        Path file = Path.of(args.positional(1, "contacts import FILE.vcf [--json]").getFirst());
        if (!Files.isReadable(file)) {
            throw new CommandFailure("cannot read " + file + ": no such file or not readable", ExitStatus.FAILURE);
        }
        ImportReport report;
        try {
            report = new VcardImporter(session.repository()).importFile(file, new ImportProgressPrinter(session.err(), file));
        } catch (IOException e) {
            throw new CommandFailure("cannot import " + file + ": " + e.getMessage() + " (nothing was stored)", e);
        }
        if (args.flag("--json")) {
            session.out().println(Json.write(reportJson(file, report)));
        } else {
            session.out().printf("%s: %d imported, %d merged, %d skipped%n", file, report.imported(), report.merged(), report.skipped().size());
        }
        report.skipped().forEach(s -> session.err().printf("%s: card %d (line %d) skipped: %s%n", file, s.cardNumber(), s.line(), s.reason()));
        report.warnings().forEach(w -> session.err().printf("%s: %s%n", file, w));
        return ExitStatus.OK;
    }

    private static Map<String, Object> reportJson(Path file, ImportReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", file.toString());
        json.put("imported", report.imported());
        json.put("merged", report.merged());
        json.put("skipped", report.skipped().stream().map(s -> Map.of("card", s.cardNumber(), "line", s.line(), "reason", s.reason())).toList());
        json.put("warnings", report.warnings());
        return json;
    }

    private int exportFile(Arguments args) {
        Path file = Path.of(args.positional(1, "contacts export FILE.vcf").getFirst());
        List<Person> persons = session.repository().findAll();
        try {
            new VcardExporter().export(persons, file);
        } catch (IOException e) {
            throw new CommandFailure("cannot export to " + file + ": " + e.getMessage(), e);
        }
        session.err().printf("%s: %d persons exported%n", file, persons.size());
        return ExitStatus.OK;
    }

    private int list(Arguments args) {
        args.positional(0, "contacts list [--query TEXT] [--json]");
        List<Person> persons = session.repository().findAll();
        String query = args.option("--query").orElse("");
        List<Person> hits = query.isBlank() ? persons : PersonSearchIndex.of(persons).search(query);
        if (args.flag("--json")) {
            session.out().println(Json.write(PersonJson.persons(hits)));
        } else {
            hits.forEach(p -> session.out().println(PersonLine.of(p)));
        }
        return ExitStatus.OK;
    }
}
