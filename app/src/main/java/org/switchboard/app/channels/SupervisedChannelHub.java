package org.switchboard.app.channels;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.app.StartupWork;
import org.switchboard.app.reach.ReachContext;
import org.switchboard.app.secrets.SecretStore;
import org.switchboard.channels.api.ArchiveSync;
import org.switchboard.channels.api.Call;
import org.switchboard.channels.api.Channel;
import org.switchboard.channels.api.ChannelException;
import org.switchboard.channels.api.ChatStates;
import org.switchboard.channels.api.ContactList;
import org.switchboard.channels.api.Corrections;
import org.switchboard.channels.api.Messaging;
import org.switchboard.channels.api.OwnPresence.OwnStatus;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.EndpointStatus;
import org.switchboard.contacts.accounts.Account;
import org.switchboard.contacts.accounts.AccountRepository;
import org.switchboard.contacts.history.CallRecord;
import org.switchboard.contacts.history.MessageRecord;
import org.switchboard.contacts.settings.ProfileSettings;

/**
 * The real {@link ChannelHub}: one supervised channel per enabled account. All of its state lives
 * on one thread of its own (a virtual thread), where the channels deliver their events and where
 * the history and address book are written; listeners and futures are handed to the caller's
 * executor once per event. A channel's failure (or a listener's) is logged and stays with it.
 */
