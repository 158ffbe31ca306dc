package org.switchboard.contacts;

/**
 * The character-level syntax checks of {@link Addresses}, as plain loops: each method accepts
 * exactly what the regular expression in its comment matches (whole input), without the regex
 * engine's cost on every address of a 100,000-card import.
 */
final class AddressSyntax {
    private static final int MAX_DOMAIN = 253;
    private static final int MAX_LABEL = 63;
    private static final int MAX_PORT_DIGITS = 5;

    private AddressSyntax() {}

    /** {@code [A-Za-z0-9!#$%&'*+/=?^_`{|}~.\-]+} */
    static boolean isLocalPart(String text) {
        return !text.isEmpty() && allOf(text, 0, text.length(), "!#$%&'*+/=?^_`{|}~.-");
    }

    /** {@code [A-Za-z0-9\-_.!~*'()&=+$,;?/%]+} */
    static boolean isSipUser(String text) {
        return !text.isEmpty() && allOf(text, 0, text.length(), "-_.!~*'()&=+$,;?/%");
    }

    /**
     * {@code (?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9\-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9]([A-Za-z0-9\-]{0,61}[A-Za-z0-9])?)*}:
     * 1 to 253 characters, dot-separated labels of 1 to 63 letters, digits and inner hyphens.
     */
    static boolean isDomain(String text) {
        if (text.isEmpty() || text.length() > MAX_DOMAIN) {
            return false;
        }
        int start = 0;
        while (true) {
            int dot = text.indexOf('.', start);
            int end = dot < 0 ? text.length() : dot;
            if (!isLabel(text, start, end)) {
                return false;
            }
            if (dot < 0) {
                return true;
            }
            start = dot + 1;
        }
    }

    /** {@code (\[[0-9A-Fa-f:.]+]|[A-Za-z0-9.\-]+)(:[0-9]{1,5})?} */
    static boolean isHostPort(String text) {
        int hostEnd;
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 2 || !allHex(text, 1, close)) {
                return false;
            }
            hostEnd = close + 1;
        } else {
            int colon = text.indexOf(':');
            hostEnd = colon < 0 ? text.length() : colon;
            if (hostEnd == 0 || !allOf(text, 0, hostEnd, ".-")) {
                return false;
            }
        }
        if (hostEnd == text.length()) {
            return true;
        }
        int digits = text.length() - hostEnd - 1;
        return text.charAt(hostEnd) == ':' && digits >= 1 && digits <= MAX_PORT_DIGITS
                && allDigits(text, hostEnd + 1, text.length());
    }

    private static boolean isLabel(String text, int start, int end) {
        int length = end - start;
        if (length < 1 || length > MAX_LABEL || !isAlnum(text.charAt(start)) || !isAlnum(text.charAt(end - 1))) {
            return false;
        }
        return allOf(text, start, end, "-");
    }

    /** Whether every character in {@code [from, to)} is an ASCII letter or digit or one of {@code extra}. */
    private static boolean allOf(String text, int from, int to, String extra) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!isAlnum(c) && extra.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean allHex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' || c == ':' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    private static boolean allDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAlnum(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
