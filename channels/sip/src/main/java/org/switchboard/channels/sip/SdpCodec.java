package org.switchboard.channels.sip;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes session descriptions. Reading is strict where a call depends on it ({@code v=},
 * {@code o=}, {@code c=}, {@code m=} syntax, ports, a connection for every stream) and lenient
 * elsewhere (unknown line types, missing {@code t=} or {@code s=}); every refusal names the line.
 */
final class SdpCodec {
    static final int MAX_LENGTH = 16 * 1024;
    private static final int MALFORMED = 399;

    private SdpCodec() {}

    static Sdp parse(String text) throws SdpException {
        if (text.length() > MAX_LENGTH) {
            throw malformed("the description is " + text.length() + " characters long (at most " + MAX_LENGTH + ")");
        }
        String[] lines = text.split("\r?\n", -1);
        Builder builder = new Builder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() && i >= lines.length - 2) {
                continue;
            }
            if (line.length() < 2 || line.charAt(1) != '=' || !Character.isLetter(line.charAt(0))) {
                throw malformed("line " + (i + 1) + " is not type=value: \"" + shorten(line) + "\"");
            }
            if (i == 0 && !line.equals("v=0")) {
                throw malformed("it does not start with v=0 but with \"" + shorten(line) + "\"");
            }
            builder.line(i + 1, line.charAt(0), line.substring(2));
        }
        return builder.build();
    }

    static String write(Sdp sdp) {
        StringBuilder out = new StringBuilder("v=0\r\n");
        Sdp.Origin o = sdp.origin();
        out.append("o=").append(o.username()).append(' ').append(o.sessionId()).append(' ').append(o.version())
                .append(' ').append(connection(o.address())).append("\r\n");
        out.append("s=").append(sdp.sessionName().isEmpty() ? "-" : sdp.sessionName()).append("\r\n");
        sdp.connection().ifPresent(c -> out.append("c=").append(connection(c)).append("\r\n"));
        out.append("t=0 0\r\n");
        sdp.attributes().forEach(a -> attribute(out, a));
        for (Sdp.Media m : sdp.media()) {
            out.append("m=").append(m.type()).append(' ').append(m.port()).append(' ').append(m.protocol());
            m.formats().forEach(f -> out.append(' ').append(f));
            out.append("\r\n");
            m.connection().ifPresent(c -> out.append("c=").append(connection(c)).append("\r\n"));
            m.attributes().forEach(a -> attribute(out, a));
        }
        return out.toString();
    }

    private static void attribute(StringBuilder out, Sdp.Attribute a) {
        out.append("a=").append(a.name()).append(a.value().isEmpty() ? "" : ":" + a.value()).append("\r\n");
    }

    private static String connection(String address) {
        return (address.contains(":") ? "IN IP6 " : "IN IP4 ") + address;
    }

    private static SdpException malformed(String problem) {
        return new SdpException(MALFORMED, "malformed SDP: " + problem);
    }

    private static String shorten(String line) {
        String printable = line.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 60 ? printable.substring(0, 60) + "…" : printable;
    }

    /** Collects the lines of one description. */
    private static final class Builder {
        private Sdp.Origin origin = new Sdp.Origin("", "", 0, "");
        private boolean hasOrigin;
        private String sessionName = "";
        private Optional<String> connection = Optional.empty();
        private final List<Sdp.Attribute> attributes = new ArrayList<>();
        private final List<Sdp.Media> media = new ArrayList<>();
        private MediaBuilder current;

        void line(int number, char type, String value) throws SdpException {
            switch (type) {
                case 'o' -> origin(number, value);
                case 's' -> sessionName = value.strip();
                case 'c' -> {
                    String address = address(number, value);
                    if (current == null) {
                        connection = Optional.of(address);
                    } else {
                        current.connection = Optional.of(address);
                    }
                }
                case 'm' -> {
                    finishMedia();
                    current = media(number, value);
                }
                case 'a' -> {
                    int colon = value.indexOf(':');
                    Sdp.Attribute a = colon < 0 ? new Sdp.Attribute(value.strip(), "")
                            : new Sdp.Attribute(value.substring(0, colon).strip(), value.substring(colon + 1).strip());
                    (current == null ? attributes : current.attributes).add(a);
                }
                case 'v' -> {
                    if (number != 1) {
                        throw malformed("line " + number + " repeats v=");
                    }
                }
                default -> { }
            }
        }

        private void origin(int number, String value) throws SdpException {
            String[] f = value.strip().split(" +");
            if (f.length != 6 || !f[3].equals("IN")) {
                throw malformed("line " + number + " is not an origin (o=user id version IN IP4 address): \"o=" + shorten(value) + "\"");
            }
            long version;
            try {
                version = Long.parseUnsignedLong(f[2]);
            } catch (NumberFormatException e) {
                throw malformed("line " + number + " has the origin version \"" + shorten(f[2]) + "\", not a number");
            }
            origin = new Sdp.Origin(f[0], f[1], version, f[5]);
            hasOrigin = true;
        }

        private static String address(int number, String value) throws SdpException {
            String[] f = value.strip().split(" +");
            if (f.length != 3 || !f[0].equals("IN") || !(f[1].equals("IP4") || f[1].equals("IP6"))) {
                throw malformed("line " + number + " is not a connection (c=IN IP4 address): \"c=" + shorten(value) + "\"");
            }
            String address = f[2].contains("/") && f[1].equals("IP4") ? f[2].substring(0, f[2].indexOf('/')) : f[2];
            boolean plausible = f[1].equals("IP4") ? address.matches("[0-9A-Za-z.\\-]+") : address.matches("[0-9A-Fa-f:.]+");
            if (!plausible) {
                throw malformed("line " + number + " has the address \"" + shorten(address) + "\", not an " + f[1] + " address");
            }
            return address;
        }

        private static MediaBuilder media(int number, String value) throws SdpException {
            String[] f = value.strip().split(" +");
            if (f.length < 4) {
                throw malformed("line " + number + " is not a media line (m=audio port RTP/AVP formats): \"m=" + shorten(value) + "\"");
            }
            String portText = f[1].contains("/") ? f[1].substring(0, f[1].indexOf('/')) : f[1];
            int port;
            try {
                port = Integer.parseInt(portText);
            } catch (NumberFormatException e) {
                port = -1;
            }
            if (port < 0 || port > 65535) {
                throw malformed("line " + number + " has the port \"" + shorten(f[1]) + "\", not 0–65535");
            }
            return new MediaBuilder(f[0], port, f[2], Arrays.asList(f).subList(3, f.length), number);
        }

        private void finishMedia() throws SdpException {
            if (current != null) {
                if (current.connection.isEmpty() && connection.isEmpty() && current.port != 0) {
                    throw malformed("the media line " + current.line + " has no connection address (c=)");
                }
                media.add(new Sdp.Media(current.type, current.port, current.protocol, current.formats, current.connection,
                        current.attributes));
            }
        }

        Sdp build() throws SdpException {
            finishMedia();
            if (!hasOrigin) {
                throw malformed("it has no origin line (o=)");
            }
            if (media.isEmpty()) {
                throw malformed("it has no media line (m=)");
            }
            return new Sdp(origin, sessionName, connection, attributes, media);
        }
    }

    /** The lines of one media stream while it is read. */
    private static final class MediaBuilder {
        final String type;
        final int port;
        final String protocol;
        final List<String> formats;
        final int line;
        Optional<String> connection = Optional.empty();
        final List<Sdp.Attribute> attributes = new ArrayList<>();

        MediaBuilder(String type, int port, String protocol, List<String> formats, int line) {
            this.type = type;
            this.port = port;
            this.protocol = protocol;
            this.formats = formats;
            this.line = line;
        }
    }
}
