package org.switchboard.channels.sip.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A client of baresip's {@code ctrl_tcp} module: netstring-framed JSON commands with a token, their
 * responses, and the events baresip pushes (CALL_INCOMING, CALL_ESTABLISHED, CALL_CLOSED, …).
 */
final class BaresipControl implements AutoCloseable {
    private final Socket socket;
    private final OutputStream out;
    private final List<Map<String, Object>> events = new CopyOnWriteArrayList<>();
    private final Map<String, Map<String, Object>> responses = new ConcurrentHashMap<>();
    private final AtomicInteger tokens = new AtomicInteger();
    private final Thread reader;

    BaresipControl(int port) throws IOException {
        socket = new Socket();
        socket.connect(new InetSocketAddress(Tools.LOOPBACK, port), 2000);
        out = socket.getOutputStream();
        reader = Thread.ofVirtual().name("baresip-ctrl-" + port).start(this::read);
    }

    /** Runs a menu command ({@code dial}, {@code hangup}, {@code accept}, {@code hold}, …) and returns baresip's answer. */
    synchronized Map<String, Object> command(String name, String params) throws IOException {
        String token = "t" + tokens.incrementAndGet();
        String json = "{\"command\":\"" + name + "\",\"params\":\"" + params.replace("\"", "\\\"") + "\",\"token\":\"" + token + "\"}";
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        out.write((body.length + ":").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.write(',');
        out.flush();
        return Await.until("baresip's answer to " + name, Duration.ofSeconds(5), () -> Optional.ofNullable(responses.remove(token)));
    }

    List<Map<String, Object>> events() {
        return List.copyOf(events);
    }

    private void read() {
        try (InputStream in = socket.getInputStream()) {
            while (true) {
                int length = 0;
                int c;
                while ((c = in.read()) != ':') {
                    if (c < 0) {
                        return;
                    }
                    length = length * 10 + (c - '0');
                }
                byte[] body = in.readNBytes(length);
                in.read();
                Map<String, Object> message = MiniJson.object(new String(body, StandardCharsets.UTF_8));
                if (Boolean.TRUE.equals(message.get("response"))) {
                    responses.put(String.valueOf(message.get("token")), message);
                } else {
                    events.add(message);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (!socket.isClosed()) {
                events.add(Map.of("type", "CONTROL_FAILED", "param", e.toString()));
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        reader.interrupt();
    }
}
