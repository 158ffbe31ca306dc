package org.switchboard.channels.xmpp;

import java.util.concurrent.atomic.AtomicReference;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jspecify.annotations.Nullable;
import org.switchboard.channels.api.ChannelException;

/** The channel's current Smack connection, if any; capabilities ask it for each operation. */
final class Sessions {
    private final AtomicReference<@Nullable XMPPTCPConnection> current = new AtomicReference<>();

    XMPPTCPConnection connection() throws ChannelException {
        XMPPTCPConnection connection = current.get();
        if (connection == null || !connection.isAuthenticated()) {
            throw new ChannelException.NotConnected("The XMPP account is not connected.", null);
        }
        return connection;
    }

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
