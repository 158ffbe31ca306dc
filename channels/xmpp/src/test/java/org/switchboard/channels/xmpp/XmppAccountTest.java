package org.switchboard.channels.xmpp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmppAccountTest {
    private static final String CANONICAL = "SHA256:" + "AB:".repeat(31) + "AB";

    @Test
    void anAccountNeverShowsItsPassword() {
        XmppAccount account = XmppAccount.of("Alice@Example.test", "hunter2"::toCharArray).withPinnedFingerprint("ab".repeat(32));
        assertThat(account.toString()).doesNotContain("hunter2").contains("alice@example.test");
        assertThat(account.pinnedFingerprints()).containsExactly(CANONICAL);
    }
}
