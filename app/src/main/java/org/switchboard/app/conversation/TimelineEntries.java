package org.switchboard.app.conversation;

import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.switchboard.contacts.history.CallRecord;
import org.switchboard.contacts.history.HistoryCursor;
import org.switchboard.contacts.history.HistoryEntry;
import org.switchboard.contacts.history.MessageRecord;

/**
 * The entries a conversation shows, oldest first: messages and calls in time order. A message that
 * changes (delivery, correction) replaces the one shown; a call is shown once, whether it came in a
 * page or was announced as it ended.
 */
final class TimelineEntries {
    private final ObservableList<HistoryEntry> entries = FXCollections.observableArrayList();

    ObservableList<HistoryEntry> list() {
        return entries;
    }

    /** Shows {@code page} (the newest page) instead of what is shown. */
    void replaceAll(List<HistoryEntry> page) {
        entries.setAll(page);
    }

    /**
     * Puts an earlier page in front. An entry shown as announced (not read from the store, so
     * without a position) that the page has too gives way to the page's copy, which is in its place.
     */
    void prepend(List<HistoryEntry> page) {
        entries.removeIf(shown -> shown.id() == null && page.stream().anyMatch(entry -> same(shown, entry)));
        entries.addAll(0, page);
    }

    /** Where the page before the oldest stored entry starts; empty when nothing stored is shown. */
    Optional<HistoryCursor> before() {
        return entries.stream().filter(e -> e.id() != null).findFirst().map(HistoryCursor::of);
    }

    /** Replaces the entry that {@code entry} is a newer state of, or adds it in its place in time. */
    void upsert(HistoryEntry entry) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (same(entries.get(i), entry)) {
                entries.set(i, entry);
                return;
            }
        }
        int at = entries.size();
        while (at > 0 && entries.get(at - 1).at().isAfter(entry.at())) {
            at--;
        }
        entries.add(at, entry);
    }

    /** Whether {@code a} and {@code b} are the same message or call (perhaps in different states). */
    static boolean same(HistoryEntry a, HistoryEntry b) {
        return switch (a) {
            case MessageRecord m -> b instanceof MessageRecord n && sameMessage(m, n);
            case CallRecord c -> b instanceof CallRecord d && c.account().equals(d.account()) && c.callId().equals(d.callId());
        };
    }

    private static boolean sameMessage(MessageRecord a, MessageRecord b) {
        if (a.id() != null && b.id() != null) {
            return a.id().equals(b.id());
        }
        return a.originId() != null && a.originId().equals(b.originId()) && a.direction() == b.direction();
    }
}
