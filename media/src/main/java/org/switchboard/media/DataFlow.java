package org.switchboard.media;

/** What a device is used for. */
public enum DataFlow {
    CAPTURE,
    PLAYBACK,
    NOTIFY
}
