/**
 * The audio engine API: devices, call media sessions and their statistics. The libjitsi
 * implementation will live beside it; this package is the only contract the rest of the app sees.
 */
@NullMarked
package org.switchboard.media;

import org.jspecify.annotations.NullMarked;
