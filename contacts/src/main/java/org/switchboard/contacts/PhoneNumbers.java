package org.switchboard.contacts;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Phone numbers normalised to E.164 ({@code +491701234567}). Numbers written without a country
 * code are read in the default region (the user's locale unless set otherwise).
 */
public final class PhoneNumbers {
    private static final int MIN_DIGITS = 5;
    private static final Pattern ALLOWED = Pattern.compile("[+0-9 ()./\\-]+(;.*)?");
    private static volatile String defaultRegion = regionOf(Locale.getDefault());

    private PhoneNumbers() {}

    /** The region ("DE", "US") that numbers without a leading + are read in. */
    public static String defaultRegion() {
        return defaultRegion;
    }

    public static void setDefaultRegion(String region) {
        defaultRegion = region.toUpperCase(Locale.ROOT);
    }

    /**
     * The E.164 form of {@code raw}.
     *
     * @throws InvalidAddressException naming the input when it is not a possible phone number
     */
    public static String toE164(String raw) {
        String trimmed = stripTelScheme(raw.strip());
        if (trimmed.isEmpty()) {
            throw new InvalidAddressException(EndpointKind.PHONE, raw, "it is empty");
        }
        if (!ALLOWED.matcher(trimmed).matches()) {
            throw new InvalidAddressException(
                    EndpointKind.PHONE, raw, "only digits, spaces, + ( ) - . / are allowed");
        }
        if (digitsOf(trimmed).length() < MIN_DIGITS) {
            throw new InvalidAddressException(EndpointKind.PHONE, raw, "it is too short for a phone number");
        }
        String shortcut = PlusNumbers.toE164(trimmed);
        if (shortcut != null) {
            return shortcut;
        }
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        try {
            PhoneNumber number = util.parse(trimmed, defaultRegion);
            if (!util.isPossibleNumber(number)) {
                throw new InvalidAddressException(
                        EndpointKind.PHONE, raw, "it has the wrong number of digits");
            }
            return util.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            String hint = trimmed.startsWith("+")
                    ? "the country code is unknown"
                    : "it has no country code (+…) and is not a number of region " + defaultRegion;
            throw new InvalidAddressException(EndpointKind.PHONE, raw, hint);
        }
    }

    /** {@code +49 170 1234567} for display, from an E.164 number. */
    public static String formatInternational(String e164) {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        try {
            return util.format(util.parse(e164, defaultRegion), PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return e164;
        }
    }

    /** Only the digits of {@code text}: what search by phone digits compares. */
    public static String digitsOf(String text) {
        StringBuilder digits = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    private static String stripTelScheme(String raw) {
        return raw.regionMatches(true, 0, "tel:", 0, 4) ? raw.substring(4) : raw;
    }

    private static String regionOf(Locale locale) {
        String country = locale.getCountry();
        return country.isEmpty() ? "US" : country;
    }
}
