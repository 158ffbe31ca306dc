package org.switchboard.channels.xmpp;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.security.KeyManagementException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.stream.Stream;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import org.jivesoftware.smack.util.SslContextFactory;
import org.jspecify.annotations.Nullable;
import org.switchboard.channels.api.ChannelException;

/**
 * Which key exchange groups a connection's TLS handshake offers. The JDK's client sends a key share for
 * each of the first two kinds of group it offers (x25519 and P-256 by default), and generating the P-256
 * share cold is the slow half: 65–100 ms in a fresh JVM, against 17 ms for x25519 alone, on the first
 * connect's critical path. So a channel first offers {@link #FAST} (x25519 only, as Chrome and OpenSSL send
 * one share); a server without x25519 (a FIPS-only one) then fails the handshake, and the channel connects
 * again at once offering {@link #ALL}, the JDK's defaults, for the rest of its life.
 */
enum KeyExchangeGroups {
    /** x25519 alone: one key share. */
    FAST("x25519"),
    /** The JDK's defaults (jdk.tls.namedGroups if set). */
    ALL();

    private final String[] groups;

    KeyExchangeGroups(String... groups) {
        this.groups = groups;
    }

    /** Smack's factory of SSL contexts whose client sockets and engines offer these groups. */
    SslContextFactory contexts() {
        return () -> {
            try {
                SSLContext tls = SSLContext.getInstance("TLS");
                return groups.length == 0 ? tls : new Limited(new Spi(tls, groups), tls);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("This JVM has no TLS", e);
            }
        };
    }

    /**
     * Whether a failed connect may be this offer's fault: the TLS handshake failed, and not because the
     * server's certificate was refused ({@link ChannelErrors} tells those apart).
     */
    boolean mayHaveFailed(Throwable failure, @Nullable PinningTrustManager trust) {
        return this != ALL
                && Stream.iterate(failure, Objects::nonNull, Throwable::getCause).anyMatch(SSLHandshakeException.class::isInstance)
                && !(ChannelErrors.map(failure, trust) instanceof ChannelException.CertificateRejected);
    }

    private static SSLParameters offering(SSLParameters parameters, String[] groups) {
        parameters.setNamedGroups(groups.clone());
        return parameters;
    }

    private static final class Limited extends SSLContext {
        Limited(SSLContextSpi spi, SSLContext tls) {
            super(spi, tls.getProvider(), tls.getProtocol());
        }
    }

    /** The JDK's context, with the groups set on every client socket and engine it makes. */
    private static final class Spi extends SSLContextSpi {
        private final SSLContext tls;
        private final String[] groups;

        Spi(SSLContext tls, String[] groups) {
            this.tls = tls;
            this.groups = groups;
        }

        @Override
        protected void engineInit(KeyManager[] keys, TrustManager[] trust, SecureRandom random) throws KeyManagementException {
            tls.init(keys, trust, random);
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            return new Sockets(tls.getSocketFactory(), groups);
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            return tls.getServerSocketFactory();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            return limit(tls.createSSLEngine());
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            return limit(tls.createSSLEngine(host, port));
        }

        private SSLEngine limit(SSLEngine engine) {
            engine.setSSLParameters(offering(engine.getSSLParameters(), groups));
            return engine;
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            return tls.getServerSessionContext();
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            return tls.getClientSessionContext();
        }
    }

    private static final class Sockets extends SSLSocketFactory {
        private final SSLSocketFactory tls;
        private final String[] groups;

        Sockets(SSLSocketFactory tls, String[] groups) {
            this.tls = tls;
            this.groups = groups;
        }

        private Socket limit(Socket socket) {
            if (socket instanceof SSLSocket ssl) {
                ssl.setSSLParameters(offering(ssl.getSSLParameters(), groups));
            }
            return socket;
        }

        @Override
        public String[] getDefaultCipherSuites() {
            return tls.getDefaultCipherSuites();
        }

        @Override
        public String[] getSupportedCipherSuites() {
            return tls.getSupportedCipherSuites();
        }

        @Override
        public Socket createSocket() throws IOException {
            return limit(tls.createSocket());
        }

        @Override
        public Socket createSocket(Socket plain, String host, int port, boolean autoClose) throws IOException {
            return limit(tls.createSocket(plain, host, port, autoClose));
        }

        @Override
        public Socket createSocket(Socket plain, InputStream consumed, boolean autoClose) throws IOException {
            return limit(tls.createSocket(plain, consumed, autoClose));
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return limit(tls.createSocket(host, port));
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return limit(tls.createSocket(host, port, localHost, localPort));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return limit(tls.createSocket(host, port));
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
            return limit(tls.createSocket(address, port, localAddress, localPort));
        }
    }
}
