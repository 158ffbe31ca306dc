package org.switchboard.contacts.vcard;

import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.ImageType;
import ezvcard.property.Birthday;
import ezvcard.property.Categories;
import ezvcard.property.Email;
import ezvcard.property.Impp;
import ezvcard.property.Organization;
import ezvcard.property.RawProperty;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.VCardProperty;
import ezvcard.util.TelUri;
import java.util.List;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.PersonName;
import org.switchboard.contacts.Photo;

/** A person as a vCard of the target version, with its kept extra properties. */
final class PersonToVcard {
    private final VCardVersion version;
    private int labelGroups;

    private PersonToVcard(VCardVersion version) {
        this.version = version;
    }

    static VCard convert(Person person, VCardVersion version) {
        return new PersonToVcard(version).card(person);
    }

    private VCard card(Person p) {
        VCard card = new VCard(version);
        card.setFormattedName(p.displayName());
        if (!p.name().isEmpty() || version == VCardVersion.V3_0) {
            card.setStructuredName(name(p.name()));
        }
        p.endpoints().forEach(e -> endpoint(card, e));
        if (!p.organization().isEmpty()) {
            Organization org = new Organization();
            org.getValues().addAll(List.of(p.organization().split("; ")));
            card.setOrganization(org);
        }
        if (!p.title().isEmpty()) {
            card.addTitle(p.title());
        }
        if (!p.note().isEmpty()) {
            card.addNote(p.note());
        }
        if (p.birthday() != null) {
            card.setBirthday(new Birthday(p.birthday()));
        }
        if (p.photo() != null) {
            card.addPhoto(photo(p.photo()));
        }
        if (!p.categories().isEmpty()) {
            Categories categories = new Categories();
            categories.getValues().addAll(p.categories());
            card.setCategories(categories);
        }
        ExtraCodec.decode(p.extraVcard()).forEach(card::addProperty);
        return card;
    }

    private static StructuredName name(PersonName name) {
        StructuredName n = new StructuredName();
        n.setFamily(name.family());
        n.setGiven(name.given());
        addIfPresent(n.getAdditionalNames(), name.additional());
        addIfPresent(n.getPrefixes(), name.prefix());
        addIfPresent(n.getSuffixes(), name.suffix());
        return n;
    }

    private static void addIfPresent(List<String> list, String value) {
        if (!value.isEmpty()) {
            list.add(value);
        }
    }

    private void endpoint(VCard card, Endpoint endpoint) {
        VCardProperty property = switch (endpoint.kind()) {
            case EMAIL -> new Email(endpoint.address());
            case PHONE -> version == VCardVersion.V4_0
                    ? new Telephone(TelUri.parse("tel:" + endpoint.address()))
                    : new Telephone(endpoint.address());
            case XMPP, SIP -> new Impp(endpoint.uri());
        };
        List<String> types = Labels.toTypes(endpoint.label());
        if (!types.isEmpty()) {
            types.forEach(property.getParameters()::addType);
        } else if (!endpoint.label().isEmpty()) {
            String group = "sb" + (++labelGroups);
            property.setGroup(group);
            RawProperty label = new RawProperty("X-ABLabel", endpoint.label());
            label.setGroup(group);
            card.addProperty(property);
            card.addProperty(label);
            return;
        }
        card.addProperty(property);
    }

    private static ezvcard.property.Photo photo(Photo photo) {
        ImageType type = photo.mediaType().isEmpty() ? null : ImageType.get(null, photo.mediaType(), null);
        if (photo.data().length > 0) {
            return new ezvcard.property.Photo(photo.data(), type);
        }
        return new ezvcard.property.Photo(photo.url(), type);
    }
}
