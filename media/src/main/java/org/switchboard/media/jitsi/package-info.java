/**
 * The libjitsi implementation of the media API: {@link org.switchboard.media.jitsi.JitsiMediaEngine} is
 * the only public type. libjitsi is process-global; this package starts it once, with PortAudio
 * disabled (its bundled library kills the JVM on Linux) and its configuration inside the profile.
 * On PulseAudio, calls capture and play through our own libpulse streams ({@code CallAudioDevice},
 * {@code PulseStream}), one 20 ms frame per wake-up; libjitsi keeps codecs, RTP and statistics.
 *
 * <p>Threads: libjitsi runs its own capture, render and RTP threads (the first two call into our
 * streams); libpulse's mainloop thread of our call connection only wakes a stream's waiter; device refreshes and the
 * PulseAudio watcher's events run on one engine thread; listeners and futures are completed on the
 * caller's events executor.
 */
@NullMarked
package org.switchboard.media.jitsi;

import org.jspecify.annotations.NullMarked;
