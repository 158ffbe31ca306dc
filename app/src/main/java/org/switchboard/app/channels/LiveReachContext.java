package org.switchboard.app.channels;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.switchboard.app.reach.ReachContext;
import org.switchboard.channels.api.ContactList;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.EndpointStatus;
import org.switchboard.contacts.Presence;

/**
 * What the running channels report: each endpoint's latest status per account (the most reachable
 * one wins when two accounts see the same contact), and the kinds the connected accounts can act on
 * (email always, through the system mail client) and which of them correct sent messages. Written by the hub's thread, read from any.
 */
final class LiveReachContext implements ReachContext {
    private final Map<String, Map<String, EndpointStatus>> byAccount = new ConcurrentHashMap<>();
    private final Map<String, EndpointKind> connected = new ConcurrentHashMap<>();
    /** The connected accounts whose channel corrects sent messages, with their kind. */
    private final Map<String, EndpointKind> correcting = new ConcurrentHashMap<>();
    private final Map<String, String> sharing = new ConcurrentHashMap<>();

    @Override
    public EndpointStatus statusOf(Endpoint endpoint) {
        String key = key(endpoint);
        EndpointStatus best = EndpointStatus.unknown(endpoint);
        for (Map<String, EndpointStatus> statuses : byAccount.values()) {
            EndpointStatus status = statuses.get(key);
            if (status != null && status.presence().rank() > best.presence().rank()) {
                best = status;
            }
        }
        return best;
    }

    @Override
    public Set<EndpointKind> usableKinds() {
        Set<EndpointKind> kinds = EnumSet.of(EndpointKind.EMAIL);
        kinds.addAll(connected.values());
        return kinds;
    }

    @Override
    public Optional<String> sharingNote(Endpoint endpoint) {
        return Optional.ofNullable(sharing.get(key(endpoint)));
    }

    /** Remembers, per contact-list entry, whether the contact shares their presence with the user. */
    void sharing(List<ContactList.Entry> entries) {
        for (ContactList.Entry entry : entries) {
            String key = key(entry.endpoint());
            boolean shared = entry.subscription() == ContactList.Subscription.TO || entry.subscription() == ContactList.Subscription.BOTH;
            if (shared) {
                sharing.remove(key);
            } else {
                sharing.put(key, entry.pendingOut() ? "waiting for them to share their presence"
                        : "they do not share their presence with you");
            }
        }
    }

    void update(String account, EndpointStatus status) {
        byAccount.computeIfAbsent(account, a -> new ConcurrentHashMap<>()).put(key(status.endpoint()), status);
    }

    void connected(String account, EndpointKind kind, boolean correctsMessages) {
        connected.put(account, kind);
        if (correctsMessages) {
            correcting.put(account, kind);
        }
    }

    /** True when a connected account of {@code kind} can correct sent messages. */
    boolean corrects(EndpointKind kind) {
        return correcting.containsValue(kind);
    }

    /** Forgets what {@code account} reported; returns the endpoints whose status it knew. */
    List<Endpoint> disconnected(String account) {
        connected.remove(account);
        correcting.remove(account);
        Map<String, EndpointStatus> gone = byAccount.remove(account);
        return gone == null ? List.of() : gone.values().stream().map(EndpointStatus::endpoint).toList();
    }

    /** True when some account has reported on {@code endpoint} (even "offline"). */
    boolean knows(Endpoint endpoint) {
        return statusOf(endpoint).presence() != Presence.UNKNOWN;
    }

    private static String key(Endpoint endpoint) {
        return endpoint.kind().id() + ":" + endpoint.address().toLowerCase(Locale.ROOT);
    }
}
