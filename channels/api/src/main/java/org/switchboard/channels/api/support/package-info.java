/**
 * Small concurrency parts every channel adapter needs, kept here so that adapters (which never
 * depend on each other) share one copy: the hand-over of events to the caller's executor, a serial
 * executor, and a channel's connection state with its listeners.
 */
@NullMarked
package org.switchboard.channels.api.support;

import org.jspecify.annotations.NullMarked;
