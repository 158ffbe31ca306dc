package org.switchboard.app.channels;

import java.util.Optional;
import org.switchboard.channels.api.ChannelState;
import org.switchboard.contacts.accounts.Account;

/**
 * An account and the state of its channel right now.
 *
 * @param untrustedFingerprint the SHA-256 fingerprint of a certificate the account refused (the GUI
 *     asks the user to accept or refuse it), or empty
 */
public record AccountStatus(Account account, ChannelState state, Optional<String> untrustedFingerprint) {
    public static AccountStatus of(Account account, ChannelState state) {
        return new AccountStatus(account, state, Optional.empty());
    }
}
