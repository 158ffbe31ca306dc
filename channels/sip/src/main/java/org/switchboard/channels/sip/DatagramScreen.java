package org.switchboard.channels.sip;

import gov.nist.javax.sip.header.CSeq;
import gov.nist.javax.sip.header.CallID;
import gov.nist.javax.sip.header.ContentLength;
import gov.nist.javax.sip.header.From;
import gov.nist.javax.sip.header.RequestLine;
import gov.nist.javax.sip.header.To;
import gov.nist.javax.sip.header.Via;
import gov.nist.javax.sip.parser.StringMsgParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Checks one received SIP datagram for what JAIN-SIP would silently drop: a request that lacks
 * From, To, Call-ID or CSeq, or whose Content-Length promises more than the datagram holds. Such a
 * request gets a 400 naming the problem (built from the headers it has); one without Via cannot be
 * answered and is dropped. So does one whose From, To, Via, Call-ID, CSeq or Content-Length JAIN-SIP
 * cannot parse (its own 400 would lack the Call-ID). Everything else passes to the stack.
 */
final class DatagramScreen {
    private static final Map<String, String> COMPACT = Map.of("v", "via", "f", "from", "t", "to", "i", "call-id", "l",
            "content-length");
    private static final List<String> MANDATORY = List.of("from", "to", "call-id", "cseq");
    private static final java.util.Set<Class<?>> ESSENTIAL = java.util.Set.of(From.class, To.class, CSeq.class, Via.class,
            CallID.class, ContentLength.class, RequestLine.class);

    private DatagramScreen() {}

    sealed interface Verdict {
        record Pass() implements Verdict {}

        record Drop(String reason) implements Verdict {}

        record Reply(byte[] response, String reason) implements Verdict {}
    }

    static Verdict check(byte[] datagram) {
        String text = new String(datagram, StandardCharsets.ISO_8859_1);
        if (text.isBlank() || text.startsWith("SIP/")) {
            return new Verdict.Pass();
        }
        int end = headerEnd(text);
        String head = end < 0 ? text : text.substring(0, end);
        String[] lines = head.split("\r?\n");
        String requestLine = lines[0].strip();
        if (!requestLine.endsWith("SIP/2.0") || requestLine.startsWith("ACK ")) {
            return new Verdict.Pass();
        }
        List<String[]> headers = headers(lines);
        if (headers.stream().noneMatch(h -> h[0].equals("via"))) {
            return new Verdict.Drop("no Via header in \"" + requestLine + "\"");
        }
        for (String name : MANDATORY) {
            if (headers.stream().noneMatch(h -> h[0].equals(name))) {
                return reply(headers, "Missing " + display(name) + " header", requestLine);
            }
        }
        int bodyLength = end < 0 ? 0 : datagram.length - bodyStart(text, end);
        for (String[] h : headers) {
            if (h[0].equals("content-length")) {
                String value = h[1].strip();
                if (!value.matches("[0-9]{1,9}")) {
                    return reply(headers, "Bad Content-Length " + value, requestLine);
                }
                if (Integer.parseInt(value) > bodyLength) {
                    return reply(headers, "Content-Length " + value + " exceeds the body (" + bodyLength + " bytes)", requestLine);
                }
            }
        }
        java.util.Optional<String> unreadable = unreadableHeader(datagram);
        if (unreadable.isPresent()) {
            return reply(headers, unreadable.get(), requestLine);
        }
        return new Verdict.Pass();
    }

    /** The essential header JAIN-SIP cannot parse (it would answer without Call-ID, or not at all). */
    private static java.util.Optional<String> unreadableHeader(byte[] datagram) {
        String[] bad = new String[1];
        try {
            new StringMsgParser().parseSIPMessage(datagram, true, false, (error, message, type, header, text) -> {
                if (type != null && ESSENTIAL.contains(type)) {
                    bad[0] = header;
                    throw error;
                }
                message.addUnparsed(header);
            });
            return java.util.Optional.empty();
        } catch (java.text.ParseException e) {
            String header = bad[0] == null ? "" : bad[0].strip();
            int colon = header.indexOf(':');
            if (colon <= 0) {
                return java.util.Optional.of("Unreadable request");
            }
            return java.util.Optional.of("Bad " + header.substring(0, colon).strip().replaceAll("[^A-Za-z-]", "") + " header");
        }
    }

    private static Verdict reply(List<String[]> headers, String problem, String requestLine) {
        StringBuilder out = new StringBuilder("SIP/2.0 400 ").append(problem).append("\r\n");
        for (String[] h : headers) {
            switch (h[0]) {
                case "via", "from", "call-id", "cseq" -> out.append(display(h[0])).append(": ").append(h[1].strip()).append("\r\n");
                case "to" -> out.append("To: ").append(h[1].strip())
                        .append(h[1].toLowerCase(Locale.ROOT).contains(";tag=") ? "" : ";tag=" + tag()).append("\r\n");
                default -> { }
            }
        }
        if (headers.stream().noneMatch(h -> h[0].equals("cseq"))) {
            out.append("CSeq: 1 ").append(requestLine.substring(0, Math.max(0, requestLine.indexOf(' ')))).append("\r\n");
        }
        out.append("Content-Length: 0\r\n\r\n");
        return new Verdict.Reply(out.toString().getBytes(StandardCharsets.ISO_8859_1),
                problem + " in \"" + requestLine + "\"");
    }

    private static List<String[]> headers(String[] lines) {
        List<String[]> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if ((line.startsWith(" ") || line.startsWith("\t")) && !headers.isEmpty()) {
                String[] last = headers.getLast();
                last[1] = last[1] + " " + line.strip();
                continue;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                headers.add(new String[] {COMPACT.getOrDefault(name, name), line.substring(colon + 1)});
            }
        }
        return headers;
    }

    private static int headerEnd(String text) {
        int crlf = text.indexOf("\r\n\r\n");
        int lf = text.indexOf("\n\n");
        if (crlf < 0) {
            return lf;
        }
        return lf < 0 ? crlf : Math.min(crlf, lf);
    }

    private static int bodyStart(String text, int headerEnd) {
        return text.startsWith("\r\n\r\n", headerEnd) ? headerEnd + 4 : headerEnd + 2;
    }

    private static String display(String name) {
        return switch (name) {
            case "call-id" -> "Call-ID";
            case "cseq" -> "CSeq";
            case "via" -> "Via";
            case "from" -> "From";
            case "to" -> "To";
            default -> name;
        };
    }

    private static String tag() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }
}
