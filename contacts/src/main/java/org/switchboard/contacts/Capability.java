package org.switchboard.contacts;

/** What an endpoint's client can do, as discovered by its channel (disco, SIP OPTIONS, …). */
public enum Capability {
    TEXT_CHAT,
    VOICE_CALL,
    VIDEO_CALL,
    FILE_TRANSFER,
    EMAIL
}
