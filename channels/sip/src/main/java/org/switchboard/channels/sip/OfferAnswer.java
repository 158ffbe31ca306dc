package org.switchboard.channels.sip;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.switchboard.media.AudioFormat;
import org.switchboard.media.MediaDirection;
import org.switchboard.media.MediaPlan;
import org.switchboard.media.SdesCrypto;

/**
 * The offer/answer model (RFC 3264) for one audio stream: our offer from the media session's
 * formats, our answer to theirs (their first format we also have, telephone-event when both have
 * it, SDES keys when SRTP), and the {@link MediaPlan} both agree on.
 */
final class OfferAnswer {
    private static final int INCOMPATIBLE_PROTOCOL = 302;
    private static final int NO_MEDIA = 304;
    private static final int NO_FORMAT = 305;
    private static final Map<Integer, AudioFormat> STATIC = Map.of(
            0, new AudioFormat("PCMU", 8000, 1, 0, Map.of()), 3, new AudioFormat("GSM", 8000, 1, 3, Map.of()),
            8, new AudioFormat("PCMA", 8000, 1, 8, Map.of()), 9, new AudioFormat("G722", 8000, 1, 9, Map.of()),
            18, new AudioFormat("G729", 8000, 1, 18, Map.of()));

    private OfferAnswer() {}

    /** What we agreed to: our answer (none when we accepted an answer) and the stream's plan. */
    record Agreement(@Nullable Sdp answer, MediaPlan plan, boolean heldByThem) {}

    static Sdp offer(Sdp.Origin origin, LocalMedia local, MediaDirection direction) {
        List<Sdp.Attribute> attributes = new ArrayList<>();
        List<String> formats = new ArrayList<>();
        for (AudioFormat f : local.formats()) {
            formats.add(Integer.toString(f.payloadType()));
            describe(f, attributes);
        }
        attributes.add(new Sdp.Attribute(direction.sdp(), ""));
        if (local.requireSrtp()) {
            local.crypto().forEach(c -> attributes.add(new Sdp.Attribute("crypto", c.attribute())));
        }
        return session(origin, local, new Sdp.Media("audio", local.rtp().getPort(), protocol(local.requireSrtp()), formats,
                Optional.empty(), attributes));
    }

    /** Our answer to {@code offer}, sending and receiving as far as {@code wanted} and their direction allow. */
    static Agreement answer(Sdp offer, Sdp.Origin origin, LocalMedia local, MediaDirection wanted) throws SdpException {
        Sdp.Media theirs = offer.audio().orElseThrow(() -> new SdpException(NO_MEDIA, "the offer has no audio stream"));
        boolean secure = checkProtocol(theirs, local);
        AudioFormat codec = chooseCodec(theirs, local);
        Optional<AudioFormat> events = telephoneEvent(theirs, codec, local);
        Optional<SdesCrypto> remoteKey = Optional.empty();
        Optional<SdesCrypto> localKey = Optional.empty();
        if (secure) {
            SdesCrypto[] keys = chooseKeys(theirs, local);
            remoteKey = Optional.of(keys[0]);
            localKey = Optional.of(keys[1]);
        }
        MediaDirection theirDirection = direction(offer, theirs);
        boolean heldByThem = !theirDirection.receives() || isNullAddress(connection(offer, theirs));
        MediaDirection ours = intersect(wanted, theirDirection.reverse());
        List<Sdp.Attribute> attributes = new ArrayList<>();
        List<String> formats = new ArrayList<>();
        formats.add(Integer.toString(codec.payloadType()));
        describe(mine(codec, local), attributes);
        events.ifPresent(e -> {
            formats.add(Integer.toString(e.payloadType()));
            describe(e, attributes);
        });
        attributes.add(new Sdp.Attribute(ours.sdp(), ""));
        localKey.ifPresent(k -> attributes.add(new Sdp.Attribute("crypto", k.attribute())));
        Sdp answer = session(origin, local, new Sdp.Media("audio", local.rtp().getPort(), protocol(secure), formats,
                Optional.empty(), attributes));
        MediaPlan plan = new MediaPlan(rtp(offer, theirs), rtcp(offer, theirs), codec, events, ours, remoteKey, localKey);
        return new Agreement(answer, plan, heldByThem);
    }

