package org.switchboard.channels.xmpp;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The default {@link CapsCache}: a map. */
final class MemoryCapsCache implements CapsCache {
    private final Map<String, String> entries = new ConcurrentHashMap<>();

    @Override
    public Optional<String> get(String verification) {
        return Optional.ofNullable(entries.get(verification));
    }

    @Override
    public void put(String verification, String discoInfoXml) {
        entries.put(verification, discoInfoXml);
    }
}
