/**
 * The audio engine API: devices, call media sessions and their statistics. The libjitsi
 * implementation is {@code org.switchboard.media.jitsi.JitsiMediaEngine}; this package is the only
 * contract the rest of the app sees.
 */
@NullMarked
package org.switchboard.media;

import org.jspecify.annotations.NullMarked;
