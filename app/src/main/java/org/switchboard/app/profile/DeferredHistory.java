package org.switchboard.app.profile;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.PersonId;
import org.switchboard.contacts.history.CallRecord;
import org.switchboard.contacts.history.Conversation;
import org.switchboard.contacts.history.Correction;
import org.switchboard.contacts.history.DeliveryState;
import org.switchboard.contacts.history.HistoryCursor;
import org.switchboard.contacts.history.HistoryEntry;
import org.switchboard.contacts.history.HistoryId;
import org.switchboard.contacts.history.MessageHistory;
import org.switchboard.contacts.history.MessageRecord;
import org.switchboard.contacts.history.SearchHit;

/** The message history of a profile still being opened: every call waits for the opening (call it in the background). */
final class DeferredHistory implements MessageHistory {
    private final Supplier<MessageHistory> opened;

    DeferredHistory(Supplier<MessageHistory> opened) {
        this.opened = opened;
    }

    @Override
    public boolean appendCall(CallRecord call) {
        return opened.get().appendCall(call);
    }

    @Override
    public List<MessageRecord> queued(String account) {
        return opened.get().queued(account);
    }

    @Override
    public boolean append(MessageRecord message) {
        return opened.get().append(message);
    }

    @Override
    public int appendAll(List<MessageRecord> messages) {
        return opened.get().appendAll(messages);
    }

    @Override
    public boolean updateDelivery(String account, Endpoint peer, String originId, DeliveryState state) {
        return opened.get().updateDelivery(account, peer, originId, state);
    }

    @Override
    public boolean correct(Correction correction) {
        return opened.get().correct(correction);
    }

    @Override
    public Optional<MessageRecord> find(HistoryId id) {
        return opened.get().find(id);
    }

    @Override
    public List<HistoryEntry> timeline(Conversation conversation, @Nullable HistoryCursor before, int limit) {
        return opened.get().timeline(conversation, before, limit);
    }

    @Override
    public List<SearchHit> search(String text, int limit) {
        return opened.get().search(text, limit);
    }

    @Override
    public int unreadCount(Conversation conversation) {
        return opened.get().unreadCount(conversation);
    }

    @Override
    public Map<PersonId, Integer> unreadByPerson() {
        return opened.get().unreadByPerson();
    }

    @Override
    public int markRead(Conversation conversation) {
        return opened.get().markRead(conversation);
    }

    @Override
    public long count() {
        return opened.get().count();
    }
}
