package org.switchboard.channels.sip;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sip.IOExceptionEvent;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.channels.api.AccountId;
import org.switchboard.channels.api.Call;
import org.switchboard.channels.api.Channel;
import org.switchboard.channels.api.ChannelCapability;
import org.switchboard.channels.api.ChannelException;
import org.switchboard.channels.api.ChannelState;
import org.switchboard.channels.api.EndReason;
import org.switchboard.channels.api.MessageEvents;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.media.MediaEngine;
import org.switchboard.channels.api.support.EventHub;
import org.switchboard.channels.api.support.ConnectionStates;

/**
 * One SIP account. Capabilities: {@link org.switchboard.channels.api.Telephony} and
 * {@link org.switchboard.channels.api.CallHandling} (one call at a time), {@link org.switchboard.channels.api.Messaging}
 * and {@link MessageEvents} (SIP MESSAGE), {@link org.switchboard.channels.api.ReachabilityProbe} and
 * {@link org.switchboard.channels.api.PresenceSource} (OPTIONS on demand). {@link #connect()} starts the account's JAIN-SIP stack and
 * registers (direct accounts only listen); a registration or keep-alive that fails later moves the
 * channel to {@link ChannelState.Interrupted}, and {@link #connect()} registers again. Calls already
 * running are not touched by that. Listeners may be added before connecting and stay across connections.
 */
public final class SipChannel implements Channel {
    private static final Logger LOG = LoggerFactory.getLogger(SipChannel.class);
    private static final Duration UNREGISTER_PATIENCE = Duration.ofSeconds(2);
    private final SipAccount account;
    private final Executor events;
    private final Supplier<MediaEngine> media;
    private final SipTrust trust;
    private final SrvLocator servers;
    private final Signalling signalling;
    private final ExecutorService mediaThreads = Executors.newVirtualThreadPerTaskExecutor();
    private final ConnectionStates states;
    private final CallRegistry registry = new CallRegistry();
    private final AgreedCodecs codecs = new AgreedCodecs();
    private final SipTelephony telephony;
    private final SipMessaging messaging;
    private final SipProbe probe;
    private final RequestRouter router;
    private final AtomicInteger attempt = new AtomicInteger();
    private volatile @Nullable CallContext context;
    private @Nullable Registration registration;

    SipChannel(SipAccount account, Executor events, Supplier<MediaEngine> media, SipTrust trust, SrvLocator servers) {
        this.account = account;
        this.events = events;
        this.media = media;
        this.trust = trust;
        this.servers = servers;
        String name = "SIP " + account.address();
        this.signalling = new Signalling(account.address());
        this.states = new ConnectionStates(new EventHub<>(name + " state", events));
        this.telephony = new SipTelephony(signalling, events, this::context, registry, new EventHub<Call>(name + " call", events));
        OutOfDialog outside = new OutOfDialog(signalling, events, this::context);
        this.messaging = new SipMessaging(outside, new EventHub<>(name + " message", events));
        this.probe = new SipProbe(outside, new EventHub<>(name + " reachability", events));
        this.router = new RequestRouter(this::context, telephony, messaging, registry, this::transportFailure);
    }

    private Optional<CallContext> context() {
        return Optional.ofNullable(context);
    }

    @Override
    public AccountId account() {
        return new AccountId(account.address());
    }

    @Override
    public EndpointKind endpointKind() {
        return EndpointKind.SIP;
    }

    @Override
    public ChannelState state() {
        return states.get();
    }

    @Override
    public AutoCloseable onStateChange(Consumer<ChannelState> listener) {
        return states.onStateChange(listener);
    }

