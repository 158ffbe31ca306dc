package org.switchboard.channels.xmpp;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.stringprep.XmppStringprepException;
import org.switchboard.channels.api.ChannelException;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.InvalidAddressException;

/** Between Smack's JIDs and our {@link Endpoint}s; invalid addresses become empty results, not exceptions. */
final class Jids {
    private Jids() {}

    /** The endpoint of {@code jid}'s bare address, empty when it is not a valid person's address. */
    static Optional<Endpoint> endpoint(@Nullable Jid jid) {
        if (jid == null || jid.asEntityBareJidIfPossible() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Addresses.parse(EndpointKind.XMPP, jid.asBareJid().toString()));
        } catch (InvalidAddressException e) {
            return Optional.empty();
        }
    }

    static EntityBareJid jid(Endpoint endpoint) throws ChannelException {
        if (endpoint.kind() != EndpointKind.XMPP) {
            throw new ChannelException.Unsupported("An XMPP account cannot reach " + endpoint.uri() + ".", null);
        }
        try {
            return JidCreate.entityBareFrom(endpoint.address());
        } catch (XmppStringprepException e) {
            throw new ChannelException.Unsupported("\"" + endpoint.address() + "\" is not a valid XMPP address.", e);
        }
    }
}
