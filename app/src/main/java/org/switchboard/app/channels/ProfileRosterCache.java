package org.switchboard.app.channels;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.channels.xmpp.RosterCache;
import org.switchboard.contacts.accounts.Account;
import org.switchboard.contacts.settings.ProfileSettings;
import org.switchboard.contacts.store.StoreException;

/**
 * An XMPP account's roster with the server's version of it (XEP-0237), kept in the profile settings
 * under the account's prefix + {@value #KEY} (so it goes when the account is removed): a start with an
 * unchanged roster gets an empty answer from the server instead of every contact. A store failure
 * only costs the whole roster on the next login.
 */
final class ProfileRosterCache implements RosterCache {
    static final String KEY = "xmpp.roster";
    private static final Logger LOG = LoggerFactory.getLogger(ProfileRosterCache.class);
    private final ProfileSettings settings;
    private final String key;

    ProfileRosterCache(ProfileSettings settings, Account account) {
        this.settings = settings;
        this.key = account.settingsPrefix() + KEY;
    }

    @Override
    public Optional<String> read() {
        try {
            return settings.get(key);
        } catch (StoreException e) {
            LOG.warn("Cannot read the kept roster: {}", e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void write(String rosterXml) {
        try {
            settings.put(key, rosterXml);
        } catch (StoreException e) {
            LOG.warn("Cannot keep the roster: {}", e.getMessage());
        }
    }
}
