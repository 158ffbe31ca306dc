package org.switchboard.app.system;

/** Hands a URI ({@code mailto:}, {@code tel:}, {@code https:}) to the system's handler for it. */
@FunctionalInterface
public interface UriOpener {
    /**
     * Opens {@code uri} with the system handler.
     *
     * @throws IllegalStateException with a plain message when no handler could be started
     */
    void open(String uri);
}
