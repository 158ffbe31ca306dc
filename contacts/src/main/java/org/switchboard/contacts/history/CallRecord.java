package org.switchboard.contacts.history;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.PersonId;
import org.switchboard.contacts.calls.CallQuality;

/**
 * A finished call in the timeline.
 *
 * @param id the stored identity; {@code null} until stored
 * @param person the person owning {@code peer} when read; ignored when appended
 * @param account the user's own account that carried the call ({@code sip:alice@example.test})
 * @param peer the other side's address
 * @param direction {@code OUT} when the user called, {@code IN} when they were called
 * @param at when the call started ringing
 * @param callId the call's id (SIP Call-ID), unique per account: a call is stored once
 * @param talked how long the two talked; zero when it never connected
 * @param outcome how it ended, in plain words ("They hung up", "They are busy")
 * @param quality the audio's figures when the call ended; {@link CallQuality#NONE} when no media flowed
 */
public record CallRecord(@Nullable HistoryId id, @Nullable PersonId person, String account, Endpoint peer,
                         Direction direction, Instant at, String callId, Duration talked, String outcome,
                         CallQuality quality) implements HistoryEntry {
    public CallRecord {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(talked, "talked");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(quality, "quality");
        if (callId.isBlank()) {
            throw new IllegalArgumentException("a call needs its id");
        }
    }

    @Override
    public EntryKind kind() {
        return EntryKind.CALL;
    }

    /** True when the two sides talked. */
    public boolean connected() {
        return !talked.isZero();
    }

    /**
     * One plain line: "Outgoing call, 2:05 — They hung up", "Outgoing call — They are busy",
     * "Missed call — They gave up before it was answered", "Incoming call — You declined the call".
     */
    public String summary() {
        if (connected()) {
            return (direction == Direction.OUT ? "Outgoing call, " : "Incoming call, ") + minutesAndSeconds(talked) + " — " + outcome;
        }
        return (direction == Direction.OUT ? "Outgoing call" : missed() ? "Missed call" : "Incoming call") + " — " + outcome;
    }

    /** An incoming call that never connected and that the user did not end (declined) themselves. */
    public boolean missed() {
        return direction == Direction.IN && !connected() && !outcome.startsWith("You ");
    }

    /** {@code m:ss} (or {@code h:mm:ss}) of a duration. */
    public static String minutesAndSeconds(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }
}
