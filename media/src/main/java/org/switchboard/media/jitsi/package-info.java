/**
 * The libjitsi implementation of the media API: {@link org.switchboard.media.jitsi.JitsiMediaEngine} is
 * the only public type. libjitsi is process-global; this package starts it once, with PortAudio
 * disabled (its bundled library kills the JVM on Linux) and its configuration inside the profile.
 *
 * <p>Threads: libjitsi runs its own capture, render and RTP threads; device refreshes and the
 * PulseAudio watcher's events run on one engine thread; listeners and futures are completed on the
 * caller's events executor.
 */
@NullMarked
package org.switchboard.media.jitsi;

import org.jspecify.annotations.NullMarked;
