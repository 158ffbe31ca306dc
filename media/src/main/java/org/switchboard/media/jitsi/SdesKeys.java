package org.switchboard.media.jitsi;

import ch.imvs.sdes4j.srtp.SrtpCryptoAttribute;
import java.util.Arrays;
import java.util.List;
import org.jitsi.service.neomedia.MediaService;
import org.jitsi.service.neomedia.SDesControl;
import org.jitsi.service.neomedia.SrtpControl;
import org.jitsi.service.neomedia.SrtpControlType;
import org.jitsi.service.neomedia.event.SrtpListener;
import org.jitsi.utils.MediaType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.media.MediaException;
import org.switchboard.media.SdesCrypto;

/**
 * SDES-keyed SRTP (RFC 4568) through libjitsi's {@link SDesControl}: our keys, one per suite, made
 * once per session; the negotiated pair (theirs, ours) is installed before the stream starts and
 * may be replaced in a running call.
 */
final class SdesKeys {
    private static final Logger LOG = LoggerFactory.getLogger(SdesKeys.class);

    private final SDesControl control;
    private final List<SdesCrypto> offers;

    SdesKeys(MediaService service) {
        control = (SDesControl) service.createSrtpControl(SrtpControlType.SDES);
        control.setSrtpListener(new LoggingSrtpListener());
        offers = Arrays.stream(control.getInitiatorCryptoAttributes()).map(SdesKeys::toCrypto).toList();
    }

    List<SdesCrypto> offers() {
        return offers;
    }

    SrtpControl control() {
        return control;
    }

    /** Installs their key and ours; ours must be one of {@link #offers()} with the same suite as theirs. */
    void use(SdesCrypto remote, SdesCrypto local) throws MediaException {
        if (!remote.suite().equals(local.suite())) {
            throw new MediaException("The SRTP keys of this call disagree on the cipher suite.", null);
        }
        SrtpCryptoAttribute theirs;
        try {
            theirs = SrtpCryptoAttribute.create(remote.attribute());
        } catch (RuntimeException e) {
            throw new MediaException("The peer's SRTP key cannot be read.", e);
        }
        if (control.initiatorSelectAttribute(List.of(theirs)) == null) {
            throw new MediaException("The peer's SRTP cipher suite " + remote.suite() + " is not supported.", null);
        }
        SrtpCryptoAttribute ours = control.getOutAttribute();
        if (ours == null || !toCrypto(ours).keyParams().equals(local.keyParams())) {
            throw new MediaException("Our SRTP key in this call is not one this session offered.", null);
        }
    }

    private static SdesCrypto toCrypto(SrtpCryptoAttribute attribute) {
        String sessionParams = attribute.getSessionParamsString();
        String keyParams = attribute.getKeyParamsString();
        return new SdesCrypto(attribute.getTag(), attribute.getCryptoSuite().encode(),
                sessionParams == null || sessionParams.isEmpty() ? keyParams : keyParams + " " + sessionParams);
    }

    /** libjitsi reports SRTP progress to a listener; ours only logs. */
    private static final class LoggingSrtpListener implements SrtpListener {
        @Override
        public void securityTurnedOn(MediaType mediaType, String cipher, SrtpControl sender) {
            LOG.debug("SRTP on for {} ({})", mediaType, cipher);
        }

        @Override
        public void securityTurnedOff(MediaType mediaType) {
            LOG.debug("SRTP off for {}", mediaType);
        }

        @Override
        public void securityMessageReceived(String message, String i18nMessage, int severity) {
            LOG.debug("SRTP: {}", message);
        }

        @Override
        public void securityTimeout(MediaType mediaType) {
            LOG.debug("SRTP timed out for {}", mediaType);
        }

        @Override
        public void securityNegotiationStarted(MediaType mediaType, SrtpControl sender) {
            LOG.debug("SRTP negotiation started for {}", mediaType);
        }
    }
}
