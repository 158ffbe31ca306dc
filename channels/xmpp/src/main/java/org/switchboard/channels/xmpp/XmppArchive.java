package org.switchboard.channels.xmpp;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.forward.packet.Forwarded;
import org.jivesoftware.smackx.mam.MamManager;
import org.jivesoftware.smackx.mam.MamManager.MamQuery;
import org.jivesoftware.smackx.mam.MamManager.MamQueryArgs;
import org.jivesoftware.smackx.mam.element.MamElements.MamResultExtension;
import org.jxmpp.jid.EntityBareJid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.channels.api.ArchiveSync;
import org.switchboard.channels.api.MessageEvents.MessageEvent;
import org.switchboard.channels.api.MessageEvents.MessageEvent.Direction;
import org.switchboard.contacts.Endpoint;

/**
 * The account's message archive (XEP-0313, MAM v2) read forward with result set management
 * (XEP-0059): after an archive id (RSM {@code <after/>}) or a start time. Messages without a body
 * (receipts, chat states) are skipped but still move the page's {@code lastId} on.
 */
final class XmppArchive implements ArchiveSync {
    private static final Logger LOG = LoggerFactory.getLogger(XmppArchive.class);
    private final Sessions sessions;
    private final Calls calls;

    XmppArchive(Sessions sessions, Calls calls) {
        this.sessions = sessions;
        this.calls = calls;
    }

    @Override
    public CompletableFuture<Page> fetch(Query query) {
        return calls.call(() -> {
            XMPPTCPConnection connection = sessions.connection();
            MamQueryArgs.Builder args = MamQueryArgs.builder().setResultPageSizeTo(query.pageSize());
            if (query.afterId().isPresent()) {
                args.afterUid(query.afterId().get());
            } else {
                query.after().ifPresent(instant -> args.limitResultsSince(Date.from(instant)));
            }
            MamQuery result = MamManager.getInstanceFor(connection).queryArchive(args.build());
            Page page = page(result, connection.getUser().asEntityBareJid());
            LOG.debug("Archive page of {}: {} message(s), last {}, complete {}", connection.getUser().asBareJid(),
                    page.messages().size(), page.lastId(), page.complete());
            return page;
        });
    }

    private static Page page(MamQuery result, EntityBareJid self) {
        List<MessageEvent.Received> messages = new ArrayList<>();
        String lastId = "";
        for (MamResultExtension item : result.getMamResultExtensions()) {
            lastId = item.getId();
            read(item, self).ifPresent(messages::add);
        }
        return new Page(messages, lastId, result.isComplete());
    }

    private static Optional<MessageEvent.Received> read(MamResultExtension item, EntityBareJid self) {
        Forwarded<Message> forwarded = item.getForwarded();
        Message message = forwarded.getForwardedStanza();
        if (message.getBody() == null) {
            return Optional.empty();
        }
        boolean outgoing = message.getFrom() != null && self.equals(message.getFrom().asBareJid());
        Optional<Endpoint> peer = Jids.endpoint(outgoing ? message.getTo() : message.getFrom());
        if (peer.isEmpty()) {
            LOG.warn("Skipped archived message {} with an invalid address", item.getId());
            return Optional.empty();
        }
        return Optional.of(IncomingMessages.archived(peer.get(), message, item.getId(), forwarded.getDelayInformation(),
                outgoing ? Direction.OUT : Direction.IN));
    }
}
