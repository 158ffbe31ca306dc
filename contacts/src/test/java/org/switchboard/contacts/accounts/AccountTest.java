package org.switchboard.contacts.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AccountTest {
    @Test
    void fingerprintsAreNormalisedFromWhatUsersPaste() {
        String hex = "ab".repeat(31) + "cd";
        String expected = "SHA256:" + "AB:".repeat(31) + "CD";
        assertThat(Account.normaliseFingerprint(hex)).isEqualTo(expected);
        assertThat(Account.normaliseFingerprint("sha256:" + hex.replaceAll("(..)", "$1 "))).isEqualTo(expected);
        assertThat(Account.normaliseFingerprint(expected)).isEqualTo(expected);
    }

    @Test
    void aBadFingerprintOrServerIsNamedInTheMessage() {
        assertThatThrownBy(() -> Account.normaliseFingerprint("SHA256:12:34"))
                .hasMessageContaining("\"SHA256:12:34\" is not a SHA-256 fingerprint");
        assertThatThrownBy(() -> Account.checkServer("example.org")).hasMessageContaining("\"example.org\" is not HOST:PORT");
        assertThatThrownBy(() -> Account.checkServer("example.org:70000")).hasMessageContaining("out of range");
        assertThat(Account.checkServer(" 127.0.0.1:5222 ")).isEqualTo("127.0.0.1:5222");
    }
}
