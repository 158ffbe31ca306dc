package org.switchboard.channels.xmpp;

import java.util.Optional;

/**
 * Where the channel keeps what contacts' clients can do (XEP-0115 entity capabilities), so that a
 * client version seen once is never asked again (no disco#info query), also after a restart when
 * the app keeps the entries in its profile. Keys are the caps verification strings ({@code ver},
 * a hash of the answer); values are the disco#info answers as XML, opaque to the caller.
 * Implementations must be thread-safe; {@link #inMemory()} is the default.
 */
public interface CapsCache {
    Optional<String> get(String verification);

    void put(String verification, String discoInfoXml);

    /** A cache that lives as long as the object. */
    static CapsCache inMemory() {
        return new MemoryCapsCache();
    }
}
