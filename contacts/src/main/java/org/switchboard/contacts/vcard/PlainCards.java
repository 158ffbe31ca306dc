package org.switchboard.contacts.vcard;

import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.VCardParameters;
import ezvcard.property.Email;
import ezvcard.property.FormattedName;
import ezvcard.property.Impp;
import ezvcard.property.Organization;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Title;
import ezvcard.property.VCardProperty;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A cheap reader for the plainest vCard 3.0 cards, which are most of a large export: one line per
 * property, no groups, no escapes or quotes, only FN, N, ORG, TITLE, EMAIL, TEL and IMPP, each
 * parameter {@code TYPE=word[,word]}. It builds the same {@link VCard} ez-vcard's reader would
 * (properties added in file order, so grouped by class just the same), without a reader, scribe
 * index and buffers per card. Anything else, including every card ez-vcard would warn about, is
 * declined ({@code null}) and read by ez-vcard.
 */
final class PlainCards {
    private static final Set<String> SINGLE = Set.of("FN", "N", "ORG", "TITLE");
    private static final int NAME_PARTS = 5;

    private PlainCards() {}

    /** The card, or {@code null} when it is not plain. */
    static @Nullable VCard parse(String text) {
        List<String> lines = text.lines().toList();
        int last = lines.size() - 1;
        if (last < 2 || !lines.getFirst().equals("BEGIN:VCARD") || !lines.get(1).equals("VERSION:3.0")
                || !lines.get(last).equals("END:VCARD")) {
            return null;
        }
        VCard card = new VCard(VCardVersion.V3_0);
        Set<String> seen = new HashSet<>();
        for (int i = 2; i < last; i++) {
            VCardProperty property = property(lines.get(i), seen);
            if (property == null) {
                return null;
            }
            card.addProperty(property);
        }
        return card;
    }

    private static @Nullable VCardProperty property(String line, Set<String> seen) {
        int colon = line.indexOf(':');
        if (colon <= 0 || !plainValue(line, colon + 1)) {
            return null;
        }
        String[] head = line.substring(0, colon).split(";", -1);
        String name = head[0].toUpperCase(Locale.ROOT);
        String value = line.substring(colon + 1);
        if (SINGLE.contains(name) && (head.length > 1 || !seen.add(name))) {
            return null;
        }
        VCardProperty property = switch (name) {
            case "FN" -> value.indexOf(';') < 0 ? new FormattedName(value) : null;
            case "N" -> name(value);
            case "ORG" -> organization(value);
            case "TITLE" -> value.indexOf(';') < 0 ? new Title(value) : null;
            case "EMAIL" -> value.indexOf(';') < 0 ? new Email(value) : null;
            case "TEL" -> value.indexOf(';') < 0 && !value.regionMatches(true, 0, "tel:", 0, 4)
                    ? new Telephone(value) : null;
            case "IMPP" -> impp(value);
            default -> null;
        };
        return property != null && types(head, property.getParameters()) ? property : null;
    }

    /** Non-empty, no surrounding white space, nothing that escapes, quotes or lists. */
    private static boolean plainValue(String line, int from) {
        if (from >= line.length() || Character.isWhitespace(line.charAt(from))
                || Character.isWhitespace(line.charAt(line.length() - 1))) {
            return false;
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' || c == '"' || c == '^' || c == ',' || c < ' ' || (i < from && c == '.')) {
                return false;
            }
        }
        return true;
    }

    /** {@code TYPE=word} parameters (words may be listed with commas before the colon); nothing else. */
    private static boolean types(String[] head, VCardParameters parameters) {
        for (int i = 1; i < head.length; i++) {
            String parameter = head[i];
            if (!parameter.regionMatches(true, 0, "TYPE=", 0, 5) || parameter.length() == 5) {
                return false;
            }
            for (String type : parameter.substring(5).split(",", -1)) {
                if (type.isEmpty() || !type.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-')) {
                    return false;
                }
                parameters.put(VCardParameters.TYPE, type);
            }
        }
        return true;
    }

    private static @Nullable StructuredName name(String value) {
        String[] parts = value.split(";", -1);
        if (parts.length != NAME_PARTS) {
            return null;
        }
        StructuredName name = new StructuredName();
        name.setFamily(parts[0].isEmpty() ? null : parts[0]);
        name.setGiven(parts[1].isEmpty() ? null : parts[1]);
        addIfPresent(name.getAdditionalNames(), parts[2]);
        addIfPresent(name.getPrefixes(), parts[3]);
        addIfPresent(name.getSuffixes(), parts[4]);
        return name;
    }

    private static @Nullable Organization organization(String value) {
        Organization organization = new Organization();
        for (String part : value.split(";", -1)) {
            if (part.isEmpty()) {
                return null;
            }
            organization.getValues().add(part);
        }
        return organization;
    }

    private static @Nullable Impp impp(String value) {
        if (value.indexOf(';') >= 0) {
            return null;
        }
        try {
            return new Impp(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void addIfPresent(List<String> list, String value) {
        if (!value.isEmpty()) {
            list.add(value);
        }
    }
}
