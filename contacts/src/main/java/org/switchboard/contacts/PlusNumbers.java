package org.switchboard.contacts;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A shortcut for the common input {@code +<country code><number>} (digits with only spaces,
 * dashes or dots between them): the E.164 form without libphonenumber's regex-heavy parse. It
 * answers only where that parse provably gives the same digits, mirroring its steps: the country
 * code is the one 1–3 digit prefix that is a calling code; the rest does not start with 0 (no
 * Italian leading zero, no trunk prefix) nor with the region's national prefix for parsing (when
 * that is plain digits, so nothing is stripped); and the number has a possible length. Everything
 * else, including every invalid input, is left to libphonenumber, which words the error.
 */
final class PlusNumbers {
    private static final int MIN_DIGITS = 7;
    private static final int MAX_DIGITS = 15;
    private static final int MAX_LENGTH = 64;
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final boolean[] CALLING_CODES = callingCodes();
    private static final ConcurrentHashMap<Integer, Optional<String>> NATIONAL_PREFIXES = new ConcurrentHashMap<>();

    private PlusNumbers() {}

    /** The E.164 form of {@code input} (stripped, without {@code tel:}), or {@code null} when libphonenumber must decide. */
    static @Nullable String toE164(String input) {
        String digits = digitsAfterPlus(input);
        if (digits == null || digits.charAt(0) == '0') {
            return null;
        }
        int codeLength = callingCodeLength(digits);
        if (codeLength == 0 || digits.charAt(codeLength) == '0') {
            return null;
        }
        int code = Integer.parseInt(digits, 0, codeLength, 10);
        String national = digits.substring(codeLength);
        Optional<String> prefix = NATIONAL_PREFIXES.computeIfAbsent(code, PlusNumbers::plainNationalPrefix);
        if (prefix.isEmpty() || (!prefix.get().isEmpty() && national.startsWith(prefix.get()))) {
            return null;
        }
        PhoneNumber number = new PhoneNumber().setCountryCode(code).setNationalNumber(Long.parseLong(national));
        return UTIL.isPossibleNumber(number) ? "+" + digits : null;
    }

    /** The digits of {@code +d[d ./-]*}, when it has 7 to 15 of them; otherwise {@code null}. */
    private static @Nullable String digitsAfterPlus(String input) {
        if (input.length() < MIN_DIGITS + 1 || input.length() > MAX_LENGTH || input.charAt(0) != '+') {
            return null;
        }
        StringBuilder digits = new StringBuilder(MAX_DIGITS);
        for (int i = 1; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c != ' ' && c != '-' && c != '.') {
                return null;
            }
        }
        boolean startsWithDigit = input.charAt(1) >= '0' && input.charAt(1) <= '9';
        return startsWithDigit && digits.length() >= MIN_DIGITS && digits.length() <= MAX_DIGITS
                ? digits.toString() : null;
    }

    /** Like libphonenumber's extractCountryCode: the first 1–3 digit prefix that is a calling code. */
    private static int callingCodeLength(String digits) {
        int code = 0;
        for (int length = 1; length <= 3; length++) {
            code = code * 10 + (digits.charAt(length - 1) - '0');
            if (CALLING_CODES[code]) {
                return length;
            }
        }
        return 0;
    }

    /** The national prefix for parsing of the code's main region when it is plain digits (or none). */
    private static Optional<String> plainNationalPrefix(int code) {
        MetadataSource source = DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();
        String region = UTIL.getRegionCodeForCountryCode(code);
        PhoneMetadata metadata = PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(region)
                ? source.getMetadataForNonGeographicalRegion(code) : source.getMetadataForRegion(region);
        if (metadata == null) {
            return Optional.empty();
        }
        String prefix = metadata.getNationalPrefixForParsing();
        return prefix.chars().allMatch(c -> c >= '0' && c <= '9') ? Optional.of(prefix) : Optional.empty();
    }

    private static boolean[] callingCodes() {
        boolean[] codes = new boolean[1000];
        UTIL.getSupportedCallingCodes().forEach(code -> codes[code] = true);
        return codes;
    }
}
