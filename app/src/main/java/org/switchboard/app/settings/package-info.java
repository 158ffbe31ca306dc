/**
 * Settings of the app's own behaviour: the audio devices (microphone, speaker, ringer) pinned by
 * name or following the system default, and per SIP account how incoming calls are handled
 * (Do-Not-Disturb, forwarding, encrypted media). Stored in the profile's
 * {@link org.switchboard.contacts.settings.ProfileSettings}.
 */
@NullMarked
package org.switchboard.app.settings;

import org.jspecify.annotations.NullMarked;
