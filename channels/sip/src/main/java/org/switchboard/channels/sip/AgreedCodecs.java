package org.switchboard.channels.sip;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.switchboard.media.AudioFormat;

/**
 * The codec each recent peer agreed to last time, so that a new call to them prepares that one
 * before the answer (a peer that answers our Opus offer with PCMU every time would otherwise make
 * the prepared encoder start again). Bounded; signalling thread only.
 */
final class AgreedCodecs {
    private static final int REMEMBERED = 64;
    private final Map<String, AudioFormat> byPeer = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, AudioFormat> eldest) {
            return size() > REMEMBERED;
        }
    };

    void agreed(String peer, AudioFormat codec) {
        byPeer.put(peer, codec);
    }

    Optional<AudioFormat> last(String peer) {
        return Optional.ofNullable(byPeer.get(peer));
    }
}
