package org.switchboard.channels.xmpp;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.jivesoftware.smack.filter.AndFilter;
import org.jivesoftware.smack.filter.MessageTypeFilter;
import org.jivesoftware.smack.filter.StanzaExtensionFilter;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.chatstates.ChatState;
import org.jivesoftware.smackx.chatstates.packet.ChatStateExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.channels.api.ChatStates;
import org.switchboard.contacts.Endpoint;
import org.switchboard.channels.api.support.EventHub;

/** Chat state notifications (XEP-0085): sent as bodiless chat messages, heard from any chat message that carries one. */
final class XmppChatStates implements ChatStates {
    private static final Logger LOG = LoggerFactory.getLogger(XmppChatStates.class);
    private final Sessions sessions;
    private final Calls calls;
    private final EventHub<Change> hub;

    XmppChatStates(Sessions sessions, Calls calls, EventHub<Change> hub) {
        this.sessions = sessions;
        this.calls = calls;
        this.hub = hub;
    }

    @Override
    public CompletableFuture<Void> send(Endpoint to, State state) {
        return calls.call(() -> {
            XMPPTCPConnection connection = sessions.connection();
            connection.sendStanza(connection.getStanzaFactory().buildMessageStanza().to(Jids.jid(to)).ofType(Message.Type.chat)
                    .addExtension(new ChatStateExtension(ChatState.valueOf(state.name().toLowerCase(Locale.ROOT)))).build());
            return null;
        });
    }

    @Override
    public AutoCloseable onChatState(Consumer<Change> listener) {
        return hub.subscribe(listener);
    }

    /** Wires this connection's incoming chat states to the hub; called before the first login. */
    void attach(XMPPTCPConnection connection) {
        connection.addSyncStanzaListener(stanza -> onState((Message) stanza),
                new AndFilter(MessageTypeFilter.NORMAL_OR_CHAT, new StanzaExtensionFilter(ChatStateExtension.NAMESPACE)));
    }

    private void onState(Message message) {
        Optional<Endpoint> peer = Jids.endpoint(message.getFrom());
        if (peer.isEmpty() || !(message.getExtension(ChatStateExtension.NAMESPACE) instanceof ChatStateExtension extension)) {
            LOG.debug("Ignored a chat state without a valid sender or state");
            return;
        }
        hub.publish(new Change(peer.get(), State.valueOf(extension.getChatState().name().toUpperCase(Locale.ROOT))));
    }
}
