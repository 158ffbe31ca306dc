package org.switchboard.channels.api;

import java.util.function.Consumer;
import org.switchboard.contacts.EndpointStatus;

/** A channel that reports its contacts' presence and capabilities on the shared ranked scale. */
public interface PresenceSource extends ChannelCapability {
    /** Called with each change; returns a handle that stops the updates. */
    AutoCloseable onPresence(Consumer<EndpointStatus> listener);
}
