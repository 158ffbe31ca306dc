package org.switchboard.channels.sip;

import gov.nist.core.CommonLogger;
import gov.nist.javax.sip.SipStackImpl;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.sip.InvalidArgumentException;
import javax.sip.ListeningPoint;
import javax.sip.ObjectInUseException;
import javax.sip.PeerUnavailableException;
import javax.sip.SipFactory;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.TransportNotSupportedException;
import javax.sip.address.AddressFactory;
import javax.sip.header.HeaderFactory;
import javax.sip.message.MessageFactory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One channel's JAIN-SIP stack: its properties (SLF4J loggers, our sockets, the outbound proxy),
 * one listening point on the account's transport, the provider and the message factories.
 */
final class JainSip implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JainSip.class);
    private static final AtomicInteger STACKS = new AtomicInteger();
    private static final int PORT_ATTEMPTS = 8;
    private static final int STOP_ATTEMPTS = 5;

    static {
        // Before any JAIN-SIP class logs: its fallback logger is log4j 1.x, which is not on the class path.
        CommonLogger.legacyLogger = new Slf4jStackLogger();
    }

    final SipStackImpl stack;
    final SipProvider provider;
    final ListeningPoint listeningPoint;
    final AddressFactory addresses;
    final HeaderFactory headers;
    final MessageFactory messages;
    final SipTransport transport;
    private final String name;
    private final SipListener listener;

    private JainSip(String name, SipStackImpl stack, SipProvider provider, ListeningPoint listeningPoint, SipFactory factory,
                    SipTransport transport, SipListener listener) throws PeerUnavailableException {
        this.name = name;
        this.listener = listener;
        this.stack = stack;
        this.provider = provider;
        this.listeningPoint = listeningPoint;
        this.addresses = factory.createAddressFactory();
        this.headers = factory.createHeaderFactory();
        this.messages = factory.createMessageFactory();
        this.transport = transport;
    }

    /**
     * Starts a stack listening on {@code local} ({@code port} 0 for a free one) that sends every
     * request outside a dialog to {@code outboundProxy} (none in direct mode) and reports to {@code listener}.
     */
    static JainSip start(String label, InetAddress local, int port, SipTransport transport,
                         SipAccount.@Nullable Server outboundProxy, @Nullable SSLContext tls, String serverName,
                         SipListener listener) throws Exception {
        String name = "switchboard-" + STACKS.incrementAndGet() + "-" + label;
        SipNetworkLayer.register(name, new SipNetworkLayer.Settings(tls, serverName));
        SipFactory factory = SipFactory.getInstance();
        factory.setPathName("gov.nist");
        SipStackImpl stack = (SipStackImpl) factory.createSipStack(properties(name, transport, outboundProxy));
        try {
            if (tls != null) {
                stack.setEnabledCipherSuites(tls.getDefaultSSLParameters().getCipherSuites());
            }
            ListeningPoint point = listen(stack, local, port, transport);
            SipProvider provider = stack.createSipProvider(point);
            provider.addSipListener(listener);
            stack.start();
            LOG.debug("SIP stack {} listens on {}:{}/{}", name, local.getHostAddress(), point.getPort(), transport.id());
            return new JainSip(name, stack, provider, point, factory, transport, listener);
        } catch (Exception | Error e) {
            stack.stop();
            SipNetworkLayer.unregister(name);
            throw e;
        }
    }

    private static Properties properties(String name, SipTransport transport, SipAccount.@Nullable Server proxy) {
        Properties p = new Properties();
        p.setProperty("javax.sip.STACK_NAME", name);
        p.setProperty("gov.nist.javax.sip.STACK_LOGGER", Slf4jStackLogger.class.getName());
        p.setProperty("gov.nist.javax.sip.SERVER_LOGGER", Slf4jServerLogger.class.getName());
        p.setProperty("gov.nist.javax.sip.NETWORK_LAYER", SipNetworkLayer.class.getName());
        p.setProperty("gov.nist.javax.sip.TRACE_LEVEL", "DEBUG");
        p.setProperty("gov.nist.javax.sip.TLS_CLIENT_PROTOCOLS", "TLSv1.3, TLSv1.2");
        p.setProperty("gov.nist.javax.sip.MAX_MESSAGE_SIZE", "65536");
        p.setProperty("gov.nist.javax.sip.READ_TIMEOUT", "2000");
        p.setProperty("gov.nist.javax.sip.CACHE_CLIENT_CONNECTIONS", "true");
        p.setProperty("gov.nist.javax.sip.REENTRANT_LISTENER", "false");
        // UDP datagrams processed one after the other, in the order they arrived, on one worker thread. JAIN-SIP's
        // default starts a thread per datagram, and those race: an ACK and the BYE right behind it (the warm-up's
        // loopback calls) could reach the listener BYE first, and the stack then drops the ACK of the ended dialog.
        p.setProperty("gov.nist.javax.sip.THREAD_POOL_SIZE", "1");
        p.setProperty("gov.nist.javax.sip.MAX_SERVER_TRANSACTIONS", "2000");
        p.setProperty("gov.nist.javax.sip.MAX_CONNECTIONS", "200");
        if (proxy != null) {
            String host = proxy.host().contains(":") ? "[" + proxy.host() + "]" : proxy.host();
            p.setProperty("javax.sip.OUTBOUND_PROXY", host + ":" + proxy.port() + "/" + transport.id());
        }
        return p;
    }

    private static ListeningPoint listen(SipStackImpl stack, InetAddress local, int port, SipTransport transport)
            throws InvalidArgumentException, TransportNotSupportedException, IOException {
        InvalidArgumentException last = null;
        for (int attempt = 0; attempt < (port == 0 ? PORT_ATTEMPTS : 1); attempt++) {
            int chosen = port != 0 ? port : freePort(local, transport);
            try {
                return stack.createListeningPoint(local.getHostAddress(), chosen, transport.id());
            } catch (InvalidArgumentException e) {
                last = e;
                LOG.debug("Port {} was taken meanwhile; trying another", chosen);
            }
        }
        throw new IOException("Cannot listen for SIP on " + local.getHostAddress() + (port == 0 ? "" : ":" + port)
                + ": " + (last == null ? "no port" : last.getMessage()), last);
    }

    private static int freePort(InetAddress local, SipTransport transport) throws IOException {
        if (transport == SipTransport.UDP) {
            try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(local, 0))) {
                return socket.getLocalPort();
            }
        }
        try (ServerSocket socket = new ServerSocket(0, 1, local)) {
            return socket.getLocalPort();
        }
    }

    /** The local address and port of the listening point, as Contact and Via show them. */
    String host() {
        return listeningPoint.getIPAddress();
    }

    int port() {
        return listeningPoint.getPort();
    }

    /** Stops the stack; JAIN-SIP takes a second or two for it, so it happens on its own thread. */
    CompletableFuture<Void> stop() {
        return CompletableFuture.runAsync(this::close, command -> Thread.ofVirtual().name("sip-stop " + name).start(command));
    }

    /**
     * Stops JAIN-SIP's stack. Its UDP message processor makes its channel list on its own thread once that
     * runs, and its {@code stop()} fails with a NullPointerException before then (a stack closed right after
     * it started, on a busy machine): then stopping is tried again once that thread had a moment.
     */
    private void stopStack() {
        for (int attempt = 1; ; attempt++) {
            try {
                stack.stop();
                return;
            } catch (NullPointerException e) {
                if (attempt == STOP_ATTEMPTS) {
                    LOG.warn("SIP stack {} did not stop cleanly: {}", name, e.toString());
                    return;
                }
                java.util.concurrent.locks.LockSupport.parkNanos(java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(20));
            }
        }
    }

    @Override
    public void close() {
        long start = System.nanoTime();
        try {
            provider.removeSipListener(listener);
            stack.deleteSipProvider(provider);
        } catch (ObjectInUseException | RuntimeException e) {
            LOG.debug("Closing SIP stack {}: {}", name, e.toString());
        } finally {
            stopStack();
            SipNetworkLayer.unregister(name);
            LOG.debug("SIP stack {} stopped in {} ms", name, (System.nanoTime() - start) / 1_000_000);
        }
    }
}
