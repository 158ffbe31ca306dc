package org.switchboard.channels.xmpp;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Where a channel keeps its account's roster with the server's version of it (XEP-0237 roster
 * versioning): a login that presents an unchanged version gets an empty answer instead of every
 * contact again (2,000 of them take the server 0.1–0.4 s to write and Smack as long to parse), and
 * the entries come from here. The roster is one XML text, opaque to the caller. Implementations must
 * be thread-safe; one that fails to read or write only costs the whole roster on the next login.
 */
public interface RosterCache {
    /** The roster as last written, if any. */
    Optional<String> read();

    /** Replaces what is kept. */
    void write(String rosterXml);

    /** A cache that lives as long as the object: reconnects within one run still present the version. */
    static RosterCache inMemory() {
        AtomicReference<String> kept = new AtomicReference<>();
        return new RosterCache() {
            @Override
            public Optional<String> read() {
                return Optional.ofNullable(kept.get());
            }

            @Override
            public void write(String rosterXml) {
                kept.set(rosterXml);
            }
        };
    }
}
