package org.switchboard.app.channels;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import org.switchboard.app.secrets.SecretStore;
import org.switchboard.channels.api.Channel;
import org.switchboard.channels.api.OwnPresence.OwnStatus;
import org.switchboard.contacts.accounts.AccountRepository;
import org.switchboard.contacts.settings.ProfileSettings;

/** What an {@link AccountSupervisor} needs from its hub. Every call happens on the hub's thread. */
interface HubContext {
    /** Runs {@code task} on the hub's thread, after what is queued there. */
    void run(Runnable task);

    /** The hub's thread as an executor: where channels deliver their events. */
    Executor events();

    SecretStore secrets();

    AccountRepository accounts();

    /** The profile's settings (channels keep what they learn there, e.g. entity caps). */
    ProfileSettings settings();

    Scheduler scheduler();

    Backoff backoff();

    Clock clock();

    OwnStatus ownStatus();

    /** Subscribes the hub to a new channel's events; the handles are closed with the channel. */
    List<AutoCloseable> wire(AccountSupervisor supervisor, Channel channel);

    void statusChanged(AccountSupervisor supervisor);

    void connected(AccountSupervisor supervisor, Channel channel);

    void disconnected(AccountSupervisor supervisor);
}
