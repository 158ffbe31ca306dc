package org.switchboard.contacts.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.switchboard.contacts.EndpointKind;

/** Column values as this store writes them, read back without general-purpose parsing. */
final class StoredValues {
    private StoredValues() {}

    /** The kind stored as {@link EndpointKind#id()}; anything else as {@link EndpointKind#fromId} reads it. */
    static EndpointKind kind(String id) throws SQLException {
        EndpointKind kind = switch (id) {
            case "email" -> EndpointKind.EMAIL;
            case "xmpp" -> EndpointKind.XMPP;
            case "sip" -> EndpointKind.SIP;
            case "phone" -> EndpointKind.PHONE;
            default -> EndpointKind.fromId(id).orElse(null);
        };
        if (kind == null) {
            throw new SQLException("unknown endpoint kind \"" + id + "\" in the database");
        }
        return kind;
    }

    /**
     * A text column; an empty one as the one shared {@code ""}. The driver makes a new String for each
     * value read, and most of a person's columns are empty: 2,000 persons held about 20,000 empty Strings
     * (0.8 MB) for as long as the address book is shown.
     */
    static @Nullable String text(ResultSet rows, int column) throws SQLException {
        String value = rows.getString(column);
        return value != null && value.isEmpty() ? "" : value;
    }

    /**
     * A birthday as {@link LocalDate#toString()} writes it ({@code 1976-04-01}); days after the 28th
     * and any other text go through {@link LocalDate#parse}, which checks and words errors.
     */
    static LocalDate date(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = number(text, 0, 4);
            int month = number(text, 5, 7);
            int day = number(text, 8, 10);
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 28) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(text);
    }

    /** The decimal number in {@code text[from, to)}, or -1 when it is not all ASCII digits. */
    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
