package org.switchboard.media;

/** Live figures of one call's media. */
public record CallQuality(
        String codec, long packetsSent, long packetsReceived, double lossPercent, double jitterMs, double roundTripMs, double mos) {}
