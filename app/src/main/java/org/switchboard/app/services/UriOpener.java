package org.switchboard.app.services;

/** Hands a URI ({@code mailto:}, {@code xmpp:}, {@code sip:}, {@code tel:}) to the system's handler. */
@FunctionalInterface
public interface UriOpener {
    void open(String uri);
}
