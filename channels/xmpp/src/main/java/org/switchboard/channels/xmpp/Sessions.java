package org.switchboard.channels.xmpp;

import java.util.concurrent.atomic.AtomicReference;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jspecify.annotations.Nullable;
import org.switchboard.channels.api.ChannelException;

/**
 * The channel's current Smack connection, if any; capabilities ask it for each operation. After a
 * loss the connection stays here (not logged in) so that the next connect reuses it: Smack then
 * resumes the stream (XEP-0198) or resends what the server had not acknowledged.
 */
final class Sessions {
    private final AtomicReference<@Nullable XMPPTCPConnection> current = new AtomicReference<>();

    /** The logged-in connection; throws when there is none. */
    XMPPTCPConnection connection() throws ChannelException {
        XMPPTCPConnection connection = current.get();
        if (connection == null || !connection.isAuthenticated()) {
            throw new ChannelException.NotConnected("The XMPP account is not connected.", null);
        }
        return connection;
    }

    /** The current connection, logged in or waiting for the next connect after a loss; null after disconnect. */
    @Nullable XMPPTCPConnection peek() {
        return current.get();
    }

    void set(@Nullable XMPPTCPConnection connection) {
        current.set(connection);
    }

    /** Forgets {@code connection} if it is still the current one; returns whether it was. */
    boolean clear(XMPPTCPConnection connection) {
        return current.compareAndSet(connection, null);
    }
}
