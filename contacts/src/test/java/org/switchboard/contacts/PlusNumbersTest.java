package org.switchboard.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The shortcut must agree with libphonenumber wherever it answers, for every calling code. */
class PlusNumbersTest {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String[] SEPARATORS = {"", " ", "-", ".", " - "};

    @Test
    void agreesWithLibphonenumberForEveryCallingCode() {
        Random random = new Random(7);
        int answered = 0;
        for (int code : UTIL.getSupportedCallingCodes()) {
            for (int i = 0; i < 600; i++) {
                String input = "+" + code + SEPARATORS[random.nextInt(SEPARATORS.length)] + national(random);
                String fast = PlusNumbers.toE164(input);
                if (fast != null) {
                    answered++;
                    assertThat(fast).as(input).isEqualTo(libphonenumber(input, "DE")).isEqualTo(libphonenumber(input, "US"));
                }
            }
        }
        assertThat(answered).as("the shortcut answers for most well-formed numbers").isGreaterThan(20_000);
    }

    @Test
    void leavesTrunkPrefixesLeadingZerosAndOddShapesToLibphonenumber() {
        assertThat(PlusNumbers.toE164("+49 0170 1234567")).isNull();
        assertThat(PlusNumbers.toE164("+39 06 12345678")).isNull();
        assertThat(PlusNumbers.toE164("+49 (170) 1234567")).isNull();
        assertThat(PlusNumbers.toE164("+49 170 1234567;ext=5")).isNull();
        assertThat(PlusNumbers.toE164("0170 1234567")).isNull();
        assertThat(PlusNumbers.toE164("+999 1234567")).isNull();
        assertThat(PlusNumbers.toE164("+49 1")).isNull();
        assertThat(PlusNumbers.toE164("+49 170 1234567")).isEqualTo("+491701234567");
        assertThat(PlusNumbers.toE164("+1-202-555-0173")).isEqualTo("+12025550173");
    }

    private static String national(Random random) {
        int length = 3 + random.nextInt(12);
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < length; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
            if (i > 0 && random.nextInt(4) == 0) {
                digits.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
            }
        }
        return digits.toString();
    }

    /** What PhoneNumbers did before the shortcut: the E.164 form, or null when not a possible number. */
    private static @Nullable String libphonenumber(String input, String region) {
        try {
            PhoneNumber number = UTIL.parse(input, region);
            return UTIL.isPossibleNumber(number) ? UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164) : null;
        } catch (NumberParseException e) {
            return null;
        }
    }
}
