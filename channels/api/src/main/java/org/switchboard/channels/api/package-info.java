/**
 * The capability model every channel adapter implements. A {@link org.switchboard.channels.api.Channel}
 * is one account on one protocol; what it can do is asked as capabilities
 * ({@code channel.capability(Telephony.class)}), never as "is this SIP?". Library exceptions never
 * cross this package: adapters wrap them in {@link org.switchboard.channels.api.ChannelException}.
 */
@NullMarked
package org.switchboard.channels.api;

import org.jspecify.annotations.NullMarked;
