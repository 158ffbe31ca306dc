/**
 * Calls in the GUI: the incoming-call dialog (rings until answered), the call window (state, timer,
 * mute, hold, keypad, live quality) and {@link org.switchboard.app.call.CallWindows}, the entry point
 * that opens them for a {@link org.switchboard.channels.api.Call}. Call events arrive on the channel's
 * executor; the ViewModels hand them to the UI thread through the {@link org.switchboard.app.tasks.TaskRunner}.
 */
@NullMarked
package org.switchboard.app.call;

import org.jspecify.annotations.NullMarked;
