package org.switchboard.media.jitsi;

import org.jitsi.srtp.crypto.Aes;

/**
 * The AES implementation SRTP uses, named before the first call. Left unnamed, jitsi-srtp picks it by
 * benchmark when a call's first SRTP packet is encrypted or decrypted: 11,000 warm-up rounds and 10
 * timed runs for each of four providers (OpenSSL over JNI, SunJCE, Bouncy Castle, PKCS#11) and each
 * cipher mode, on the media thread of that call. On a busy two-core machine that stalled the first
 * encrypted call's receive path long enough to lose 29 packets (15 %, a CI run of
 * {@code JitsiLoopbackCallTest}). SunJCE is jitsi-srtp's own default and the JDK's: a call needs
 * about 100 packets a second, each a few hundred bytes, which any of them encrypts in microseconds.
 */
final class SrtpCipherSettings {
    /** jitsi-srtp's short name for {@code Aes$SunJCECipherFactory}. */
    static final String FACTORY = "SunJCE";

    private SrtpCipherSettings() {}

    static void apply() {
        Aes.setFactoryClassName(FACTORY);
    }
}
