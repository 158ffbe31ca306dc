package org.switchboard.channels.xmpp;

import java.util.EnumSet;
import java.util.Set;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smackx.disco.packet.DiscoverInfo;
import org.jspecify.annotations.Nullable;
import org.switchboard.channels.api.OwnPresence.OwnStatus;
import org.switchboard.contacts.Capability;

/** XMPP show values (RFC 6121 §4.7.2.1) on the shared ranked scale, and disco features as capabilities. */
final class PresenceMapping {
    /** Jingle RTP audio (XEP-0167): the client can take a voice call. */
    static final String JINGLE_AUDIO = "urn:xmpp:jingle:apps:rtp:audio";
    static final String JINGLE_VIDEO = "urn:xmpp:jingle:apps:rtp:video";

    private PresenceMapping() {}

    static org.switchboard.contacts.Presence rank(Presence presence) {
        if (!presence.isAvailable()) {
            return org.switchboard.contacts.Presence.OFFLINE;
        }
        return switch (presence.getMode()) {
            case chat -> org.switchboard.contacts.Presence.CHAT;
            case away -> org.switchboard.contacts.Presence.AWAY;
            case xa -> org.switchboard.contacts.Presence.EXTENDED_AWAY;
            case dnd -> org.switchboard.contacts.Presence.BUSY;
            case available -> org.switchboard.contacts.Presence.AVAILABLE;
        };
    }

    /** Text chat always; calls when the client advertises Jingle RTP. */
    static Set<Capability> capabilities(@Nullable DiscoverInfo info) {
        Set<Capability> result = EnumSet.of(Capability.TEXT_CHAT);
        if (info != null && info.containsFeature(JINGLE_AUDIO)) {
            result.add(Capability.VOICE_CALL);
        }
        if (info != null && info.containsFeature(JINGLE_VIDEO)) {
            result.add(Capability.VIDEO_CALL);
        }
        return result;
    }

    /** The mode our own available presence carries. */
    static Presence.Mode mode(OwnStatus.Mode mode) {
        return switch (mode) {
            case AWAY -> Presence.Mode.away;
            case BUSY -> Presence.Mode.dnd;
            case AVAILABLE, INVISIBLE, OFFLINE -> Presence.Mode.available;
        };
    }
}
