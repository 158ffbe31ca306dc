package org.switchboard.app.cli;

import java.util.stream.Collectors;
import org.switchboard.contacts.Person;

/** One person as one line of plain text: {@code 42  Barbie Roberts (Mattel)  email:barbie@… phone:+49…}. */
final class PersonLine {
    private PersonLine() {}

    static String of(Person person) {
        String org = person.organization().isBlank() ? "" : " (" + person.organization() + ")";
        String endpoints = person.endpoints().stream()
                .map(e -> e.kind().id() + ":" + e.address())
                .collect(Collectors.joining(" "));
        return String.format("%-6s %s%s  %s", person.id(), person.displayName(), org, endpoints).stripTrailing();
    }
}
