package org.switchboard.contacts.vcard;

import com.github.mangstadt.vinnie.io.VObjectPropertyValues;
import ezvcard.VCardDataType;
import ezvcard.io.ParseContext;
import ezvcard.io.scribe.TelephoneScribe;
import ezvcard.parameter.VCardParameters;
import ezvcard.property.Telephone;

/**
 * ez-vcard's TEL scribe without its costly failure path: the original tries {@code TelUri.parse}
 * on every value and, for the usual text number, builds an exception with a formatted message
 * only to catch it. A value that does not start with {@code tel:} cannot be a tel URI, so it is
 * taken as text right away, with the same warning (code 18) when the property said VALUE=uri.
 */
final class TelScribe extends TelephoneScribe {
    private static final int NOT_A_TEL_URI = 18;

    @Override
    protected Telephone _parseText(String value, VCardDataType dataType, VCardParameters parameters,
            ParseContext context) {
        String unescaped = VObjectPropertyValues.unescape(value);
        if (unescaped.regionMatches(true, 0, "tel:", 0, 4)) {
            return super._parseText(value, dataType, parameters, context);
        }
        if (dataType == VCardDataType.URI) {
            context.addWarning(NOT_A_TEL_URI);
        }
        return new Telephone(unescaped);
    }
}
