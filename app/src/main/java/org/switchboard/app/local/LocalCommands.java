package org.switchboard.app.local;

import java.util.concurrent.CompletableFuture;
import org.switchboard.channels.api.OwnPresence.OwnStatus;

/** What the running window does for a local request; each completes with a line of plain text for the caller. */
public interface LocalCommands {
    /** Stores the own status in the profile and publishes it on the window's connections. */
    CompletableFuture<String> setOwnStatus(OwnStatus status);

    /** Opens an {@code xmpp:}, {@code sip:}, {@code sips:} or {@code tel:} link as if it was clicked. */
    CompletableFuture<String> open(String uri);

    /** Brings the window to the front. */
    CompletableFuture<String> show();
}