    @Override
    public <C extends ChannelCapability> Optional<C> capability(Class<C> type) {
        return List.<Object>of(telephony, messaging, probe).stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    @Override
    public CompletableFuture<Void> connect() {
        CompletableFuture<Void> result = new CompletableFuture<>();
        if (signalling.closed()) {
            return CompletableFuture.failedFuture(new ChannelException.NotConnected("The SIP account is closed.", null));
        }
        if (states.get() instanceof ChannelState.Connected) {
            events.execute(() -> result.complete(null));
            return result;
        }
        states.set(new ChannelState.Connecting(attempt.incrementAndGet()));
        signalling.run("connect", () -> {
            try {
                CallContext ctx = open();
                if (account.direct()) {
                    connected(result);
                    return;
                }
                if (registration != null) {
                    registration.stop();
                }
                Registration current = new Registration(ctx.endpoint(), ctx.transactions(), signalling, this::lost);
                registration = current;
                current.register().whenComplete((ok, failure) -> {
                    if (failure == null) {
                        connected(result);
                    } else {
                        failed(result, failure);
                    }
                });
            } catch (ChannelException e) {
                failed(result, e);
            }
        });
        return result;
    }

    /** The running stack, started on the first connect. */
    private CallContext open() throws ChannelException {
        CallContext current = context;
        if (current != null) {
            return current;
        }
        SipEndpoint endpoint = EndpointStarter.start(account, trust, servers, signalling, router);
        SipWarmUp.start(endpoint, registry::anyCall);
        Transactions transactions = new Transactions(endpoint, account.password());
        current = new CallContext(endpoint, transactions, new Replies(endpoint), signalling, media, mediaThreads, events, registry,
                codecs);
        context = current;
        return current;
    }

    private void connected(CompletableFuture<Void> result) {
        attempt.set(0);
        states.set(new ChannelState.Connected());
        CallContext current = context;
        if (current != null && !registry.busy()) {
            try {
                current.standByAudio(java.util.Optional.empty());
            } catch (RuntimeException e) {
                LOG.debug("The first call's audio could not stand by: {}", e.getMessage());
            }
        }
        events.execute(() -> result.complete(null));
    }

    private void failed(CompletableFuture<Void> result, Throwable thrown) {
        Throwable failure = thrown instanceof java.util.concurrent.CompletionException && thrown.getCause() != null
                ? thrown.getCause() : thrown;
        ChannelException error = failure instanceof ChannelException known ? known
                : new ChannelException.NotConnected("SIP failure: " + failure.getMessage(), failure);
        LOG.warn("Could not connect {}: {}", account.address(), error.getMessage());
        if (!registry.busy()) {
            closeStack();
        }
        states.set(switch (error) {
            case ChannelException.AuthenticationFailed e -> new ChannelState.Failed(e.getMessage());
            case ChannelException.CertificateRejected e -> new ChannelState.Failed(e.getMessage());
            default -> new ChannelState.Disconnected();
        });
        events.execute(() -> result.completeExceptionally(error));
    }

    /** The registration or its keep-alive failed: the supervisor will connect again. */
    private void lost(String reason) {
        if (states.get() instanceof ChannelState.Connected) {
            LOG.warn("SIP account {} lost its registration: {}", account.address(), reason);
            states.set(new ChannelState.Interrupted(reason));
        }
    }

    private void transportFailure(IOExceptionEvent event) {
        CallContext current = context;
        if (current == null) {
            return;
        }
        SipAccount.Server proxy = current.endpoint().account.outboundProxy();
        if (!account.direct() && event.getPort() == proxy.port() && registration != null) {
            registration.stop();
            lost("the connection to " + proxy + " failed");
        }
    }

    @Override
    public CompletableFuture<Void> disconnect() {
        CompletableFuture<Void> result = new CompletableFuture<>();
        shutDown().thenCompose(stopped -> stopped)
                .whenComplete((ok, failure) -> events.execute(() -> result.complete(null)));
        return result;
    }

    /**
     * Ends the calls, removes the registration and forgets the stack, on the signalling thread; yields
     * the stack's stop, which completes once its ports are free.
     */
    private CompletableFuture<CompletableFuture<Void>> shutDown() {
        CompletableFuture<CompletableFuture<Void>> down = new CompletableFuture<>();
        boolean queued = signalling.run("disconnect", () -> {
            telephony.endAll(EndReason.of(EndReason.Kind.HUNG_UP));
            Registration current = registration;
            CompletableFuture<Void> unregistered = current == null || !(states.get() instanceof ChannelState.Connected)
                    ? CompletableFuture.completedFuture(null) : current.unregister(UNREGISTER_PATIENCE);
            unregistered.whenComplete((ok, failure) -> signalling.run("stop the stack", () -> {
                CompletableFuture<Void> stopped = closeStack();
                states.set(new ChannelState.Disconnected());
                down.complete(stopped);
            }));
        });
        if (!queued) {
            down.complete(CompletableFuture.completedFuture(null));
        }
        return down;
    }

    /** Forgets the stack and stops it; the future completes once its ports are free. */
    private CompletableFuture<Void> closeStack() {
        Registration current = registration;
        if (current != null) {
            current.stop();
        }
        registration = null;
        CallContext ctx = context;
        context = null;
        return ctx == null ? CompletableFuture.completedFuture(null) : ctx.endpoint().stop();
    }

    /**
     * Disconnects (waiting a few seconds for the un-REGISTER) and stops the channel's threads; the
     * stack's own threads finish in the background a second later.
     */
    @Override
    public void close() {
        if (signalling.closed()) {
            return;
        }
        try {
            shutDown().get(UNREGISTER_PATIENCE.toSeconds() + 3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.warn("Closing {} did not finish cleanly: {}", account.address(), e.toString());
        }
        signalling.close();
        mediaThreads.shutdown();
    }

    /** Tests: how many times the registrar granted the current registration. */
    int registrations() {
        Registration current = registration;
        return current == null ? 0 : current.registrations();
    }

    /** Tests: where this channel listens, as {@code host:port}; empty while disconnected. */
    Optional<String> listening() {
        return context().map(c -> c.endpoint().sip.host() + ":" + c.endpoint().sip.port());
    }

    @Override
    public String toString() {
        return "SipChannel[" + account + ", " + states.get() + "]";
    }
}
