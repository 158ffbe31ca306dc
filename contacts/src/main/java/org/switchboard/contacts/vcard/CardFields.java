package org.switchboard.contacts.vcard;

import ezvcard.property.StructuredName;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.PersonName;
import org.switchboard.contacts.Photo;

/**
 * The single-valued fields of a card being read. Each setter returns {@code false} when it cannot
 * take the value (a second FN, a partial birthday), so that the property is kept unmodelled.
 */
final class CardFields {
    private @Nullable String formattedName;
    private @Nullable PersonName name;
    private @Nullable String organization;
    private @Nullable String title;
    private @Nullable String note;
    private @Nullable LocalDate birthday;
    private @Nullable Photo photo;
    private final List<String> categories = new ArrayList<>();

    boolean formattedName(@Nullable String value) {
        if (formattedName != null || value == null || value.isBlank()) {
            return false;
        }
        formattedName = value.strip();
        return true;
    }

    boolean name(StructuredName n) {
        if (name != null) {
            return false;
        }
        name = new PersonName(text(n.getFamily()), text(n.getGiven()), String.join(" ", n.getAdditionalNames()),
                String.join(" ", n.getPrefixes()), String.join(" ", n.getSuffixes()));
        return true;
    }

    boolean organization(List<String> values) {
        if (organization != null || values.isEmpty()) {
            return false;
        }
        StringBuilder joined = new StringBuilder();
        for (String value : values) {
            if (!value.isBlank()) {
                joined.append(joined.isEmpty() ? "" : "; ").append(value);
            }
        }
        organization = joined.toString();
        return true;
    }

    boolean title(@Nullable String value) {
        if (title != null || value == null) {
            return false;
        }
        title = value;
        return true;
    }

    boolean note(@Nullable String value) {
        if (note != null || value == null) {
            return false;
        }
        note = value.replace("\r\n", "\n").replace('\r', '\n');
        return true;
    }

    boolean birthday(@Nullable Temporal date) {
        if (birthday != null || !(date instanceof LocalDate day)) {
            return false;
        }
        birthday = day;
        return true;
    }

    boolean photo(ezvcard.property.Photo value) {
        if (photo != null) {
            return false;
        }
        String mediaType = value.getContentType() == null || value.getContentType().getMediaType() == null
                ? "" : value.getContentType().getMediaType();
        if (value.getData() != null && value.getData().length > 0) {
            photo = new Photo(value.getData(), mediaType, "");
        } else if (value.getUrl() != null && !value.getUrl().isBlank()) {
            photo = new Photo(new byte[0], mediaType, value.getUrl());
        } else {
            return false;
        }
        return true;
    }

    boolean categories(List<String> values) {
        for (String value : values) {
            String category = value.strip();
            if (!category.isEmpty() && !categories.contains(category)) {
                categories.add(category);
            }
        }
        return true;
    }

    boolean hasName() {
        return formattedName != null || (name != null && !name.isEmpty());
    }

    PersonName personName() {
        return name == null ? PersonName.EMPTY : name;
    }

    /** FN, else the name from N, else the organisation, else the first address. */
    String displayName(List<Endpoint> endpoints) {
        if (formattedName != null) {
            return formattedName;
        }
        PersonName n = personName();
        String fromParts = Stream.of(n.prefix(), n.given(), n.additional(), n.family(), n.suffix())
                .filter(s -> !s.isBlank()).collect(Collectors.joining(" "));
        if (!fromParts.isEmpty()) {
            return fromParts;
        }
        if (organization != null && !organization.isEmpty()) {
            return organization;
        }
        return endpoints.isEmpty() ? "" : endpoints.getFirst().address();
    }

    String organizationValue() {
        return organization == null ? "" : organization;
    }

    String titleValue() {
        return title == null ? "" : title;
    }

    String noteValue() {
        return note == null ? "" : note;
    }

    @Nullable LocalDate birthdayValue() {
        return birthday;
    }

    @Nullable Photo photoValue() {
        return photo;
    }

    List<String> categoriesValue() {
        return categories;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