    /** The plan once the peer answered our {@code offer}, which we sent with {@code offered} direction. */
    static Agreement accept(Sdp offer, Sdp answer, LocalMedia local, MediaDirection offered) throws SdpException {
        Sdp.Media theirs = answer.audio().orElseThrow(() -> new SdpException(NO_MEDIA, "the answer refused the audio stream"));
        boolean secure = checkProtocol(theirs, local);
        AudioFormat codec = chooseCodec(theirs, local);
        Optional<AudioFormat> events = telephoneEvent(theirs, codec, local);
        Optional<SdesCrypto> remoteKey = Optional.empty();
        Optional<SdesCrypto> localKey = Optional.empty();
        if (secure) {
            List<SdesCrypto> offeredKeys = offer.audio().map(OfferAnswer::keys).orElse(List.of());
            for (SdesCrypto theirKey : keys(theirs)) {
                Optional<SdesCrypto> ours = offeredKeys.stream()
                        .filter(k -> k.tag() == theirKey.tag() && k.suite().equalsIgnoreCase(theirKey.suite())).findFirst();
                if (ours.isPresent()) {
                    remoteKey = Optional.of(theirKey);
                    localKey = ours;
                    break;
                }
            }
            if (remoteKey.isEmpty()) {
                throw new SdpException(INCOMPATIBLE_PROTOCOL, "the answer has no SDES key matching one we offered");
            }
        }
        MediaDirection theirDirection = direction(answer, theirs);
        MediaDirection ours = intersect(offered, theirDirection.reverse());
        MediaPlan plan = new MediaPlan(rtp(answer, theirs), rtcp(answer, theirs), codec, events, ours, remoteKey, localKey);
        return new Agreement(null, plan, false);
    }

    private static Sdp session(Sdp.Origin origin, LocalMedia local, Sdp.Media media) {
        String address = local.rtp().getAddress().getHostAddress();
        return new Sdp(origin, "-", Optional.of(address), List.of(), List.of(media));
    }

    private static String protocol(boolean secure) {
        return secure ? "RTP/SAVP" : "RTP/AVP";
    }

    private static boolean checkProtocol(Sdp.Media theirs, LocalMedia local) throws SdpException {
        String protocol = theirs.protocol().toUpperCase(Locale.ROOT);
        if (!protocol.equals("RTP/AVP") && !protocol.equals("RTP/SAVP")) {
            throw new SdpException(INCOMPATIBLE_PROTOCOL, "the audio stream uses " + theirs.protocol() + ", not RTP/AVP or RTP/SAVP");
        }
        if (local.requireSrtp() && !theirs.secure()) {
            throw new SdpException(INCOMPATIBLE_PROTOCOL, "this account requires SRTP (RTP/SAVP) but the peer offers plain RTP");
        }
        if (theirs.secure() && local.crypto().isEmpty()) {
            throw new SdpException(INCOMPATIBLE_PROTOCOL, "the peer wants SRTP and our audio engine has no SDES keys");
        }
        return theirs.secure();
    }

    private static AudioFormat chooseCodec(Sdp.Media theirs, LocalMedia local) throws SdpException {
        List<String> offered = new ArrayList<>();
        for (String pt : theirs.formats()) {
            Optional<AudioFormat> format = format(theirs, pt);
            if (format.isEmpty()) {
                offered.add(pt);
                continue;
            }
            offered.add(format.get().display());
            if (!format.get().isTelephoneEvent() && local.formats().stream().anyMatch(f -> f.sameCodec(format.get()))) {
                return format.get();
            }
        }
        throw new SdpException(NO_FORMAT, "no common audio codec: they offer " + String.join(", ", offered) + "; we have "
                + String.join(", ", local.formats().stream().map(AudioFormat::display).toList()));
    }

    private static Optional<AudioFormat> telephoneEvent(Sdp.Media theirs, AudioFormat codec, LocalMedia local) {
        if (local.formats().stream().noneMatch(AudioFormat::isTelephoneEvent)) {
            return Optional.empty();
        }
        List<AudioFormat> events = theirs.formats().stream().map(pt -> format(theirs, pt)).flatMap(Optional::stream)
                .filter(AudioFormat::isTelephoneEvent).toList();
        return events.stream().filter(e -> e.clockRate() == codec.clockRate()).findFirst()
                .or(() -> events.stream().filter(e -> e.clockRate() == 8000).findFirst());
    }

    /** The format with our parameters but their payload type, for our answer. */
    private static AudioFormat mine(AudioFormat theirs, LocalMedia local) {
        return local.formats().stream().filter(f -> f.sameCodec(theirs)).findFirst()
                .map(f -> new AudioFormat(theirs.encoding(), theirs.clockRate(), theirs.channels(), theirs.payloadType(), f.parameters()))
                .orElse(theirs);
    }

    private static SdesCrypto[] chooseKeys(Sdp.Media theirs, LocalMedia local) throws SdpException {
        for (SdesCrypto theirKey : keys(theirs)) {
            for (SdesCrypto ours : local.crypto()) {
                if (ours.suite().equalsIgnoreCase(theirKey.suite())) {
                    return new SdesCrypto[] {theirKey, new SdesCrypto(theirKey.tag(), ours.suite(), ours.keyParams())};
                }
            }
        }
        throw new SdpException(INCOMPATIBLE_PROTOCOL, "no SDES crypto suite in common (they offer "
                + keys(theirs).stream().map(SdesCrypto::suite).toList() + ")");
    }

