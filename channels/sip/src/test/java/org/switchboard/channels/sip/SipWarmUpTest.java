package org.switchboard.channels.sip;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.javax.sip.DialogTimeoutEvent;
import java.net.InetAddress;
import javax.sip.IOExceptionEvent;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.TimeoutEvent;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The warm-up runs a whole call's messages through a real stack's factories and parser, sending nothing. */
class SipWarmUpTest {
    @Test
    void aCallsMessagesGoThroughTheParserToAnAgreement() throws Exception {
        try (Signalling signalling = new Signalling("warm-up test")) {
            SipEndpoint endpoint = EndpointStarter.start(SipAccount.direct("sip:alice@127.0.0.1", InetAddress.getLoopbackAddress(), 0),
                    SipTrust.system(), SrvLocator.system(), signalling, new Ignoring());
            try {
                OfferAnswer.Agreement agreement = SipWarmUp.call(endpoint, 7);

                assertThat(agreement.plan().codec().encoding()).isEqualTo("PCMU");
                assertThat(agreement.plan().remoteRtp().getPort()).isEqualTo(40100);
                assertThat(agreement.plan().telephoneEvent()).isPresent();
            } finally {
                endpoint.close();
            }
        }
    }

    /** The stack gets nothing to report: the warm-up sends nothing. */
    private static final class Ignoring implements StackEvents.Handler {
        @Override
        public void request(RequestEvent event, @Nullable ServerTransaction transaction) {}

        @Override
        public void response(ResponseEvent event) {}

        @Override
        public void timeout(TimeoutEvent event) {}

        @Override
        public void transportFailure(IOExceptionEvent event) {}

        @Override
        public void dialogTimeout(DialogTimeoutEvent event) {}
    }
}
