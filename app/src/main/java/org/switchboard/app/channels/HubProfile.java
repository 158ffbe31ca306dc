package org.switchboard.app.channels;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.switchboard.contacts.Endpoint;

/**
 * The profile as the hub uses it, opened on the hub's thread at first use: the stores, and the parts
 * that write to them (history, roster links, archive catch-up, sending).
 */
record HubProfile(ChannelStores stores, MessageRecorder recorder, RosterLinker linker, ArchiveCatchUp catchUp,
                  ConversationActions conversations) {

    /**
     * @param senders the connected account that reaches an address
     * @param offline an account of the address's kind that is not connected now
     * @param hub the hub's thread
     */
    static HubProfile open(ChannelStores stores, HubEvents events, Clock clock, Executor hub,
            Function<Endpoint, Optional<AccountSupervisor>> senders,
            Function<Endpoint, Optional<AccountSupervisor>> offline) {
        MessageRecorder recorder = new MessageRecorder(stores.history(), events.messages, clock);
        return new HubProfile(stores, recorder, new RosterLinker(stores.persons()),
                new ArchiveCatchUp(stores.settings(), recorder, hub, clock),
                new ConversationActions(senders, offline, stores.history(), recorder, hub));
    }
}
