/**
 * The audio test harness, shipped in the media test-jar for channels/sip and app tests: a private
 * PulseAudio daemon with null devices ({@link org.switchboard.media.testing.PulseAudioServer}),
 * tone generation and detection ({@link org.switchboard.media.testing.Tones}), a shared engine
 * ({@link org.switchboard.media.testing.SharedMediaEngine}) and waiting on conditions
 * ({@link org.switchboard.media.testing.Await}).
 *
 * <p>A module that uses it adds to its surefire configuration
 * {@code <environmentVariables><PULSE_SERVER>unix:${project.build.directory}/pulse/native</PULSE_SERVER></environmentVariables>}:
 * libpulse reads that variable from the environment, which a running JVM cannot change.
 */
@NullMarked
package org.switchboard.media.testing;

import org.jspecify.annotations.NullMarked;
