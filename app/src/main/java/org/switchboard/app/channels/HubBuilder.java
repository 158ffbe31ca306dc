package org.switchboard.app.channels;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.switchboard.app.secrets.SecretStore;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.accounts.Account;

/** Sets up a {@link SupervisedChannelHub}; every setting has the default of a normal run. */
public final class HubBuilder {
    private final Supplier<ChannelStores> stores;
    private final SecretStore secrets;
    private Executor listenerExecutor = Runnable::run;
    private List<ChannelFactory> factories = ChannelFactory.standard();
    private Scheduler scheduler = Scheduler.system();
    private Backoff backoff = Backoff.standard();
    private Clock clock = Clock.systemUTC();
    private Predicate<Account> accountFilter = account -> true;
    private boolean holdEvents;

    HubBuilder(Supplier<ChannelStores> stores, SecretStore secrets) {
        this.stores = stores;
        this.secrets = secrets;
    }

    /** Where listeners are called and futures completed (the FX thread in the GUI); default: the hub's own thread. */
    public HubBuilder listenerExecutor(Executor executor) {
        this.listenerExecutor = executor;
        return this;
    }

    /**
     * Holds what the hub hands to the listener executor (events, futures' results) until
     * {@link ChannelHub#listening()}: the accounts can then start before the caller's listeners exist
     * (the GUI connects while its window is being built) and nothing they report is missed.
     */
    public HubBuilder holdEventsUntilListening() {
        this.holdEvents = true;
        return this;
    }

    /** One factory per kind of account; default: XMPP against the system's certificate authorities. */
    public HubBuilder factories(List<ChannelFactory> all) {
        this.factories = List.copyOf(all);
        return this;
    }

    public HubBuilder scheduler(Scheduler retries) {
        this.scheduler = retries;
        return this;
    }

    public HubBuilder backoff(Backoff policy) {
        this.backoff = policy;
        return this;
    }

    public HubBuilder clock(Clock time) {
        this.clock = time;
        return this;
    }

    /** Runs only the enabled accounts that pass {@code filter} (a command that needs one account). */
    public HubBuilder accounts(Predicate<Account> filter) {
        this.accountFilter = filter;
        return this;
    }

    public SupervisedChannelHub build() {
        Map<EndpointKind, ChannelFactory> byKind = new EnumMap<>(EndpointKind.class);
        factories.forEach(f -> byKind.put(f.kind(), f));
        HeldExecutor held = holdEvents ? new HeldExecutor(listenerExecutor) : null;
        return new SupervisedChannelHub(new SupervisedChannelHub.HubSettings(stores, secrets,
                held != null ? held : listenerExecutor, held != null ? held::release : () -> {}, Map.copyOf(byKind),
                scheduler, backoff, clock, accountFilter));
    }
}
