package org.switchboard.channels.api;

/** The connection state of a channel, shown on its account. */
public sealed interface ChannelState {
    record Disconnected() implements ChannelState {}

    record Connecting(int attempt) implements ChannelState {}

    record Connected() implements ChannelState {}

    /**
     * The connection broke without being asked to: messages sent meanwhile wait (until they are
     * confirmed after the next successful {@link Channel#connect()}, or their deadline passes).
     */
    record Interrupted(String reason) implements ChannelState {}

    /** Waiting before the next reconnect attempt. */
    record Retrying(int attempt, java.time.Instant nextAttempt, String lastError) implements ChannelState {}

    /** Stopped for a reason the user must fix (bad password, refused certificate). */
    record Failed(String reason) implements ChannelState {}
}
