package org.switchboard.channels.xmpp;

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

    @Test
    void anAccountNeverShowsItsPassword() {
        XmppAccount account = XmppAccount.of("Alice@Example.test", "hunter2"::toCharArray).withPinnedFingerprint("ab".repeat(32));
        assertThat(account.toString()).doesNotContain("hunter2").contains("alice@example.test");
        assertThat(account.pinnedFingerprints()).containsExactly(CANONICAL);
    }
}
