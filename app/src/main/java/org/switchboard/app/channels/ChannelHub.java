package org.switchboard.app.channels;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.switchboard.app.reach.ReachContext;
import org.switchboard.channels.api.Call;
import org.switchboard.channels.api.ChatStates;
import org.switchboard.channels.api.OwnPresence.OwnStatus;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointStatus;
import org.switchboard.contacts.history.CallRecord;
import org.switchboard.contacts.history.MessageRecord;

/**
 * The running channels as the GUI and the CLI use them. Listeners are called on the executor the hub
 * was built with (the FX thread in the GUI), once per event, in order. {@link #NONE} is the embedded
 * default with no accounts.
 */
public interface ChannelHub extends AutoCloseable {

    /** Every configured account with its channel's state. */
    List<AccountStatus> accounts();

    /** Called with an account's new status whenever it changes; close the handle to stop. */
    AutoCloseable onAccountStatus(Consumer<AccountStatus> listener);

    /**
     * Sends a chat message through the account that can reach {@code to}; the message is stored in
     * the history at once (queued) and the future completes when the server acknowledged it.
     */
    CompletableFuture<MessageRecord> send(Endpoint to, String text);

    /** Called with every message stored in the history (incoming, outgoing, from other devices, delivery updates). */
    AutoCloseable onMessage(Consumer<MessageRecord> listener);

    /**
     * Called with each contact's new presence as a channel reports it (and with "unknown" for the
     * contacts of an account that went offline); {@link #reachContext()} already has it.
     */
    default AutoCloseable onPresence(Consumer<EndpointStatus> listener) {
        return () -> { };
    }

    /**
     * Called with the account's key after its roster was linked into the address book (persons
     * created or updated), so that views reload the list.
     */
    default AutoCloseable onAddressBookChanged(Consumer<String> listener) {
        return () -> { };
    }

    /** Called with each peer's typing state (XEP-0085) as its client reports it; nothing is stored. */
    default AutoCloseable onChatState(Consumer<ChatStateEvent> listener) {
        return () -> { };
    }

    /** Tells {@code to} whether the user is typing; fails with a ChannelException.NotConnected while no account can reach it. */
    default CompletableFuture<Void> sendChatState(Endpoint to, ChatStates.State state) {
        return CompletableFuture.completedFuture(null);
    }

    /**
     * Replaces the text of the user's last message to {@code to} (XEP-0308) through the account that
     * reaches it; the stored message reads {@code newText} (keeping its first text) once the server
     * acknowledged the correction, and {@link #onMessage} listeners get it as it reads now.
     */
    default CompletableFuture<MessageRecord> correctLast(Endpoint to, String newText) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("Corrections are not available here."));
    }

    /** True when a connected account reaching {@code to}'s kind can correct sent messages (XMPP yes, SIP MESSAGE no). Any thread. */
    default boolean canCorrect(Endpoint to) {
        return false;
    }

    /**
     * Called with each request to see the user's presence (an XMPP subscription request) as an
     * account receives it; {@link #pendingSubscriptions()} lists those not answered yet.
     */
    default AutoCloseable onSubscriptionRequest(Consumer<SubscriptionRequest> listener) {
        return () -> { };
    }

    /** The subscription requests not answered yet, oldest first. */
    default List<SubscriptionRequest> pendingSubscriptions() {
        return List.of();
    }

    /** Lets the requester see the user's presence on the request's account. */
    default CompletableFuture<Void> approve(SubscriptionRequest request) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("Subscriptions are not available here."));
    }

    /** Refuses the requester's request to see the user's presence. */
    default CompletableFuture<Void> deny(SubscriptionRequest request) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("Subscriptions are not available here."));
    }

    /**
     * Adds {@code to} to the contact list of the connected account of its kind (XMPP) and asks to
     * see its presence; fails with a ChannelException.NotConnected while no account can reach it.
     */
    default CompletableFuture<Void> requestSubscription(Endpoint to) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("Subscriptions are not available here."));
    }

    /**
     * Calls {@code to} (a SIP address, or a phone number through a SIP account) from the first
     * connected account that can; the call is returned at once and stored in the history when it
     * ends. Fails with a ChannelException.NotConnected while no account can place it.
     */
    default CompletableFuture<Call> dial(Endpoint to) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("Calls are not available here."));
    }

    /**
     * Asks the network whether {@code endpoint} is reachable now when its kind has no pushed presence
     * (SIP: an OPTIONS request through a connected account); the answer arrives as a presence update
     * ({@link #onPresence}). Nothing happens when no account can ask or when it was asked moments ago.
     */
    default void probe(Endpoint endpoint) {
    }

    /** Called with each incoming call (in CallState.Incoming); the call's own events come on the channel's executor. */
    default AutoCloseable onIncomingCall(Consumer<Call> listener) {
        return () -> { };
    }

    /**
     * Called with each finished call once it is stored in the history (as stored: without its
     * {@code id} and {@code person}), once per call, so that open conversations show it.
     */
    default AutoCloseable onCall(Consumer<CallRecord> listener) {
        return () -> { };
    }

    /** Publishes the user's own presence on every account (and remembers it in the profile). */
    CompletableFuture<Void> setOwnStatus(OwnStatus status);

    /** What the channels know about presence, for the Reach policy and the presence dots. */
    ReachContext reachContext();

    /** Loads what connecting will need (protocol libraries, the secret store) in the background; optional. */
    default void prepare() {
    }

    /** Starts (or restarts) the enabled accounts' channels. */
    void start();

    /**
     * The caller's listeners are in place: what a hub built to hold its events until now (the GUI's,
     * whose accounts connect while the window is built) is delivered. Does nothing for other hubs.
     */
    default void listening() {}

    /**
     * Like {@link #start()}, and the account with {@code accountKey} gets a new channel made from what
     * is stored now (the account, its password, its settings in the profile such as a SIP account's
     * call handling and SRTP): call it after the user changed them. A call on that account ends.
     */
    default void restart(String accountKey) {
        start();
    }

    /** Accepts a certificate the user looked at (its fingerprint is pinned on the account) and reconnects. */
    void trust(String accountKey, String fingerprint);

    @Override
    void close();

    /** No accounts: nothing to send with, nothing online, email through the system mail client. */
    ChannelHub NONE = new NoChannels();
}
