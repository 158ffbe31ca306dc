package org.switchboard.contacts.vcard;

import ezvcard.VCard;
import ezvcard.property.Birthday;
import ezvcard.property.Categories;
import ezvcard.property.Email;
import ezvcard.property.FormattedName;
import ezvcard.property.Impp;
import ezvcard.property.Note;
import ezvcard.property.Organization;
import ezvcard.property.ProductId;
import ezvcard.property.RawProperty;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Title;
import ezvcard.property.VCardProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.InvalidAddressException;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.PersonName;

/** One parsed vCard as a person; what it cannot model goes to the kept extra properties. */
final class CardMapper {
    private final String where;
    private final CardFields fields = new CardFields();
    private final List<Endpoint> endpoints = new ArrayList<>();
    private final List<VCardProperty> extra = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, String> appleLabels = new HashMap<>();
    private final Set<String> usedLabelGroups = new HashSet<>();
    private final List<RawProperty> labelProperties = new ArrayList<>();

    private CardMapper(String where) {
        this.where = where;
    }

    /** The card's person, or empty when it has no name and no address; {@code warnings} gets remarks. */
    static Optional<Person> map(VCard card, String where, List<String> warnings) {
        CardMapper mapper = new CardMapper(where);
        Collection<VCardProperty> properties = card.getProperties();
        mapper.collectAppleLabels(properties);
        for (VCardProperty property : properties) {
            mapper.take(property);
        }
        mapper.keepUnusedAppleLabels();
        warnings.addAll(mapper.warnings);
        return mapper.person();
    }

    /** Like {@code card.getExtendedProperties("X-ABLABEL")}, from the list of properties already made. */
    private void collectAppleLabels(Collection<VCardProperty> properties) {
        for (VCardProperty property : properties) {
            if (property instanceof RawProperty label && label.getPropertyName().equalsIgnoreCase("X-ABLABEL")
                    && label.getGroup() != null && label.getValue() != null) {
                appleLabels.put(label.getGroup().toLowerCase(Locale.ROOT), label.getValue());
            }
        }
    }

    private void take(VCardProperty property) {
        boolean modelled = switch (property) {
            case FormattedName fn -> fields.formattedName(fn.getValue());
            case StructuredName n -> fields.name(n);
            case Telephone tel -> endpoint(EndpointKind.PHONE, telValue(tel), property);
            case Email email -> endpoint(EndpointKind.EMAIL, email.getValue(), property);
            case Impp impp -> impp(impp);
            case Organization org -> fields.organization(org.getValues());
            case Title title -> fields.title(title.getValue());
            case Note note -> fields.note(note.getValue());
            case Birthday bday -> fields.birthday(bday.getDate());
            case ezvcard.property.Photo photo -> fields.photo(photo);
            case Categories categories -> fields.categories(categories.getValues());
            case ProductId ignored -> true;
            case RawProperty raw -> raw(raw);
            default -> false;
        };
        if (!modelled) {
            extra.add(property);
        }
    }

    private boolean raw(RawProperty raw) {
        String name = raw.getPropertyName().toUpperCase(Locale.ROOT);
        return switch (name) {
            case "X-JABBER" -> endpoint(EndpointKind.XMPP, raw.getValue(), raw);
            case "X-SIP" -> endpoint(EndpointKind.SIP, raw.getValue(), raw);
            case "X-ABLABEL" -> labelProperties.add(raw);
            default -> false;
        };
    }

    private boolean impp(Impp impp) {
        String uri = impp.getUri() == null ? null : impp.getUri().toString();
        if (uri == null) {
            return false;
        }
        String lower = uri.toLowerCase(Locale.ROOT);
        String service = Optional.ofNullable(impp.getParameter("X-SERVICE-TYPE")).orElse("").toLowerCase(Locale.ROOT);
        if (lower.startsWith("xmpp:")) {
            return endpoint(EndpointKind.XMPP, uri, impp);
        }
        if (lower.startsWith("sip:") || lower.startsWith("sips:")) {
            return endpoint(EndpointKind.SIP, uri, impp);
        }
        boolean jabberService = service.isEmpty() || service.equals("jabber") || service.equals("xmpp")
                || service.equals("gtalk") || service.equals("googletalk");
        if ((lower.startsWith("im:") || lower.startsWith("x-apple:")) && jabberService && uri.contains("@")) {
            return endpoint(EndpointKind.XMPP, uri.substring(uri.indexOf(':') + 1), impp);
        }
        return false;
    }

    private static @Nullable String telValue(Telephone tel) {
        if (tel.getText() != null) {
            return tel.getText();
        }
        return tel.getUri() == null ? null : tel.getUri().toString();
    }

    /** Adds a validated endpoint; an invalid one is kept as an unmodelled property with a warning. */
    private boolean endpoint(EndpointKind kind, @Nullable String value, VCardProperty property) {
        if (value == null || value.isBlank()) {
            return false;
        }
        try {
            Endpoint endpoint = Addresses.parse(kind, value, label(property));
            if (!hasAddress(endpoint)) {
                endpoints.add(endpoint);
            }
            return true;
        } catch (InvalidAddressException e) {
            warnings.add(where + ": " + e.getMessage() + "; kept unchanged as an unmodelled property");
            return false;
        }
    }

    private boolean hasAddress(Endpoint endpoint) {
        for (Endpoint known : endpoints) {
            if (known.sameAddress(endpoint)) {
                return true;
            }
        }
        return false;
    }

    private String label(VCardProperty property) {
        String group = property.getGroup();
        if (group != null) {
            String apple = appleLabels.get(group.toLowerCase(Locale.ROOT));
            if (apple != null) {
                usedLabelGroups.add(group.toLowerCase(Locale.ROOT));
                return Labels.fromAppleLabel(apple);
            }
        }
        return Labels.fromTypes(property.getParameters().getTypes());
    }

    /** Apple labels of properties that were not made endpoints stay with their property. */
    private void keepUnusedAppleLabels() {
        for (RawProperty label : labelProperties) {
            String group = label.getGroup();
            if (group == null || !usedLabelGroups.contains(group.toLowerCase(Locale.ROOT))) {
                extra.add(label);
            }
        }
    }

    private Optional<Person> person() {
        if (!fields.hasName() && endpoints.isEmpty()) {
            return Optional.empty();
        }
        PersonName name = fields.personName();
        String display = fields.displayName(endpoints);
        LocalDate birthday = fields.birthdayValue();
        return Optional.of(new Person(null, display, name, fields.organizationValue(), fields.titleValue(),
                fields.noteValue(), birthday, fields.photoValue(), fields.categoriesValue(), endpoints, null,
                ExtraCodec.encode(extra)));
    }
}
