package org.switchboard.channels.api.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CertificateFingerprintTest {
    private static final String CANONICAL = "SHA256:" + "AB:".repeat(31) + "AB";

    @Test
    void pinsAreNormalisedWhateverTheirPrefixColonsOrCase() {
        assertThat(CertificateFingerprint.normalise("ab".repeat(32))).isEqualTo(CANONICAL);
        assertThat(CertificateFingerprint.normalise(" sha256:" + "ab:".repeat(31) + "ab ")).isEqualTo(CANONICAL);
        assertThat(CertificateFingerprint.normalise(CANONICAL)).isEqualTo(CANONICAL);
    }

    @Test
    void somethingElseIsRefused() {
        assertThatThrownBy(() -> CertificateFingerprint.normalise("SHA1:AB:CD")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CertificateFingerprint.normalise("zz".repeat(32))).isInstanceOf(IllegalArgumentException.class);
    }
}
