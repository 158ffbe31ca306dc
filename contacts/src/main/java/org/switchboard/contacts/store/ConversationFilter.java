package org.switchboard.contacts.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.history.Conversation;

/**
 * The SQL condition selecting a conversation's rows of {@code history h}: one address, or every
 * address the person has in the address book now (so merged persons and added addresses need no
 * rewrite of the history).
 */
record ConversationFilter(String sql, List<Object> parameters) {
    static ConversationFilter of(Conversation conversation) {
        return switch (conversation) {
            case Conversation.WithPeer(Endpoint peer) -> new ConversationFilter(
                    "h.peer_kind = ? AND h.peer_key = ?", List.of(peer.kind().id(), key(peer)));
            case Conversation.WithPerson(var person) -> new ConversationFilter(
                    "(h.peer_kind, h.peer_key) IN (SELECT kind, lower(address) FROM endpoints WHERE person_id = ?)",
                    List.of(person.value()));
        };
    }

    /** Binds the condition's parameters from {@code index}; returns the next free index. */
    int bind(PreparedStatement statement, int index) throws SQLException {
        int next = index;
        for (Object parameter : parameters) {
            statement.setObject(next++, parameter);
        }
        return next;
    }

    /**
     * How an address is compared: ASCII case ignored, exactly as SQLite's {@code lower()} in the
     * address book's endpoint index does (so non-ASCII letters are compared as they are).
     */
    static String key(Endpoint peer) {
        String address = peer.address();
        StringBuilder key = new StringBuilder(address.length());
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            key.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return key.toString();
    }
}
