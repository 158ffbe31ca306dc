package org.switchboard.channels.api;

/** Marker of the small interfaces that name one thing a channel can do. */
public interface ChannelCapability {}
