package org.switchboard.media;

import java.util.Objects;

/**
 * One SDES {@code a=crypto} attribute (RFC 4568): {@code a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:KEY}.
 *
 * @param tag the attribute's tag that the answer repeats
 * @param suite the crypto suite ({@code AES_CM_128_HMAC_SHA1_80})
 * @param keyParams the key parameters ({@code inline:base64key|2^20|1:32})
 */
public record SdesCrypto(int tag, String suite, String keyParams) {
    public SdesCrypto {
        Objects.requireNonNull(suite, "suite");
        Objects.requireNonNull(keyParams, "keyParams");
    }

    /** The attribute's value as it stands after {@code a=crypto:}. */
    public String attribute() {
        return tag + " " + suite + " " + keyParams;
    }
}
