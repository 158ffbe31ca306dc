package org.switchboard.channels.sip;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * HTTP digest authentication for SIP (RFC 3261 §22, RFC 2617, RFC 8760): the response to one
 * challenge, computed from the password without ever turning it into a {@link String}.
 *
 * @param realm the challenge's realm
 * @param nonce the challenge's nonce
 * @param algorithm {@code MD5} (the default), {@code SHA-256} or their {@code -sess} forms
 * @param qop {@code auth} when the challenge offered it; empty for the RFC 2069 form
 * @param opaque echoed back as given; empty when absent
 */
record Digest(String realm, String nonce, String algorithm, String qop, String opaque) {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The challenge's parameters; {@code qopOptions} is the offered list ({@code "auth,auth-int"}). */
    static Digest of(String realm, String nonce, @Nullable String algorithm, @Nullable String qopOptions, @Nullable String opaque) {
        String qop = "";
        if (qopOptions != null) {
            for (String option : qopOptions.split(",")) {
                if (option.strip().equalsIgnoreCase("auth")) {
                    qop = "auth";
                }
            }
        }
        return new Digest(realm, nonce, algorithm == null || algorithm.isBlank() ? "MD5" : algorithm.strip(), qop,
                opaque == null ? "" : opaque);
    }

    /** True for the algorithms this class computes. */
    boolean supported() {
        return javaAlgorithm() != null;
    }

    /** The values of an Authorization header answering this challenge for {@code method} on {@code uri}. */
    Answer answer(String user, char[] password, String method, String uri) {
        return answer(user, password, method, uri, newClientNonce());
    }

    /** A random client nonce. */
    static String newClientNonce() {
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    /** The answer with a given client nonce (tests use the RFC's), as the first use of the server's nonce. */
    Answer answer(String user, char[] password, String method, String uri, String cnonce) {
        return answer(user, password, method, uri, cnonce, 1);
    }

    /** The answer as the {@code nonceCount}-th request with the server's nonce (a reused challenge counts on). */
    Answer answer(String user, char[] password, String method, String uri, String cnonce, int nonceCount) {
        String nc = String.format(Locale.ROOT, "%08x", nonceCount);
        String ha1 = hash(utf8(user + ":" + realm + ":"), password);
        if (algorithm.toLowerCase(Locale.ROOT).endsWith("-sess")) {
            ha1 = hash(ha1 + ":" + nonce + ":" + cnonce);
        }
        String ha2 = hash(method + ":" + uri);
        String response = qop.isEmpty() ? hash(ha1 + ":" + nonce + ":" + ha2)
                : hash(ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":" + qop + ":" + ha2);
        return new Answer(response, qop.isEmpty() ? "" : cnonce, qop.isEmpty() ? "" : nc);
    }

    /** What goes into the Authorization header besides the challenge's own parameters. */
    record Answer(String response, String cnonce, String nonceCount) {}

    private String hash(String text) {
        return hash(utf8(text), new char[0]);
    }

    private String hash(byte[] prefix, char[] secret) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(secret));
        byte[] secretBytes = new byte[encoded.remaining()];
        encoded.get(secretBytes);
        try {
            MessageDigest digest = MessageDigest.getInstance(java.util.Objects.requireNonNull(javaAlgorithm()));
            digest.update(prefix);
            digest.update(secretBytes);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no " + algorithm + " digest in this JDK", e);
        } finally {
            Arrays.fill(secretBytes, (byte) 0);
            if (encoded.hasArray()) {
                Arrays.fill(encoded.array(), (byte) 0);
            }
        }
    }

    private @Nullable String javaAlgorithm() {
        return switch (algorithm.toUpperCase(Locale.ROOT)) {
            case "MD5", "MD5-SESS" -> "MD5";
            case "SHA-256", "SHA-256-SESS" -> "SHA-256";
            default -> null;
        };
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
