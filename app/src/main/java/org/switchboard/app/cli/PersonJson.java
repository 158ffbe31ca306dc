package org.switchboard.app.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.reach.ReachOption;

/** The JSON shapes of persons and Reach options, one place for the CLI's output contract. */
final class PersonJson {
    private PersonJson() {}

    static Map<String, Object> person(Person person) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", person.id() == null ? null : person.id().value());
        json.put("name", person.displayName());
        json.put("organization", person.organization());
        json.put("title", person.title());
        json.put("categories", person.categories());
        json.put("endpoints", person.endpoints().stream().map(PersonJson::endpoint).toList());
        return json;
    }

    static Map<String, Object> endpoint(Endpoint endpoint) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", endpoint.kind().id());
        json.put("address", endpoint.address());
        json.put("label", endpoint.label());
        json.put("uri", endpoint.uri());
        return json;
    }

    static Map<String, Object> option(ReachOption option) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("channel", option.channel().id());
        json.put("kind", option.endpoint().kind().id());
        json.put("address", option.endpoint().address());
        json.put("uri", option.endpoint().uri());
        json.put("reason", option.reason());
        return json;
    }

    static List<Map<String, Object>> persons(List<Person> persons) {
        return persons.stream().map(PersonJson::person).toList();
    }
}
