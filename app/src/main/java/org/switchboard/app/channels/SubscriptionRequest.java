package org.switchboard.app.channels;

import java.util.Objects;
import org.switchboard.contacts.Endpoint;

/** {@code from} asks to see the presence of the user's account {@code accountKey}; answer with the hub's approve or deny. */
public record SubscriptionRequest(String accountKey, Endpoint from) {
    public SubscriptionRequest {
        Objects.requireNonNull(accountKey, "accountKey");
        Objects.requireNonNull(from, "from");
    }
}
