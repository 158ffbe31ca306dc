/**
 * The XMPP channel: a Smack 4.4 adapter behind the capability model of {@code channels/api}. Only
 * {@link org.switchboard.channels.xmpp.XmppAccount}, {@link org.switchboard.channels.xmpp.XmppChannel},
 * {@link org.switchboard.channels.xmpp.XmppChannelFactory}, {@link org.switchboard.channels.xmpp.CapsCache} and
 * {@link org.switchboard.channels.xmpp.TrustAnchors} are public; no Smack type appears in a public
 * signature. Smack's threads never run caller code directly: every event is handed to the
 * caller's executor once, in order, and a listener that throws is logged and skipped.
 */
@NullMarked
package org.switchboard.channels.xmpp;

import org.jspecify.annotations.NullMarked;
