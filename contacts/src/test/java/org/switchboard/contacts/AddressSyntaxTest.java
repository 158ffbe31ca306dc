package org.switchboard.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Each loop must accept exactly what the regular expression Addresses used before accepts. */
class AddressSyntaxTest {
    private static final String ALPHABET = "aZ09-._:[]!#$%&'*+/=?^`{|}~();,@ \n\u00e9fF";

    @Test
    void localPart() {
        agree(Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~.\\-]+"), AddressSyntax::isLocalPart, 12);
    }

    @Test
    void sipUser() {
        agree(Pattern.compile("[A-Za-z0-9\\-_.!~*'()&=+$,;?/%]+"), AddressSyntax::isSipUser, 12);
    }

    @Test
    void domain() {
        agree(Pattern.compile("(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?)"
                + "(\\.[A-Za-z0-9]([A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?)*"), AddressSyntax::isDomain, 12);
        agree(Pattern.compile("(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?)"
                + "(\\.[A-Za-z0-9]([A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?)*"), AddressSyntax::isDomain, 300);
    }

    @Test
    void domainLengthLimits() {
        Pattern regex = Pattern.compile("(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?)"
                + "(\\.[A-Za-z0-9]([A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?)*");
        Random random = new Random(5);
        int valid = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder domain = new StringBuilder();
            for (int labels = 1 + random.nextInt(5); labels > 0; labels--) {
                int length = 58 + random.nextInt(8);
                domain.append('a').append("a-".repeat(length / 2).substring(0, Math.max(0, length - 2))).append('b');
                if (labels > 1) {
                    domain.append('.');
                }
            }
            String input = domain.substring(0, Math.max(1, domain.length() - random.nextInt(3)));
            boolean expected = regex.matcher(input).matches();
            valid += expected ? 1 : 0;
            assertThat(AddressSyntax.isDomain(input)).as(input).isEqualTo(expected);
        }
        assertThat(valid).isGreaterThan(1_000);
    }

    @Test
    void hostPort() {
        agree(Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9.\\-]+)(:[0-9]{1,5})?"), AddressSyntax::isHostPort, 12);
    }

    private static void agree(Pattern regex, Predicate<String> loop, int maxLength) {
        Random random = new Random(11);
        String dense = "aZ09-.:[]";
        for (int i = 0; i < 200_000; i++) {
            String alphabet = random.nextBoolean() ? ALPHABET : dense;
            int length = random.nextInt(maxLength + 1);
            StringBuilder text = new StringBuilder(length);
            for (int k = 0; k < length; k++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String input = text.toString();
            assertThat(loop.test(input)).as("\"%s\"", input).isEqualTo(regex.matcher(input).matches());
        }
    }
}
