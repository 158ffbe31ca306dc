package org.switchboard.contacts;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A person in the address book with every address they can be reached at.
 *
 * @param id the stored identity; {@code null} until the person is first saved
 * @param displayName the name shown everywhere (vCard FN)
 * @param name the structured name (vCard N); {@link PersonName#EMPTY} when unknown
 * @param organization organisation (vCard ORG), empty when none
 * @param title job title (vCard TITLE), empty when none
 * @param note free note (vCard NOTE), empty when none
 * @param birthday vCard BDAY, or {@code null}
 * @param photo the picture (vCard PHOTO), or {@code null}
 * @param categories groups the person is in (vCard CATEGORIES; XMPP roster groups)
 * @param endpoints every validated address, in the user's order
 * @param preferredChannel how the user prefers to reach this person, or {@code null} for "let Reach decide"
 * @param extraVcard vCard properties Switchboard does not model, kept verbatim so an export loses nothing
 */
public record Person(
        @Nullable PersonId id,
        String displayName,
        PersonName name,
        String organization,
        String title,
        String note,
        @Nullable LocalDate birthday,
        @Nullable Photo photo,
        List<String> categories,
        List<Endpoint> endpoints,
        @Nullable ChannelKind preferredChannel,
        String extraVcard) {

    public Person {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(extraVcard, "extraVcard");
        categories = List.copyOf(categories);
        endpoints = List.copyOf(endpoints);
    }

    /** A new, unsaved person with only a name and addresses. */
    public static Person named(String displayName, Endpoint... endpoints) {
        return new Person(null, displayName, PersonName.EMPTY, "", "", "", null, null, List.of(),
                List.of(endpoints), null, "");
    }

    public Optional<PersonId> storedId() {
        return Optional.ofNullable(id);
    }

    public Person withId(PersonId newId) {
        return new Person(newId, displayName, name, organization, title, note, birthday, photo,
                categories, endpoints, preferredChannel, extraVcard);
    }

    public Person withEndpoints(List<Endpoint> newEndpoints) {
        return new Person(id, displayName, name, organization, title, note, birthday, photo,
                categories, newEndpoints, preferredChannel, extraVcard);
    }

    public Person withCategories(java.util.Collection<String> newCategories) {
        return new Person(id, displayName, name, organization, title, note, birthday, photo,
                List.copyOf(newCategories), endpoints, preferredChannel, extraVcard);
    }

    public Person withPreferredChannel(@Nullable ChannelKind channel) {
        return new Person(id, displayName, name, organization, title, note, birthday, photo,
                categories, endpoints, channel, extraVcard);
    }

    /** The endpoints of one kind, in order. */
    public List<Endpoint> endpoints(EndpointKind kind) {
        return endpoints.stream().filter(e -> e.kind() == kind).toList();
    }
}
