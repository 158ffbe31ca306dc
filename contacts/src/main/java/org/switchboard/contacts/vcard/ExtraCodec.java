package org.switchboard.contacts.vcard;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.scribe.ScribeIndex;
import ezvcard.parameter.VCardParameters;
import ezvcard.property.RawProperty;
import ezvcard.property.VCardProperty;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Unmodelled vCard properties as text: vCard 4.0 property lines (folded, CRLF), in a stable order
 * (by property name, file order within a name), so that writing and reading them again gives the
 * same text.
 */
final class ExtraCodec {
    private static final ScribeIndex SCRIBES = new ScribeIndex();
    private static final String HEADER = "BEGIN:VCARD\r\nVERSION:4.0\r\n";
    private static final String FOOTER = "END:VCARD";

    private ExtraCodec() {}

    static String encode(List<VCardProperty> properties) {
        if (properties.isEmpty()) {
            return "";
        }
        VCard card = new VCard(VCardVersion.V4_0);
        properties.stream().sorted(Comparator.comparing(ExtraCodec::nameOf)).forEach(p -> {
            p.getParameters().removeAll(VCardParameters.CHARSET);
            if ("QUOTED-PRINTABLE".equalsIgnoreCase(p.getParameter(VCardParameters.ENCODING))) {
                p.getParameters().removeAll(VCardParameters.ENCODING);
            }
            card.addProperty(p);
        });
        String text = Ezvcard.write(card).version(VCardVersion.V4_0).prodId(false).versionStrict(false).go();
        int start = text.indexOf("\r\n", text.indexOf("VERSION:")) + 2;
        int end = text.lastIndexOf(FOOTER);
        return text.substring(start, end);
    }

    static List<VCardProperty> decode(String extra) {
        if (extra.isBlank()) {
            return List.of();
        }
        VCard card = Ezvcard.parse(HEADER + extra + FOOTER + "\r\n").first();
        return card == null ? List.of() : new ArrayList<>(card.getProperties());
    }

    static String nameOf(VCardProperty property) {
        if (property instanceof RawProperty raw) {
            return raw.getPropertyName().toUpperCase(Locale.ROOT);
        }
        var scribe = SCRIBES.getPropertyScribe(property);
        return scribe == null ? property.getClass().getSimpleName() : scribe.getPropertyName();
    }
}
