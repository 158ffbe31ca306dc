package org.switchboard.media;

import java.net.InetSocketAddress;
import java.util.List;
import org.switchboard.contacts.calls.CallQuality;

/** The audio of one call: what we can offer, then the negotiated stream with its statistics. */
public interface MediaSession extends AutoCloseable {
    /** Where we receive RTP (RTCP on the next port). */
    InetSocketAddress localRtp();

    /** The formats we can send and receive, most preferred first (Opus, PCMU, PCMA, telephone-event). */
    List<AudioFormat> formats();

    /**
     * Our SDES keys to put into an offer or answer ({@code a=crypto}), one per suite we support,
     * most preferred first; stable for the life of the session. An answer repeats the offer's tag
     * with our key of the chosen suite ({@code new SdesCrypto(theirTag, suite, ours.keyParams())});
     * {@link MediaPlan#localCrypto()} must carry one of these keys unchanged.
     */
    List<SdesCrypto> localCryptoOffers();

    /**
     * Opens the microphone, the encoder for {@code likely} and the speaker before the answer is known,
     * so that audio can flow within one packet time of {@link #start}: nothing is sent before it (the
     * peer's address is not known yet), and what arrives is played. {@code start} with the same codec
     * only names the peer; with another codec it changes the encoder (as long as a start would take);
     * with SRTP it starts afresh. Plain RTP only. Does nothing once started or closed, or in engines
     * that cannot prepare.
     */
    default void prepare(AudioFormat likely) throws MediaException {}

    /** Starts sending and receiving as negotiated (after {@link #prepare}: names the peer and opens the sending). */
    void start(MediaPlan plan) throws MediaException;

    /** Applies a new negotiation (hold, resume, another address) to the running stream. */
    void update(MediaPlan plan) throws MediaException;

    void mute(boolean muted);

    /**
     * Sends one DTMF digit as an RFC 4733 telephone-event on the negotiated payload type.
     *
     * @throws IllegalStateException when the plan has no telephone-event
     */
    void sendDtmf(char digit);

    /** The live figures (packets, loss, jitter, round trip, MOS, incoming silence). */
    CallQuality quality();

    /** Stops the stream and frees the ports; safe to call twice. */
    @Override
    void close();
}