public final class SupervisedChannelHub implements ChannelHub {
    private static final Logger LOG = LoggerFactory.getLogger(SupervisedChannelHub.class);
    private final HubSettings settings;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("switchboard-hub").factory());
    private final HubEvents events;
    private final CallDesk calls;
    private final SubscriptionRequests subscriptions;
    private final LiveReachContext reach = new LiveReachContext();
    private final ReachProbes probes;
    private final Map<String, AccountSupervisor> supervisors = new LinkedHashMap<>();
    private final Map<String, AccountStatus> statuses = new ConcurrentSkipListMap<>();
    private final CompletableFuture<List<AccountStatus>> settled = new CompletableFuture<>();
    private final Context context = new Context();
    private final ChannelWiring wiring;
    private volatile @Nullable HubProfile profile;
    private volatile @Nullable OwnStatus chosen;
    private OwnStatus own = OwnStatus.AVAILABLE;
    private boolean started;

    SupervisedChannelHub(HubSettings settings) {
        this.settings = settings;
        this.events = new HubEvents(settings.listenerExecutor());
        this.probes = new ReachProbes(settings.clock());
        this.calls = new CallDesk(events.executor(), finished -> new CallRecorder(profile().stores().history(), finished, settings.clock()));
        this.subscriptions = new SubscriptionRequests(new Listeners<>("subscription request", events.executor()),
                key -> contactList(Optional.ofNullable(supervisors.get(key)).flatMap(AccountSupervisor::connectedChannel)),
                to -> contactList(sender(to).flatMap(AccountSupervisor::connectedChannel)));
        this.wiring = new ChannelWiring(events, reach, calls, subscriptions, this::profile, this::run);
    }

    private static Optional<ContactList> contactList(Optional<Channel> channel) {
        return channel.flatMap(c -> c.capability(ContactList.class));
    }

    /** A hub over the profile's {@code stores} (opened lazily, on the hub's thread) and passwords in {@code secrets}. */
    public static HubBuilder builder(Supplier<ChannelStores> stores, SecretStore secrets) {
        return new HubBuilder(stores, secrets);
    }

    @Override
    public List<AccountStatus> accounts() {
        return List.copyOf(statuses.values());
    }

    @Override
    public AutoCloseable onAccountStatus(Consumer<AccountStatus> listener) {
        return events.statuses.add(listener);
    }

    @Override
    public AutoCloseable onMessage(Consumer<MessageRecord> listener) {
        return events.messages.add(listener);
    }

    @Override
    public AutoCloseable onPresence(Consumer<EndpointStatus> listener) {
        return events.presence.add(listener);
    }

    @Override
    public AutoCloseable onAddressBookChanged(Consumer<String> listener) {
        return events.addressBook.add(listener);
    }

    @Override
    public AutoCloseable onChatState(Consumer<ChatStateEvent> listener) {
        return events.chatStates.add(listener);
    }

    @Override
    public CompletableFuture<Void> sendChatState(Endpoint to, ChatStates.State state) {
        CompletableFuture<Void> result = new CompletableFuture<>();
        run(() -> conversationActions().chatState(to, state).whenComplete((ok, failure) -> events.handOver(result, null, failure)));
        return result;
    }

    @Override
    public CompletableFuture<MessageRecord> correctLast(Endpoint to, String newText) {
        CompletableFuture<MessageRecord> result = new CompletableFuture<>();
        run(() -> conversationActions().correctLast(to, newText).whenComplete((record, failure) -> events.handOver(result, record, failure)));
        return result;
    }

    @Override
    public boolean canCorrect(Endpoint to) {
        return reach.corrects(to.kind());
    }

    @Override
    public AutoCloseable onSubscriptionRequest(Consumer<SubscriptionRequest> listener) {
        return subscriptions.listeners().add(listener);
    }

    @Override
    public List<SubscriptionRequest> pendingSubscriptions() {
        return subscriptions.pending();
    }

    @Override
    public CompletableFuture<Void> approve(SubscriptionRequest request) {
        return onHub(() -> subscriptions.answer(request, true));
    }

    @Override
    public CompletableFuture<Void> deny(SubscriptionRequest request) {
        return onHub(() -> subscriptions.answer(request, false));
    }

    @Override
    public CompletableFuture<Void> requestSubscription(Endpoint to) {
        return onHub(() -> subscriptions.request(to));
    }

    /** Starts {@code action} on the hub's thread; its outcome is handed to the listeners' executor. */
    private CompletableFuture<Void> onHub(Supplier<CompletableFuture<Void>> action) {
        CompletableFuture<Void> result = new CompletableFuture<>();
        run(() -> action.get().whenComplete((ok, failure) -> events.handOver(result, null, failure)));
        return result;
    }

    @Override
    public ReachContext reachContext() {
        return reach;
    }

    /**
     * Completes (on the hub's thread) once, after {@link #start()}, when every started account is
     * connected with its roster linked, or has failed, or waits to retry: what a command waits for.
     */
    public CompletableFuture<List<AccountStatus>> firstSettled() {
        return settled;
    }

    /** How many archive catch-ups of the account read to its end since this hub started (for tests). */
    int completedCatchUps(String accountKey) {
        HubProfile opened = profile;
        return opened == null ? 0 : opened.catchUp().completed(accountKey);
    }

    /**
     * Gets the accounts' protocol libraries and the secret store ready in the background (while the
     * window is being built), so that {@link #start()} connects without loading them first. Does
     * nothing when the profile has no accounts.
     */
    @Override
    public void prepare() {
        run(() -> {
            Set<EndpointKind> kinds = new HashSet<>();
            profile().stores().accounts().findAll().stream().filter(Account::enabled).filter(settings.accountFilter()).forEach(a -> kinds.add(a.kind()));
            if (kinds.isEmpty()) {
                return;
            }
            StartupWork.start("switchboard-secrets-warm-up", settings.secrets()::warmUp);
            kinds.stream().map(settings.factories()::get).filter(Objects::nonNull)
                    .forEach(f -> StartupWork.start("switchboard-" + f.kind().id() + "-warm-up", f::prepare));
        });
    }

    @Override
    public void start() {
        run(() -> startAll(Set.of()));
    }

    @Override
    public void listening() {
        settings.listening().run();
    }

    @Override
    public void restart(String accountKey) {
        run(() -> startAll(Set.of(accountKey)));
    }

    /** Starts the enabled accounts, stops the others; those in {@code remake} get a new channel. */
    private void startAll(Set<String> remake) {
        ChannelStores opened = profile().stores();
        OwnStatus wanted = chosen;
        own = wanted != null ? wanted : OwnStatusSetting.load(opened.settings());
        List<String> keep = new ArrayList<>();
        for (Account account : opened.accounts().findAll()) {
            ChannelFactory factory = settings.factories().get(account.kind());
            if (!account.enabled() || factory == null || !settings.accountFilter().test(account)) {
                continue;
            }
            keep.add(account.key());
            AccountSupervisor existing = supervisors.get(account.key());
            if (existing != null && remake.contains(account.key())) {
                existing.remake(account);
            }
            AccountSupervisor supervisor = supervisors.computeIfAbsent(account.key(), k -> new AccountSupervisor(context, factory, account));
            context.statusChanged(supervisor);
            if (own.mode() != OwnStatus.Mode.OFFLINE) {
                supervisor.start();
            }
        }
        supervisors.keySet().removeIf(key -> {
            boolean gone = !keep.contains(key);
            if (gone) {
                supervisors.get(key).close();
                statuses.remove(key);
            }
            return gone;
        });
        started = true;
        checkSettled();
    }

    /** The profile's stores and the parts writing to them, opened at first use; on the hub's thread. */
    private HubProfile profile() {
        HubProfile opened = profile;
        if (opened == null) {
            opened = HubProfile.open(settings.stores().get(), events, settings.clock(), this::run, this::sender, this::offlineAccount);
            profile = opened;
        }
        return opened;
    }

    private ConversationActions conversationActions() {
        return profile().conversations();
    }

    /** The first account connected now that reaches {@code to}'s kind. */
    private Optional<AccountSupervisor> sender(Endpoint to) {
        return supervisors.values().stream()
                .filter(s -> s.account().kind() == to.kind() && s.connectedChannel().isPresent()).findFirst();
    }

    /** An account of {@code to}'s kind that is not connected now but will be again: messages wait for it. */
    private Optional<AccountSupervisor> offlineAccount(Endpoint to) {
        return supervisors.values().stream().filter(s -> s.account().kind() == to.kind() && s.connectedChannel().isEmpty())
                .findFirst();
    }

    @Override
    public CompletableFuture<MessageRecord> send(Endpoint to, String text) {
        CompletableFuture<MessageRecord> result = new CompletableFuture<>();
        run(() -> {
            try {
                conversationActions().send(to, text, !supervisors.isEmpty())
                        .whenComplete((record, failure) -> events.handOver(result, record, failure));
            } catch (RuntimeException e) { // the history could not store it (disk full, store closed)
                events.handOver(result, null, e);
                throw e;
            }
        });
        return result;
    }

    @Override
    public CompletableFuture<Call> dial(Endpoint to) {
        CompletableFuture<Call> result = new CompletableFuture<>();
        run(() -> {
            try {
                events.handOver(result, calls.place(supervisors.values(), to), null);
            } catch (ChannelException e) {
                events.handOver(result, null, e);
            }
        });
        return result;
    }

    @Override
    public void probe(Endpoint endpoint) {
        run(() -> probes.probe(endpoint, e -> ReachProbes.through(supervisors.values(), e)));
    }

    @Override
    public AutoCloseable onIncomingCall(Consumer<Call> listener) {
        return calls.onIncoming(listener);
    }

    @Override
    public AutoCloseable onCall(Consumer<CallRecord> listener) {
        return calls.onFinished(listener);
    }

    @Override
    public CompletableFuture<Void> setOwnStatus(OwnStatus status) {
        chosen = status;
        CompletableFuture<Void> result = new CompletableFuture<>();
        run(() -> {
            own = status;
            HubProfile opened = profile;
            if (opened != null) {
                OwnStatusSetting.store(opened.stores().settings(), status);
            }
            CompletableFuture.allOf(supervisors.values().stream().map(s -> s.publish(status)).toArray(CompletableFuture[]::new))
                    .whenComplete((ok, failure) -> events.handOver(result, null, failure));
        });
        return result;
    }

    @Override
    public void trust(String accountKey, String fingerprint) {
        String pinned = Account.normaliseFingerprint(fingerprint);
        if (!statuses.containsKey(accountKey)) {
            throw new IllegalArgumentException("There is no account " + accountKey);
        }
        run(() -> {
            AccountSupervisor supervisor = supervisors.get(accountKey);
            if (supervisor != null) {
                supervisor.trust(pinned);
            }
        });
    }

    @Override
    public void close() {
        run(() -> {
            supervisors.values().forEach(AccountSupervisor::close);
            HubProfile opened = profile;
            if (opened != null) {
                opened.catchUp().stopAll();
            }
        });
        thread.shutdown();
        try {
            if (!thread.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("The channel hub did not stop within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run(Runnable task) {
        try {
            thread.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.error("A channel hub task failed; the hub goes on", e);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.debug("The channel hub is closed; dropped a task", e);
        }
    }

    private void checkSettled() {
        if (started && !settled.isDone() && supervisors.values().stream().allMatch(AccountSupervisor::settled)) {
            settled.complete(accounts());
        }
    }

    /** The supervisors' view of this hub; every call comes on the hub's thread. */
    private final class Context implements HubContext {
        @Override
        public void run(Runnable task) {
            SupervisedChannelHub.this.run(task);
        }

        @Override
        public Executor events() {
            return SupervisedChannelHub.this::run;
        }

        @Override
        public SecretStore secrets() {
            return settings.secrets();
        }

        @Override
        public AccountRepository accounts() {
            return profile().stores().accounts();
        }

        @Override
        public ProfileSettings settings() {
            return profile().stores().settings();
        }

        @Override
        public Scheduler scheduler() {
            return settings.scheduler();
        }

        @Override
        public Backoff backoff() {
            return settings.backoff();
        }

        @Override
        public Clock clock() {
            return settings.clock();
        }

        @Override
        public OwnStatus ownStatus() {
            return own;
        }

        @Override
        public List<AutoCloseable> wire(AccountSupervisor supervisor, Channel channel) {
            return wiring.wire(supervisor, channel);
        }

        @Override
        public void statusChanged(AccountSupervisor supervisor) {
            statuses.put(supervisor.key(), supervisor.status());
            events.statuses.publish(supervisor.status());
            checkSettled();
        }

        @Override
        public void connected(AccountSupervisor supervisor, Channel channel) {
            reach.connected(supervisor.key(), supervisor.account().kind(), channel.capability(Corrections.class).isPresent());
            probes.forget();
            wiring.linkRoster(supervisor, channel, SupervisedChannelHub.this::checkSettled);
            channel.capability(Messaging.class).ifPresent(m -> conversationActions().sendQueued(supervisor, m));
            channel.capability(ArchiveSync.class)
                    .ifPresent(a -> profile().catchUp().start(supervisor.key(), supervisor.account().address(), a));
        }

        @Override
        public void disconnected(AccountSupervisor supervisor) {
            reach.disconnected(supervisor.key()).forEach(endpoint -> events.presence.publish(EndpointStatus.unknown(endpoint)));
        }
    }

    /** How a hub is set up; see {@link HubBuilder}. */
    record HubSettings(Supplier<ChannelStores> stores, SecretStore secrets, Executor listenerExecutor, Runnable listening,
                       Map<EndpointKind, ChannelFactory> factories, Scheduler scheduler, Backoff backoff, Clock clock,
                       Predicate<Account> accountFilter) {}
}
