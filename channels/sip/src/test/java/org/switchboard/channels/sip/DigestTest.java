package org.switchboard.channels.sip;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Digest responses against published values. */
class DigestTest {
    @Test
    void rfc2069WithoutQop() {
        Digest digest = Digest.of("testrealm@host.com", "dcd98b7102dd2f0e8b11d0f600bfb0c093", null, null, null);

        Digest.Answer answer = digest.answer("Mufasa", "CircleOfLife".toCharArray(), "GET", "/dir/index.html");

        assertThat(answer.response()).isEqualTo("1949323746fe6a43ef61f9606e7febea");
        assertThat(answer.cnonce()).isEmpty();
    }

    @Test
    void rfc2617WithQopAuth() {
        Digest digest = Digest.of("testrealm@host.com", "dcd98b7102dd2f0e8b11d0f600bfb0c093", "MD5", "auth,auth-int",
                "5ccc069c403ebaf9f0171e9517f40e41");

        Digest.Answer answer = digest.answer("Mufasa", "Circle Of Life".toCharArray(), "GET", "/dir/index.html", "0a4f113b");

        assertThat(answer.response()).isEqualTo("6629fae49393a05397450978507c4ef1");
    }

    @Test
    void qopAuthAddsACnonceAndCount() {
        Digest digest = Digest.of("example.test", "n", "MD5", "auth,auth-int", "op");

        Digest.Answer answer = digest.answer("alice", "secret".toCharArray(), "REGISTER", "sip:example.test");

        assertThat(digest.qop()).isEqualTo("auth");
        assertThat(answer.cnonce()).hasSize(16);
        assertThat(answer.nonceCount()).isEqualTo("00000001");
        assertThat(answer.response()).hasSize(32);
    }

    @Test
    void sha256IsSupportedAndUnknownAlgorithmsAreNot() {
        assertThat(Digest.of("r", "n", "SHA-256", null, null).answer("u", "p".toCharArray(), "INVITE", "sip:x").response())
                .hasSize(64);
        assertThat(Digest.of("r", "n", "AKAv1-MD5", null, null).supported()).isFalse();
    }

    @Test
    void aReusedNonceCountsOnAndChangesTheResponse() {
        Digest digest = Digest.of("example.test", "abc123", null, "auth", null);
        Digest.Answer first = digest.answer("alice", "secret".toCharArray(), "INVITE", "sip:bob@example.test", "c0ffee", 1);
        Digest.Answer third = digest.answer("alice", "secret".toCharArray(), "INVITE", "sip:bob@example.test", "c0ffee", 3);

        assertThat(first.nonceCount()).isEqualTo("00000001");
        assertThat(third.nonceCount()).isEqualTo("00000003");
        assertThat(third.response()).isNotEqualTo(first.response());
    }
}
