package org.switchboard.channels.sip;

import gov.nist.core.net.NetworkLayer;
import gov.nist.javax.sip.SipStackImpl;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.jspecify.annotations.Nullable;

/**
 * The sockets of one channel's JAIN-SIP stack: TLS with the channel's own trust manager (chain,
 * server name and the account's pins), TCP without Nagle, and UDP through {@link GuardedDatagramSocket},
 * which answers malformed requests the stack would drop in silence. JAIN-SIP creates it by name
 * ({@code gov.nist.javax.sip.NETWORK_LAYER}) and then names its stack, by which it finds the
 * channel's settings ({@link #register}). Public only for that; not API.
 */
public final class SipNetworkLayer implements NetworkLayer {
    private static final int CONNECT_TIMEOUT_MILLIS = 8_000;
    private static final Map<String, Settings> BY_STACK = new ConcurrentHashMap<>();
    private volatile Settings settings = new Settings(null, "");

    public SipNetworkLayer() {}

    /** What a channel's stack uses: its TLS context (none without TLS) and the server name its certificate must show. */
    record Settings(@Nullable SSLContext tls, String serverName) {}

    static void register(String stackName, Settings settings) {
        BY_STACK.put(stackName, settings);
    }

    static void unregister(String stackName) {
        BY_STACK.remove(stackName);
    }

    @Override
    public void setSipStack(SipStackImpl stack) {
        Settings found = BY_STACK.get(stack.getStackName());
        if (found != null) {
            settings = found;
        }
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress bindAddress) throws IOException {
        return new ServerSocket(port, backlog, bindAddress);
    }

    @Override
    public SSLServerSocket createSSLServerSocket(int port, int backlog, InetAddress bindAddress) throws IOException {
        return (SSLServerSocket) tls().getServerSocketFactory().createServerSocket(port, backlog, bindAddress);
    }

    @Override
    public Socket createSocket(InetAddress address, int port) throws IOException {
        return createSocket(address, port, null);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, @Nullable InetAddress myAddress) throws IOException {
        return createSocket(address, port, myAddress, 0);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, @Nullable InetAddress myAddress, int myPort) throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            if (myAddress != null) {
                socket.bind(new InetSocketAddress(myAddress, myPort));
            }
            socket.connect(new InetSocketAddress(address, port), CONNECT_TIMEOUT_MILLIS);
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    @Override
    public SSLSocket createSSLSocket(InetAddress address, int port) throws IOException {
        return createSSLSocket(address, port, null);
    }

    /** A TLS socket over a connected TCP one, naming the expected server (SNI) and asking for its name to be checked. */
    @Override
    public SSLSocket createSSLSocket(InetAddress address, int port, @Nullable InetAddress myAddress) throws IOException {
        Socket plain = createSocket(address, port, myAddress);
        String name = settings.serverName().isEmpty() ? address.getHostAddress() : settings.serverName();
        try {
            SSLSocket socket = (SSLSocket) tls().getSocketFactory().createSocket(plain, name, port, true);
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            if (!isIpLiteral(name)) {
                parameters.setServerNames(List.of(new SNIHostName(name)));
            }
            socket.setSSLParameters(parameters);
            return socket;
        } catch (IOException | RuntimeException e) {
            plain.close();
            throw e;
        }
    }

    @Override
    public DatagramSocket createDatagramSocket() throws SocketException {
        return new DatagramSocket();
    }

    @Override
    public DatagramSocket createDatagramSocket(int port, InetAddress bindAddress) throws SocketException {
        return new GuardedDatagramSocket(new InetSocketAddress(bindAddress, port));
    }

    private SSLContext tls() throws IOException {
        SSLContext context = settings.tls();
        if (context == null) {
            throw new IOException("TLS is not configured for this SIP account");
        }
        return context;
    }

    private static boolean isIpLiteral(String name) {
        return name.contains(":") || name.matches("[0-9.]+");
    }
}
