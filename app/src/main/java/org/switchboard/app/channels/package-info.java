/**
 * The running channels, as the rest of the app sees them: {@link org.switchboard.app.channels.ChannelHub}
 * (accounts and their states, sending, incoming messages, presence for the Reach policy). The
 * supervisor that runs one channel per enabled account lives here too.
 */
@NullMarked
package org.switchboard.app.channels;

import org.jspecify.annotations.NullMarked;
