package org.switchboard.channels.sip.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/**
 * A test server's readiness, asked the way a client would: one OPTIONS to the server itself over
 * UDP, TCP or TLS, answered 200. A listening socket alone says nothing about whether the workers
 * behind it serve: Kamailio binds its sockets before it forks the processes that answer.
 */
final class OptionsProbe {
    private static final int WAIT_MILLIS = 1_000;

    private OptionsProbe() {}

    /** Whether the server on 127.0.0.1:{@code port} answers 200 over UDP within a second. */
    static boolean answersUdp(int port, String domain) {
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(Tools.LOOPBACK, 0))) {
            socket.setSoTimeout(WAIT_MILLIS);
            byte[] request = request(domain, "UDP", socket.getLocalPort());
            socket.send(new DatagramPacket(request, request.length, new InetSocketAddress(Tools.LOOPBACK, port)));
            DatagramPacket answer = new DatagramPacket(new byte[4096], 4096);
            socket.receive(answer);
            return isOk(new String(answer.getData(), 0, answer.getLength(), StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether the server answers 200 over TCP, or over TLS when {@code tls} is given, within a second. */
    static boolean answersStream(int port, String domain, @Nullable SSLContext tls) {
        try (Socket plain = new Socket()) {
            plain.connect(new InetSocketAddress(Tools.LOOPBACK, port), WAIT_MILLIS);
            plain.setSoTimeout(WAIT_MILLIS);
            // closing the TLS socket sends close_notify: the server's TLS worker sees an orderly end, not a dropped connection
            try (Socket socket = tls == null ? plain : tls.getSocketFactory().createSocket(plain, domain, port, true)) {
                socket.getOutputStream().write(request(domain, tls == null ? "TCP" : "TLS", plain.getLocalPort()));
                socket.getOutputStream().flush();
                return isOk(head(socket.getInputStream()));
            }
        } catch (IOException e) {
            return false;
        }
    }

    private static byte[] request(String domain, String transport, int localPort) {
        String id = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        return ("OPTIONS sip:" + domain + " SIP/2.0\r\n"
                + "Via: SIP/2.0/" + transport + " 127.0.0.1:" + localPort + ";rport;branch=z9hG4bK-probe-" + id + "\r\n"
                + "Max-Forwards: 70\r\n"
                + "From: <sip:probe@" + domain + ">;tag=" + id + "\r\n"
                + "To: <sip:" + domain + ">\r\n"
                + "Call-ID: probe-" + id + "@127.0.0.1\r\n"
                + "CSeq: 1 OPTIONS\r\n"
                + "Content-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** The response's head: everything up to the blank line. */
    private static String head(InputStream in) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        int last4 = 0;
        for (int b; (b = in.read()) >= 0 && read.size() < 8192; ) {
            read.write(b);
            last4 = (last4 << 8) | b;
            if (last4 == 0x0d0a0d0a) {
                break;
            }
        }
        return read.toString(StandardCharsets.ISO_8859_1);
    }

    private static boolean isOk(String response) {
        return response.startsWith("SIP/2.0 200");
    }
}