    private static List<SdesCrypto> keys(Sdp.Media media) {
        List<SdesCrypto> keys = new ArrayList<>();
        for (String value : media.values("crypto")) {
            String[] f = value.strip().split(" +", 3);
            if (f.length >= 3 && f[0].matches("[0-9]{1,9}")) {
                keys.add(new SdesCrypto(Integer.parseInt(f[0]), f[1], f[2]));
            }
        }
        return keys;
    }

    /** The audio format behind payload type {@code pt} of {@code media}: its rtpmap, or the static table. */
    static Optional<AudioFormat> format(Sdp.Media media, String pt) {
        int number;
        try {
            number = Integer.parseInt(pt);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (number < 0 || number > 127) {
            return Optional.empty();
        }
        Optional<String> rtpmap = media.forFormat("rtpmap", pt);
        if (rtpmap.isEmpty()) {
            return Optional.ofNullable(STATIC.get(number));
        }
        String[] f = rtpmap.get().split("/");
        try {
            int clock = Integer.parseInt(f[1].strip());
            int channels = f.length > 2 ? Integer.parseInt(f[2].strip()) : 1;
            return Optional.of(new AudioFormat(f[0].strip(), clock, channels, number, parameters(media.forFormat("fmtp", pt))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Map<String, String> parameters(Optional<String> fmtp) {
        Map<String, String> parameters = new LinkedHashMap<>();
        fmtp.ifPresent(text -> {
            for (String part : text.split(";")) {
                String p = part.strip();
                int eq = p.indexOf('=');
                if (!p.isEmpty()) {
                    parameters.put(eq < 0 ? p : p.substring(0, eq).strip(), eq < 0 ? "" : p.substring(eq + 1).strip());
                }
            }
        });
        return parameters;
    }

    private static void describe(AudioFormat f, List<Sdp.Attribute> attributes) {
        String pt = Integer.toString(f.payloadType());
        attributes.add(new Sdp.Attribute("rtpmap", pt + " " + f.encoding() + "/" + f.clockRate()
                + (f.channels() > 1 ? "/" + f.channels() : "")));
        if (!f.parameters().isEmpty()) {
            List<String> parts = new ArrayList<>();
            f.parameters().forEach((k, v) -> parts.add(v.isEmpty() ? k : k + "=" + v));
            attributes.add(new Sdp.Attribute("fmtp", pt + " " + String.join(";", parts)));
        }
    }

    private static MediaDirection direction(Sdp sdp, Sdp.Media media) {
        return Sdp.Attribute.direction(media.attributes()).or(sdp::direction).orElse(MediaDirection.SENDRECV);
    }

    /** What both allow: we send only if both sides agree to our sending, and so on. */
    static MediaDirection intersect(MediaDirection a, MediaDirection b) {
        boolean send = a.sends() && b.sends();
        boolean receive = a.receives() && b.receives();
        if (send && receive) {
            return MediaDirection.SENDRECV;
        }
        return send ? MediaDirection.SENDONLY : receive ? MediaDirection.RECVONLY : MediaDirection.INACTIVE;
    }

    private static String connection(Sdp sdp, Sdp.Media media) throws SdpException {
        return media.connection().or(sdp::connection)
                .orElseThrow(() -> new SdpException(399, "malformed SDP: the audio stream has no connection address"));
    }

    private static boolean isNullAddress(String address) {
        return address.equals("0.0.0.0") || address.equals("::");
    }

    private static InetSocketAddress rtp(Sdp sdp, Sdp.Media media) throws SdpException {
        return new InetSocketAddress(resolve(connection(sdp, media)), media.port());
    }

    private static InetSocketAddress rtcp(Sdp sdp, Sdp.Media media) throws SdpException {
        List<String> values = media.values("rtcp");
        if (!values.isEmpty()) {
            String[] f = values.getFirst().strip().split(" +");
            try {
                int port = Integer.parseInt(f[0]);
                String address = f.length >= 4 ? f[3] : connection(sdp, media);
                if (port > 0 && port <= 65535) {
                    return new InetSocketAddress(resolve(address), port);
                }
            } catch (NumberFormatException e) {
                // fall back to the next port, as without the attribute
            }
        }
        return new InetSocketAddress(resolve(connection(sdp, media)), Math.min(media.port() + 1, 65535));
    }

    private static InetAddress resolve(String address) throws SdpException {
        try {
            return InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw new SdpException(399, "malformed SDP: the connection address \"" + address + "\" cannot be resolved");
        }
    }
}
