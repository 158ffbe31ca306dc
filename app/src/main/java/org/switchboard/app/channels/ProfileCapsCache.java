package org.switchboard.app.channels;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.channels.xmpp.CapsCache;
import org.switchboard.contacts.settings.ProfileSettings;
import org.switchboard.contacts.store.StoreException;

/**
 * Contacts' entity caps (XEP-0115) kept in the profile settings under {@value #PREFIX} + the
 * verification string, so that a client version learnt once costs no disco#info query after a
 * restart. One entry per client version seen (a few KB each), never expired: a verification string
 * is a hash of its answer, so an entry cannot go stale. A store failure only costs a query again.
 */
final class ProfileCapsCache implements CapsCache {
    static final String PREFIX = "xmpp.caps.";
    private static final Logger LOG = LoggerFactory.getLogger(ProfileCapsCache.class);
    private final ProfileSettings settings;

    ProfileCapsCache(ProfileSettings settings) {
        this.settings = settings;
    }

    @Override
    public Optional<String> get(String verification) {
        try {
            return settings.get(PREFIX + verification);
        } catch (StoreException e) {
            LOG.warn("Cannot read the capabilities cache: {}", e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void put(String verification, String discoInfoXml) {
        try {
            settings.put(PREFIX + verification, discoInfoXml);
        } catch (StoreException e) {
            LOG.warn("Cannot store in the capabilities cache: {}", e.getMessage());
        }
    }
}
