package org.switchboard.channels.sip;

import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.switchboard.media.AudioFormat;
import org.switchboard.media.MediaEngine;

/**
 * What a call's signalling needs from its channel.
 *
 * @param media the audio engine, asked for when a call needs its media session
 * @param mediaThreads where media sessions start and change (virtual threads)
 * @param events the channel's events executor, for the call's state changes
 * @param codecs the codec each recent peer agreed to, for preparing the next call's audio
 */
record CallContext(SipEndpoint endpoint, Transactions transactions, Replies replies, Signalling signalling,
                   Supplier<MediaEngine> media, Executor mediaThreads, Executor events, CallRegistry registry,
                   AgreedCodecs codecs) {
    /**
     * Has the audio engine keep the next call's audio ready on our address, for {@code likely} (empty:
     * the engine's choice); not for accounts that require SRTP, whose streams need the peer's key first.
     */
    void standByAudio(Optional<AudioFormat> likely) {
        if (!endpoint.account.requireSrtp()) {
            media.get().standBy(endpoint.localAddress, likely);
        }
    }
}
