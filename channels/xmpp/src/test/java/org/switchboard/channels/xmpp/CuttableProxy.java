package org.switchboard.channels.xmpp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay on loopback in front of the test server whose connections can be cut at once, as a
 * network failure would: the client and the server each see their socket end, the server stays up
 * (so a stream-management session can hibernate and be resumed).
 */
final class CuttableProxy implements AutoCloseable {
    private final ServerSocket listener;
    private final int target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    CuttableProxy(int target) throws IOException {
        this.target = target;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().name("proxy-accept").start(this::accept);
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Closes every relayed connection; new ones are still accepted. */
    void cut() throws IOException {
        for (Socket socket : Set.copyOf(open)) {
            socket.close();
            open.remove(socket);
        }
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                open.add(client);
                open.add(server);
                relay(client, server);
                relay(server, client);
            } catch (IOException closed) {
                return; // the listener was closed: the proxy is done
            }
        }
    }

    private static void relay(Socket from, Socket to) {
        Thread.ofVirtual().start(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException ended) {
                quietlyClose(to); // one side ended: end the other as the network would
            }
            quietlyClose(to);
        });
    }

    private static void quietlyClose(Socket socket) {
        try {
            socket.close();
        } catch (IOException alreadyClosed) {
            // closing a socket that is already gone has nothing left to do
            assert socket.isClosed() || !socket.isClosed();
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        cut();
    }
}
