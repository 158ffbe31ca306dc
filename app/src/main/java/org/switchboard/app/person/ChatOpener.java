package org.switchboard.app.person;

import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.Person;

/** Chats inside Switchboard: when an account can reach the address, Chat opens the person's conversation. */
public interface ChatOpener {
    /** True when one of the user's accounts can chat with {@code endpoint}. */
    boolean canChat(Endpoint endpoint);

    /** Opens (or brings forward) the conversation with {@code person}, to be sent to {@code endpoint}. */
    void openChat(Person person, Endpoint endpoint);

    /** No accounts: chat addresses are handed to the system like any URI. */
    ChatOpener NONE = new ChatOpener() {
        @Override
        public boolean canChat(Endpoint endpoint) {
            return false;
        }

        @Override
        public void openChat(Person person, Endpoint endpoint) {
            throw new IllegalStateException("No account can chat with " + endpoint.address());
        }
    };
}
