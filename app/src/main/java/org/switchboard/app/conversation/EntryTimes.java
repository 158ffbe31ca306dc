package org.switchboard.app.conversation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** When a timeline entry happened, as its line shows it: {@code 14:05} today, {@code 3 Dec 2026, 14:05} before. */
final class EntryTimes {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private EntryTimes() {}

    static String format(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        return local.toLocalDate().equals(LocalDate.now(zone)) ? TIME.format(local) : DAY_TIME.format(local);
    }
}
